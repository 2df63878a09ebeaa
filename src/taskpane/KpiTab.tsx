/**
 * The "KPI review" tab: choose the provider's KPIs from a catalogue of typical MSP KPIs (or add
 * custom ones), set targets, tolerances and how the year to date is computed, and create the
 * tracker; then run the monthly cycle on an existing tracker — create the review pack for a month,
 * add a month, start the next year, add or remove a KPI — each reading the sheet back first.
 */
import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Divider,
  Field,
  Select,
  Subtitle2,
} from "@fluentui/react-components";
import type { WorkbookApi } from "../sheets/plan/workbook";
import {
  defaultTracker,
  Kpi,
  kpi,
  KPI_CATALOG,
  monthLabel,
  TrackerConfig,
  trackerProblems,
  YtdMethod,
} from "../sheets/kpi/model";
import { nextYearTracker, readTracker, rebuildTracker } from "../sheets/kpi/reader";
import { reviewPlan } from "../sheets/kpi/review";
import { TRACKER_KIND, trackerPlan } from "../sheets/kpi/tracker";
import { AddByName, NumberField, PercentField, PeriodFields, usePaneStyles } from "./layout";
import { Problems, StatusBar, useAction, validated } from "./Status";

export function KpiTab({ workbook, connected }: { workbook: WorkbookApi; connected: boolean }) {
  const styles = usePaneStyles();
  const { busy, status, run } = useAction();
  const [config, setConfig] = React.useState<TrackerConfig>(() => defaultTracker());
  const problems = trackerProblems(config);
  const update = (change: Partial<TrackerConfig>) => setConfig((c) => ({ ...c, ...change }));
  const included = (name: string) => config.kpis.some((k) => k.name === name);
  const setKpi = (name: string, change: Partial<Kpi>) =>
    setConfig((c) => ({
      ...c,
      kpis: c.kpis.map((k) => (k.name === name ? { ...k, ...change } : k)),
    }));
  const toggle = (k: Kpi, on: boolean) =>
    setConfig((c) => ({
      ...c,
      kpis: on ? [...c.kpis, { ...k }] : c.kpis.filter((x) => x.name !== k.name),
    }));
  const allKpis = [
    ...KPI_CATALOG,
    ...config.kpis.filter((k) => !KPI_CATALOG.some((c) => c.name === k.name)),
  ];

  // Existing trackers.
  const [trackers, setTrackers] = React.useState<string[]>([]);
  const [selected, setSelected] = React.useState("");
  const [current, setCurrent] = React.useState<TrackerConfig | null>(null);
  const [month, setMonth] = React.useState(0);
  const [addKpi, setAddKpi] = React.useState("");
  const [removeKpi, setRemoveKpi] = React.useState("");
  const refresh = React.useCallback(
    async (prefer?: string) => {
      const found = (await workbook.findSheets(TRACKER_KIND)).map((s) => s.name);
      setTrackers(found);
      const name = prefer ?? (found.includes(selected) ? selected : (found[0] ?? ""));
      setSelected(name);
      if (!name) return setCurrent(null);
      const [snapshot] = await workbook.readSheets([name]);
      const read = readTracker(snapshot).config;
      setCurrent(read);
      setMonth((m) => Math.min(m, read.months - 1));
    },
    [workbook, selected]
  );
  React.useEffect(() => {
    if (connected) refresh().catch(() => undefined);
  }, [connected]);

  const create = () =>
    run(async () => {
      const { sheetName } = await workbook.createSheets([trackerPlan(config)]);
      await refresh(sheetName);
      return `Created "${sheetName}": type each month's actuals into the yellow cells.`;
    });
  const edit = (describe: string, change: (c: TrackerConfig) => TrackerConfig) =>
    run(async () => {
      await workbook.editSheets([selected], (s) =>
        rebuildTracker(s, validated(change, trackerProblems))
      );
      await refresh(selected);
      return `${describe} on "${selected}"; every actual and note is kept.`;
    });
  const review = () =>
    run(async () => {
      const [snapshot] = await workbook.readSheets([selected]);
      const { sheetName } = await workbook.createSheets([reviewPlan(snapshot, month)]);
      return `Created the review pack "${sheetName}".`;
    });
  const nextYear = () =>
    run(async () => {
      const [snapshot] = await workbook.readSheets([selected]);
      const { sheetName } = await workbook.createSheets([nextYearTracker(snapshot)]);
      await refresh(sheetName);
      return `Started "${sheetName}"; "${selected}" is kept as it is.`;
    });

  return (
    <div className={styles.stack}>
      <Subtitle2 as="h2">New KPI tracker</Subtitle2>
      <PeriodFields value={config} onChange={update} />
      <Body1 as="h3">
        KPIs (target; amber tolerance as a fraction of it; which way is better; year to date)
      </Body1>
      {allKpis.map((k) => {
        const chosen = config.kpis.find((c) => c.name === k.name);
        return (
          <div key={k.name} className={styles.stack}>
            <Checkbox
              label={`${k.name} (${k.unit}, ${k.direction} is better${k.ratio ? ", ratio" : ""})`}
              checked={included(k.name)}
              onChange={(_, d) => toggle(k, Boolean(d.checked))}
            />
            {chosen && (
              <div className={styles.row}>
                {chosen.unit === "%" ? (
                  <PercentField
                    label="Target"
                    name={`Target of ${k.name}`}
                    value={chosen.target}
                    onChange={(target) => setKpi(k.name, { target })}
                  />
                ) : (
                  <NumberField
                    label={`Target${chosen.unit ? ` (${chosen.unit})` : ""}`}
                    name={`Target of ${k.name}`}
                    value={chosen.target}
                    onChange={(target) => setKpi(k.name, { target })}
                  />
                )}
                <PercentField
                  label="Amber band"
                  name={`Tolerance of ${k.name}`}
                  value={chosen.tolerance}
                  onChange={(tolerance) => setKpi(k.name, { tolerance })}
                />
                <Field label="Better">
                  <Select
                    aria-label={`Direction of ${k.name}`}
                    value={chosen.direction}
                    onChange={(_, d) =>
                      setKpi(k.name, { direction: d.value === "lower" ? "lower" : "higher" })
                    }
                  >
                    <option value="higher">higher</option>
                    <option value="lower">lower</option>
                  </Select>
                </Field>
                <Field label="Year to date">
                  <Select
                    aria-label={`Year to date of ${k.name}`}
                    value={chosen.ytd}
                    onChange={(_, d) => setKpi(k.name, { ytd: d.value as YtdMethod })}
                  >
                    {["average", "sum", "last", "min", "max"].map((m) => (
                      <option key={m}>{m}</option>
                    ))}
                  </Select>
                </Field>
              </div>
            )}
          </div>
        );
      })}
      <AddByName
        label="Custom KPI name"
        placeholder="Custom KPI"
        button="Add KPI"
        onAdd={(name) => toggle(kpi(name, "", "higher", 1), true)}
      />
      <Problems problems={problems} />
      <Button
        appearance="primary"
        disabled={!connected || busy || problems.length > 0}
        onClick={create}
      >
        Create KPI tracker
      </Button>
      <StatusBar status={status} />

      <Divider />
      <Subtitle2 as="h2">Monthly cycle</Subtitle2>
      {!current ? (
        <Caption1>No KPI tracker in this workbook yet.</Caption1>
      ) : (
        <>
          <Field label="Tracker">
            <Select value={selected} onChange={(_, d) => refresh(d.value)}>
              {trackers.map((t) => (
                <option key={t}>{t}</option>
              ))}
            </Select>
          </Field>
          <div className={styles.row}>
            <Select
              className={styles.grow}
              aria-label="Month to review"
              value={String(month)}
              onChange={(_, d) => setMonth(Number(d.value))}
            >
              {Array.from({ length: current.months }, (_, m) => (
                <option key={m} value={m}>
                  {monthLabel(current.firstMonth, m)}
                </option>
              ))}
            </Select>
            <Button disabled={busy} onClick={review}>
              Create review for month
            </Button>
          </div>
          <div className={styles.row}>
            <Button
              disabled={busy}
              onClick={() => edit("Added a month", (c) => ({ ...c, months: c.months + 1 }))}
            >
              Add month
            </Button>
            <Button disabled={busy} onClick={nextYear}>
              Start next year
            </Button>
          </div>
          <div className={styles.row}>
            <Select
              className={styles.grow}
              aria-label="KPI to add"
              value={addKpi}
              onChange={(_, d) => setAddKpi(d.value)}
            >
              <option value="">KPI to add…</option>
              {KPI_CATALOG.filter((k) => !current.kpis.some((c) => c.name === k.name)).map((k) => (
                <option key={k.name}>{k.name}</option>
              ))}
            </Select>
            <Button
              disabled={busy || !addKpi}
              onClick={() =>
                edit(`Added "${addKpi}"`, (c) => ({
                  ...c,
                  kpis: [...c.kpis, { ...KPI_CATALOG.find((k) => k.name === addKpi)! }],
                }))
              }
            >
              Add KPI to tracker
            </Button>
          </div>
          <div className={styles.row}>
            <Select
              className={styles.grow}
              aria-label="KPI to remove"
              value={removeKpi}
              onChange={(_, d) => setRemoveKpi(d.value)}
            >
              <option value="">KPI to remove…</option>
              {current.kpis.map((k) => (
                <option key={k.name}>{k.name}</option>
              ))}
            </Select>
            <Button
              disabled={busy || !removeKpi}
              onClick={() =>
                edit(`Removed "${removeKpi}"`, (c) => ({
                  ...c,
                  kpis: c.kpis.filter((k) => k.name !== removeKpi),
                }))
              }
            >
              Remove KPI
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
