/** Edit an existing scorecard: add or remove a provider or a criterion, every typed value kept. */
import { Subtitle2 } from "@fluentui/react-components";
import { ScorecardConfig, scorecardProblems } from "../../sheets/scorecard/model";
import { rebuildScorecard } from "../../sheets/scorecard/reader";
import { AddByName, PickAndAct, SheetChooser } from "../layout";
import { validated } from "../Status";
import type { AddinSheets } from "../useAddinSheets";

export function EditScorecard({
  busy,
  sheets,
}: {
  busy: boolean;
  sheets: AddinSheets<ScorecardConfig>;
}) {
  const { current, selected } = sheets;
  const edit = (describe: string, change: (c: ScorecardConfig) => ScorecardConfig) =>
    sheets.edit(`${describe} on "${selected}"; every value typed there is kept.`, (snapshots) =>
      rebuildScorecard(snapshots, validated(change, scorecardProblems))
    );
  return (
    <>
      <Subtitle2 as="h2">Edit a scorecard</Subtitle2>
      <SheetChooser
        label="Scorecard sheet"
        none="No scorecard in this workbook yet."
        names={sheets.names}
        selected={selected}
        onChoose={(name) => sheets.refresh(name)}
      />
      {current && (
        <>
          <AddByName
            label="New provider name"
            placeholder="Provider name"
            button="Add provider to this scorecard"
            disabled={busy}
            onAdd={(name) =>
              edit(`Added provider "${name}"`, (c) => ({ ...c, providers: [...c.providers, name] }))
            }
          />
          <AddByName
            label="New criterion name"
            placeholder="Criterion name"
            button="Add criterion to this scorecard"
            disabled={busy}
            onAdd={(name) =>
              edit(`Added criterion "${name}"`, (c) => ({
                ...c,
                criteria: [
                  ...c.criteria,
                  { category: "Other", name, weight: 5, mustHave: false, mode: "score", notes: "" },
                ],
              }))
            }
          />
          <PickAndAct
            label="Provider to remove"
            placeholder="Provider…"
            options={current.providers}
            button="Remove provider"
            disabled={busy}
            onAct={(name) =>
              edit(`Removed provider "${name}"`, (c) => ({
                ...c,
                providers: c.providers.filter((p) => p !== name),
              }))
            }
          />
          <PickAndAct
            label="Criterion to remove"
            placeholder="Criterion…"
            options={current.criteria.map((c) => c.name)}
            button="Remove criterion"
            disabled={busy}
            onAct={(name) =>
              edit(`Removed criterion "${name}"`, (c) => ({
                ...c,
                criteria: c.criteria.filter((x) => x.name !== name),
              }))
            }
          />
        </>
      )}
    </>
  );
}
