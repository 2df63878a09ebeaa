/**
 * The monthly cycle on an existing tracker: the review pack for a month, a month added, the next
 * year started, a KPI added or removed — every actual and note kept.
 */
import * as React from "react";
import { Button, Select, Subtitle2 } from "@fluentui/react-components";
import { KPI_CATALOG, monthLabel, TrackerConfig, trackerProblems } from "../../sheets/kpi/model";
import { nextYearTracker, rebuildTracker } from "../../sheets/kpi/reader";
import { reviewPlan } from "../../sheets/kpi/review";
import type { WorkbookApi } from "../../sheets/plan/workbook";
import { PickAndAct, SheetChooser, usePaneStyles } from "../layout";
import { validated } from "../Status";
import type { AddinSheets } from "../useAddinSheets";

export function MonthlyCycle(props: {
  workbook: WorkbookApi;
  busy: boolean;
  run: (action: () => Promise<string>) => Promise<void>;
  sheets: AddinSheets<TrackerConfig>;
}) {
  const styles = usePaneStyles();
  const { workbook, busy, run, sheets } = props;
  const { current, selected } = sheets;
  const [month, setMonth] = React.useState(0);
  const shown = current ? Math.min(month, current.months - 1) : 0;
  const edit = (describe: string, change: (c: TrackerConfig) => TrackerConfig) =>
    sheets.edit(`${describe} on "${selected}"; every actual and note is kept.`, (s) =>
      rebuildTracker(s, validated(change, trackerProblems))
    );
  const review = () =>
    run(async () => {
      const [snapshot] = await workbook.readSheets([selected]);
      const { sheetName } = await workbook.createSheets([reviewPlan(snapshot, shown)]);
      return `Created the review pack "${sheetName}".`;
    });
  const nextYear = () =>
    run(async () => {
      const [snapshot] = await workbook.readSheets([selected]);
      const { sheetName } = await workbook.createSheets([nextYearTracker(snapshot)]);
      await sheets.refresh(sheetName);
      return `Started "${sheetName}"; "${selected}" is kept as it is.`;
    });

  return (
    <>
      <Subtitle2 as="h2">Monthly cycle</Subtitle2>
      <SheetChooser
        label="Tracker"
        none="No KPI tracker in this workbook yet."
        names={sheets.names}
        selected={selected}
        onChoose={(name) => sheets.refresh(name)}
      />
      {current && (
        <>
          <div className={styles.row}>
            <Select
              className={styles.grow}
              aria-label="Month to review"
              value={String(shown)}
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
          <PickAndAct
            label="KPI to add"
            placeholder="KPI to add…"
            options={KPI_CATALOG.filter((k) => !current.kpis.some((c) => c.name === k.name)).map(
              (k) => k.name
            )}
            button="Add KPI to tracker"
            disabled={busy}
            onAct={(name) =>
              edit(`Added "${name}"`, (c) => ({
                ...c,
                kpis: [...c.kpis, { ...KPI_CATALOG.find((k) => k.name === name)! }],
              }))
            }
          />
          <PickAndAct
            label="KPI to remove"
            placeholder="KPI to remove…"
            options={current.kpis.map((k) => k.name)}
            button="Remove KPI"
            disabled={busy}
            onAct={(name) =>
              edit(`Removed "${name}"`, (c) => ({
                ...c,
                kpis: c.kpis.filter((k) => k.name !== name),
              }))
            }
          />
        </>
      )}
    </>
  );
}
