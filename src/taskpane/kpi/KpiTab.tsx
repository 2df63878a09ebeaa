/**
 * The "KPI review" tab: choose the provider's KPIs and create the tracker (./NewTracker.tsx); then
 * run the monthly cycle on an existing tracker (./MonthlyCycle.tsx) — each action reading the
 * sheet back first.
 */
import { Divider } from "@fluentui/react-components";
import { readTracker } from "../../sheets/kpi/reader";
import { TRACKER_KIND } from "../../sheets/kpi/tracker";
import type { WorkbookApi } from "../../sheets/plan/workbook";
import { usePaneStyles } from "../layout";
import { StatusBar, useAction } from "../Status";
import { useAddinSheets } from "../useAddinSheets";
import { MonthlyCycle } from "./MonthlyCycle";
import { NewTracker } from "./NewTracker";

export function KpiTab({ workbook, connected }: { workbook: WorkbookApi; connected: boolean }) {
  const styles = usePaneStyles();
  const { busy, status, run } = useAction();
  const sheets = useAddinSheets({
    workbook,
    connected,
    kind: TRACKER_KIND,
    run,
    read: ([sheet]) => readTracker(sheet).config,
  });
  return (
    <div className={styles.stack}>
      <NewTracker workbook={workbook} connected={connected} busy={busy} run={run} sheets={sheets} />
      <StatusBar status={status} />
      <Divider />
      <MonthlyCycle workbook={workbook} busy={busy} run={run} sheets={sheets} />
    </div>
  );
}
