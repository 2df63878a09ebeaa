/**
 * Edit an existing SLA sheet: add a service level or a month, or start the next contract year —
 * every typed value kept.
 */
import * as React from "react";
import { Button, Caption1, Checkbox, Subtitle2 } from "@fluentui/react-components";
import { nextYearTracker } from "../../sheets/kpi/reader";
import { TRACKER_KIND } from "../../sheets/kpi/tracker";
import type { WorkbookApi } from "../../sheets/plan/workbook";
import { contractYears, serviceLevel, SlaConfig, slaProblems } from "../../sheets/sla/model";
import { followingTrackers, nextContractYear, rebuildSla } from "../../sheets/sla/reader";
import { AddByName, SheetChooser, usePaneStyles } from "../layout";
import { validated } from "../Status";
import type { AddinSheets } from "../useAddinSheets";

export function EditSla(props: {
  workbook: WorkbookApi;
  busy: boolean;
  run: (action: () => Promise<string>) => Promise<void>;
  sheets: AddinSheets<SlaConfig>;
}) {
  const { workbook, busy, run, sheets } = props;
  const styles = usePaneStyles();
  const { selected, current } = sheets;
  const [startTrackers, setStartTrackers] = React.useState(true);
  const edit = (describe: string, change: (c: SlaConfig) => SlaConfig) =>
    sheets.edit(
      `${describe} on "${selected}"; every typed value kept, linked KPIs still linked.`,
      (s) => rebuildSla(s, validated(change, slaProblems))
    );

  /** Next year's trackers where missing (when asked), then the sheet's next contract year. */
  const nextYear = () =>
    run(async () => {
      const trackerNames = async () => (await workbook.findSheets(TRACKER_KIND)).map((s) => s.name);
      const [sla] = await workbook.readSheets([selected]);
      let names = await trackerNames();
      const started: string[] = [];
      if (startTrackers) {
        const missing = followingTrackers(sla, await workbook.readSheets(names)).filter(
          (f) => f.next === null
        );
        for (const { last } of missing) {
          const [tracker] = await workbook.readSheets([last]);
          started.push((await workbook.createSheets([nextYearTracker(tracker)])).sheetName);
        }
        names = await trackerNames();
      }
      await workbook.editSheets([selected, ...names], nextContractYear);
      await sheets.refresh(selected);
      const year = current ? contractYears(current.months) + 1 : 0;
      return [
        `Started contract year ${year} on "${selected}": its levels are proposed in the year table (type over them to set them); earlier months are unchanged.`,
        ...(started.length
          ? [`Started ${started.map((n) => `"${n}"`).join(", ")} for its actuals.`]
          : []),
      ].join(" ");
    });

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
      {current && (
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
          <div className={styles.stack}>
            <Caption1>
              The sheet covers {contractYears(current.months)} contract year
              {contractYears(current.months) > 1 ? "s" : ""}. The next adds twelve months whose
              levels rise by continuous improvement where the sheet says so.
            </Caption1>
            <Checkbox
              label="Start next year's KPI tracker where the linked one has none"
              checked={startTrackers}
              onChange={(_, d) => setStartTrackers(Boolean(d.checked))}
            />
            <Button disabled={busy} onClick={nextYear}>
              Start next contract year
            </Button>
          </div>
        </>
      )}
    </>
  );
}
