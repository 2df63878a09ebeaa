/**
 * The "SLA credits" tab: the contract's terms and service levels — each linked to a KPI of a
 * tracker in the workbook (its actuals flow in by formula) or typed on the sheet — and the credit
 * model of each; Create SLA sheet. Then, on an existing sheet: add a service level or a month,
 * reading it back first. Tier tables, rates, points, earn-back, bonuses and continuous improvement
 * are columns of the sheet's service-level table, edited there.
 */
import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Divider,
  Field,
  Input,
  Select,
  Subtitle2,
} from "@fluentui/react-components";
import type { WorkbookApi } from "../sheets/plan/workbook";
import { readTracker } from "../sheets/kpi/reader";
import { TRACKER_KIND } from "../sheets/kpi/tracker";
import { SLA_KIND, slaPlan } from "../sheets/sla/sheet";
import {
  CreditModel,
  defaultSla,
  serviceLevel,
  ServiceLevel,
  SlaConfig,
  slaProblems,
} from "../sheets/sla/model";
import { linkedSheets, linkedTrackers, rebuildSla, readSla } from "../sheets/sla/reader";
import { AddByName, NumberField, PercentField, PeriodFields, usePaneStyles } from "./layout";
import { Problems, StatusBar, useAction, validated } from "./Status";

const MODELS: Record<CreditModel, string> = {
  allocation: "Allocation of at-risk",
  tier: "Tier table",
  linear: "Linear per point",
  points: "Service points",
};

