/** Edit an existing SLA sheet: add a service level or a month, every typed value kept. */
import { Button, Subtitle2 } from "@fluentui/react-components";
import { serviceLevel, SlaConfig, slaProblems } from "../../sheets/sla/model";
import { rebuildSla } from "../../sheets/sla/reader";
import { AddByName, SheetChooser } from "../layout";
import { validated } from "../Status";
import type { AddinSheets } from "../useAddinSheets";

export function EditSla({ busy, sheets }: { busy: boolean; sheets: AddinSheets<SlaConfig> }) {
  const { selected } = sheets;
  const edit = (describe: string, change: (c: SlaConfig) => SlaConfig) =>
    sheets.edit(
      `${describe} on "${selected}"; every typed value kept, linked KPIs still linked.`,
      (s) => rebuildSla(s, validated(change, slaProblems))
    );
  return (
    <>
      <Subtitle2 as="h2">Edit an SLA sheet</Subtitle2>
      <SheetChooser
        label="SLA sheet"
        none="No SLA credit sheet in this workbook yet."
        names={sheets.names}
        selected={selected}
        onChoose={(name) => sheets.refresh(name)}
      />
      {sheets.current && (
        <>
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
    </>
  );
}
