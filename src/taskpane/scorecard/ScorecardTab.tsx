/**
 * The "Scorecard" tab: set up a provider-selection scorecard and create it (./NewScorecard.tsx);
 * then keep editing an existing one (./EditScorecard.tsx) — each edit reads the sheet back first,
 * so nothing typed into it is lost.
 */
import { Divider } from "@fluentui/react-components";
import type { WorkbookApi } from "../../sheets/plan/workbook";
import { AHP_KIND } from "../../sheets/scorecard/ahp";
import { readScorecard } from "../../sheets/scorecard/reader";
import { SCORECARD_KIND } from "../../sheets/scorecard/sheet";
import { usePaneStyles } from "../layout";
import { StatusBar, useAction } from "../Status";
import { useAddinSheets } from "../useAddinSheets";
import { EditScorecard } from "./EditScorecard";
import { NewScorecard } from "./NewScorecard";

export function ScorecardTab({
  workbook,
  connected,
}: {
  workbook: WorkbookApi;
  connected: boolean;
}) {
  const styles = usePaneStyles();
  const { busy, status, run } = useAction();
  const sheets = useAddinSheets({
    workbook,
    connected,
    kind: SCORECARD_KIND,
    run,
    // An AHP-weighted scorecard is read and rebuilt with its AHP sheet.
    needs: (s) => (s.record?.settings.ahp === true ? (s.record.companions ?? []).slice(0, 1) : []),
    read: ([sheet, ahp]) =>
      readScorecard(sheet, ahp?.record?.kind === AHP_KIND ? ahp : undefined).config,
  });
  return (
    <div className={styles.stack}>
      <NewScorecard
        workbook={workbook}
        connected={connected}
        busy={busy}
        run={run}
        sheets={sheets}
      />
      <StatusBar status={status} />
      <Divider />
      <EditScorecard busy={busy} sheets={sheets} />
    </div>
  );
}
