/**
 * The "SLA credits" tab: the contract's terms and service levels, and Create SLA sheet
 * (./NewSla.tsx); then, on an existing sheet, add a service level or a month (./EditSla.tsx),
 * reading it back — with the trackers it links to — first.
 */
import { Divider } from "@fluentui/react-components";
import type { WorkbookApi } from "../../sheets/plan/workbook";
import { linkedSheets, readSla } from "../../sheets/sla/reader";
import { SLA_KIND } from "../../sheets/sla/sheet";
import { usePaneStyles } from "../layout";
import { StatusBar, useAction } from "../Status";
import { useAddinSheets } from "../useAddinSheets";
import { EditSla } from "./EditSla";
import { NewSla } from "./NewSla";

export function SlaTab({ workbook, connected }: { workbook: WorkbookApi; connected: boolean }) {
  const styles = usePaneStyles();
  const { busy, status, run } = useAction();
  const sheets = useAddinSheets({
    workbook,
    connected,
    kind: SLA_KIND,
    run,
    needs: (s) => linkedSheets(readSla(s).config),
    read: ([sheet]) => readSla(sheet).config,
  });
  return (
    <div className={styles.stack}>
      <NewSla workbook={workbook} connected={connected} busy={busy} run={run} sheets={sheets} />
      <StatusBar status={status} />
      <Divider />
      <EditSla workbook={workbook} busy={busy} run={run} sheets={sheets} />
    </div>
  );
}
