/**
 * A new SLA credit sheet: the contract's terms (period, monthly fee, at-risk %, pool %) and its
 * service levels (./ServiceLevelFields.tsx) — each linked to a KPI of a tracker in the workbook
 * (its actuals flow in by formula) or typed on the sheet; Create SLA sheet. Tier tables, rates,
 * points and the rest are columns of the sheet's service-level table, edited there.
 */
import * as React from "react";
import { Body1, Button, Field, Input, Subtitle2 } from "@fluentui/react-components";
import { readTracker } from "../../sheets/kpi/reader";
import { TRACKER_KIND } from "../../sheets/kpi/tracker";
import type { WorkbookApi } from "../../sheets/plan/workbook";
import { defaultSla, KpiLink, serviceLevel, SlaConfig, slaProblems } from "../../sheets/sla/model";
import { linkedSheets, linkedTrackers } from "../../sheets/sla/reader";
import { slaPlan } from "../../sheets/sla/sheet";
import { PercentField, PeriodFields, usePaneStyles } from "../layout";
import { Problems } from "../Status";
import type { AddinSheets } from "../useAddinSheets";
import { ServiceLevelFields } from "./ServiceLevelFields";

export function NewSla(props: {
  workbook: WorkbookApi;
  connected: boolean;
  busy: boolean;
  run: (action: () => Promise<string>) => Promise<void>;
  sheets: AddinSheets<SlaConfig>;
}) {
  const { workbook } = props;
  const styles = usePaneStyles();
  const [config, setConfig] = React.useState<SlaConfig>(defaultSla);
  const problems = slaProblems(config);
  const update = (change: Partial<SlaConfig>) => setConfig((c) => ({ ...c, ...change }));

  // The KPIs of every tracker in the workbook, which actuals can be linked to.
  const [links, setLinks] = React.useState<KpiLink[]>([]);
  React.useEffect(() => {
    if (!props.connected) return;
    (async () => {
      const trackers = (await workbook.findSheets(TRACKER_KIND)).map((s) => s.name);
      const snapshots = trackers.length ? await workbook.readSheets(trackers) : [];
      setLinks(
        snapshots.flatMap((s) =>
          readTracker(s).config.kpis.map((k) => ({ sheet: s.name, kpi: k.name }))
        )
      );
    })().catch(() => undefined);
  }, [workbook, props.connected]);

  const create = () =>
    props.run(async () => {
      const names = linkedSheets(config);
      const trackers = linkedTrackers(names.length ? await workbook.readSheets(names) : []);
      const { sheetName } = await workbook.createSheets([slaPlan(config, {}, trackers)]);
      await props.sheets.refresh(sheetName);
      return `Created "${sheetName}": type the actuals not linked to a KPI; try another at-risk % in the terms.`;
    });

  return (
    <>
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
        <ServiceLevelFields
          key={i}
          s={s}
          i={i}
          links={links}
          onChange={(level) =>
            update({ serviceLevels: config.serviceLevels.map((x, j) => (j === i ? level : x)) })
          }
          onRemove={() => update({ serviceLevels: config.serviceLevels.filter((_, j) => j !== i) })}
        />
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
        disabled={!props.connected || props.busy || problems.length > 0}
        onClick={create}
      >
        Create SLA sheet
      </Button>
    </>
  );
}