export function SlaTab({ workbook, connected }: { workbook: WorkbookApi; connected: boolean }) {
  const styles = usePaneStyles();
  const { busy, status, run } = useAction();
  const [config, setConfig] = React.useState<SlaConfig>(defaultSla);
  const [kpiOptions, setKpiOptions] = React.useState<string[]>([]);
  const [sheets, setSheets] = React.useState<string[]>([]);
  const [selected, setSelected] = React.useState("");
  const problems = slaProblems(config);
  const update = (change: Partial<SlaConfig>) => setConfig((c) => ({ ...c, ...change }));
  const setLevel = (i: number, change: Partial<ServiceLevel>) =>
    setConfig((c) => ({
      ...c,
      serviceLevels: c.serviceLevels.map((s, j) => (j === i ? { ...s, ...change } : s)),
    }));

  const refresh = React.useCallback(
    async (prefer?: string) => {
      const trackers = (await workbook.findSheets(TRACKER_KIND)).map((s) => s.name);
      const snapshots = trackers.length ? await workbook.readSheets(trackers) : [];
      setKpiOptions(
        snapshots.flatMap((s) => readTracker(s).config.kpis.map((k) => `${s.name}|${k.name}`))
      );
      const found = (await workbook.findSheets(SLA_KIND)).map((s) => s.name);
      setSheets(found);
      setSelected(prefer ?? (found.includes(selected) ? selected : (found[0] ?? "")));
    },
    [workbook, selected]
  );
  React.useEffect(() => {
    if (connected) refresh().catch(() => undefined);
  }, [connected]);

  const create = () =>
    run(async () => {
      const names = linkedSheets(config);
      const trackers = linkedTrackers(names.length ? await workbook.readSheets(names) : []);
      const { sheetName } = await workbook.createSheets([slaPlan(config, {}, trackers)]);
      await refresh(sheetName);
      return `Created "${sheetName}": type the actuals not linked to a KPI; try another at-risk % in the terms.`;
    });
  const edit = (describe: string, change: (c: SlaConfig) => SlaConfig) =>
    run(async () => {
      const [snapshot] = await workbook.readSheets([selected]);
      const context = linkedSheets(readSla(snapshot).config);
      await workbook.editSheets([selected, ...context], (s) =>
        rebuildSla(s, validated(change, slaProblems))
      );
      return `${describe} on "${selected}"; every typed value kept, linked KPIs still linked.`;
    });

  return (
    <div className={styles.stack}>
      <Subtitle2 as="h2">New SLA credit sheet</Subtitle2>
      <PeriodFields value={config} onChange={update} />
      <div className={styles.row}>
        <Field label="Monthly fee" className={styles.grow}>
          <Input
            type="number"
            value={String(config.monthlyFee)}
            onChange={(_, d) => update({ monthlyFee: Number(d.value) })}
          />
        </Field>
        <PercentField
          label="At-risk %"
          value={config.atRiskPct}
          onChange={(atRiskPct) => update({ atRiskPct })}
        />
        <PercentField
          label="Pool %"
          value={config.poolPct}
          onChange={(poolPct) => update({ poolPct })}
        />
      </div>
      <Body1 as="h3">
        Service levels (name, credit model; expected, minimum, allocation %; direction, earn-back
        months, continuous improvement; bonus from, stretch, maximum; where the actuals come from)
      </Body1>
      {config.serviceLevels.map((s, i) => (
        <div key={i} className={styles.stack}>
          <div className={styles.row}>
            <Input
              className={styles.grow}
              aria-label={`Service level ${i + 1}`}
              value={s.name}
              onChange={(_, d) => setLevel(i, { name: d.value })}
            />
            <Select
              aria-label={`Credit model of service level ${i + 1}`}
              value={s.model}
              onChange={(_, d) => setLevel(i, { model: d.value as CreditModel })}
            >
              {(Object.keys(MODELS) as CreditModel[]).map((m) => (
                <option key={m} value={m}>
                  {MODELS[m]}
                </option>
              ))}
            </Select>
          </div>
          <div className={styles.row}>
            <PercentField
              label="Expected"
              name={`Expected level of service level ${i + 1}`}
              value={s.expected}
              onChange={(expected) => setLevel(i, { expected })}
            />
            <PercentField
              label="Minimum"
              name={`Minimum level of service level ${i + 1}`}
              value={s.minimum}
              onChange={(minimum) => setLevel(i, { minimum })}
            />
            <PercentField
              label="Allocation"
              name={`Allocation of service level ${i + 1}`}
              value={s.allocation}
              onChange={(allocation) => setLevel(i, { allocation })}
            />
            <Button
              aria-label={`Remove service level ${i + 1}`}
              onClick={() =>
                update({ serviceLevels: config.serviceLevels.filter((_, j) => j !== i) })
              }
            >
              Remove
            </Button>
          </div>
          <div className={styles.row}>
            <Select
              aria-label={`Direction of service level ${i + 1}`}
              value={s.direction}
              onChange={(_, d) =>
                setLevel(i, { direction: d.value === "lower" ? "lower" : "higher" })
              }
            >
              <option value="higher">higher is better</option>
              <option value="lower">lower is better</option>
            </Select>
            <NumberField
              label="Earn-back months"
              name={`Earn-back months of service level ${i + 1}`}
              value={s.earnBack}
              onChange={(earnBack) => setLevel(i, { earnBack })}
            />
            <Checkbox
              label="Improve"
              checked={s.improve}
              onChange={(_, d) => setLevel(i, { improve: Boolean(d.checked) })}
            />
          </div>
          <div className={styles.row}>
            <PercentField
              label="Bonus from"
              name={`Bonus target of service level ${i + 1}`}
              value={s.incentive.target}
              onChange={(target) => setLevel(i, { incentive: { ...s.incentive, target } })}
            />
            <PercentField
              label="Bonus stretch"
              name={`Bonus stretch of service level ${i + 1}`}
              value={s.incentive.stretch}
              onChange={(stretch) => setLevel(i, { incentive: { ...s.incentive, stretch } })}
            />
            <NumberField
              label="Max bonus"
              name={`Bonus maximum of service level ${i + 1}`}
              value={s.incentive.maxBonus}
              onChange={(maxBonus) => setLevel(i, { incentive: { ...s.incentive, maxBonus } })}
            />
          </div>
          <Select
            aria-label={`Actuals of service level ${i + 1}`}
            value={s.linkedKpi ?? ""}
            onChange={(_, d) => setLevel(i, { linkedKpi: d.value || null })}
          >
            <option value="">Typed on the SLA sheet</option>
            {kpiOptions.map((k) => (
              <option key={k} value={k}>
                Linked: {k.replace("|", " › ")}
              </option>
            ))}
          </Select>
        </div>
      ))}
      <Button
        onClick={() =>
          update({
            serviceLevels: [
              ...config.serviceLevels,
              serviceLevel(`Service level ${config.serviceLevels.length + 1}`),
            ],
          })
        }
      >
        Add service level
      </Button>
      <Problems problems={problems} />
      <Button
        appearance="primary"
        disabled={!connected || busy || problems.length > 0}
        onClick={create}
      >
        Create SLA sheet
      </Button>
      <StatusBar status={status} />
      <Divider />
      <Subtitle2 as="h2">Edit an SLA sheet</Subtitle2>
      {sheets.length === 0 ? (
        <Caption1>No SLA credit sheet in this workbook yet.</Caption1>
      ) : (
        <>
          <Field label="SLA sheet">
            <Select value={selected} onChange={(_, d) => setSelected(d.value)}>
              {sheets.map((s) => (
                <option key={s}>{s}</option>
              ))}
            </Select>
          </Field>
          <AddByName
            label="New service level name"
            placeholder="Service level"
            button="Add service level to sheet"
            disabled={busy}
            onAdd={(name) =>
              edit(`Added "${name}"`, (c) => ({
                ...c,
                serviceLevels: [...c.serviceLevels, serviceLevel(name)],
              }))
            }
          />
          <Button
            disabled={busy}
            onClick={() => edit("Added a month", (c) => ({ ...c, months: c.months + 1 }))}
          >
            Add month to sheet
          </Button>
        </>
      )}
    </div>
  );
}
