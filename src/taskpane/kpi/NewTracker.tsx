/**
 * A new KPI tracker: the KPIs from a catalogue of typical MSP KPIs (or custom ones), each with its
 * target, amber band, which way is better and how the year to date is computed; Create KPI tracker.
 */
import * as React from "react";
import { Body1, Button, Checkbox, Field, Select, Subtitle2 } from "@fluentui/react-components";
import {
  defaultTracker,
  Kpi,
  kpi,
  KPI_CATALOG,
  TrackerConfig,
  trackerProblems,
  YtdMethod,
} from "../../sheets/kpi/model";
import { trackerPlan } from "../../sheets/kpi/tracker";
import type { WorkbookApi } from "../../sheets/plan/workbook";
import { AddByName, NumberField, PercentField, PeriodFields, usePaneStyles } from "../layout";
import { Problems } from "../Status";
import type { AddinSheets } from "../useAddinSheets";

export function NewTracker(props: {
  workbook: WorkbookApi;
  connected: boolean;
  busy: boolean;
  run: (action: () => Promise<string>) => Promise<void>;
  sheets: AddinSheets<TrackerConfig>;
}) {
  const styles = usePaneStyles();
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
  const create = () =>
    props.run(async () => {
      const { sheetName } = await props.workbook.createSheets([trackerPlan(config)]);
      await props.sheets.refresh(sheetName);
      return `Created "${sheetName}": type each month's actuals into the yellow cells.`;
    });

  return (
    <>
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
        disabled={!props.connected || props.busy || problems.length > 0}
        onClick={create}
      >
        Create KPI tracker
      </Button>
    </>
  );
}
