/**
 * Portable copies of every kind of sheet in a workbook where sheets read each other (an SLA year
 * linked to a tracker, its review pack, an AHP-weighted scorecard, the function examples), made
 * through the task pane's WorkbookApi on both strict backends — the workbench, and the Excel
 * adapter on the strict Excel fake — show the original's value in every cell; LibreOffice computes
 * the same values from .xlsx. Each copy stands alone: no formula refers to another sheet.
 */
import { FUNCTIONS } from "../../../src/functions/metadata";
import { portableCopy, portableNeeds } from "../../../src/sheets/portable/source";
import { InBrowserWorkbook } from "../../../src/workbench/workbook";
import { BACKENDS } from "../../support/backends";
import { exampleWorkbook } from "../../support/exampleSheets";
import { customFunctions } from "../../support/functions";
import { libreOfficeValues } from "../../support/libreoffice";
import { differences } from "../../support/portable";

jest.setTimeout(120_000);
const MADE_AT = "2026-11-22 10:15";

describe.each(BACKENDS)("on %s", (_, make) => {
  test("every sheet's portable copy shows the same values and refers to no other sheet", async () => {
    const backend = make();
    try {
      const { workbook } = backend;
      const sheets = await exampleWorkbook(workbook, FUNCTIONS);
      expect(sheets.length).toBe(6);
      for (const name of sheets) {
        const made = await workbook.createFromSheet(name, portableNeeds, (s) =>
          portableCopy(s, FUNCTIONS, MADE_AT)
        );
        const { sheetName } = made;
        // In Excel: one Excel.run, at most two reads (the sheet, the sheets it needs), the writes.
        const stats = (made as { stats?: { syncs: number; requestBytes: number[] } }).stats;
        if (stats) expect(stats.syncs).toBeLessThanOrEqual(2 + stats.requestBytes.length);
        const [original, copy] = await workbook.readSheets([name, sheetName]);
        expect([name, differences(original.values, copy.values)]).toEqual([name, []]);
        const foreign = copy.formulas
          .flat()
          .filter((f) => typeof f === "string" && f.startsWith("=") && /!\$?[A-Z]/.test(f));
        expect([name, foreign]).toEqual([name, []]);
        expect(copy.record).toBeNull();
      }
    } finally {
      backend.close();
    }
  });
});

test("LibreOffice computes every copy's values", async () => {
  const book = new InBrowserWorkbook(customFunctions);
  const sheets = await exampleWorkbook(book, FUNCTIONS);
  const originals = await book.readSheets(sheets);
  const plans = originals.map((sheet) => {
    const others = portableNeeds(sheet).map((n) => book.snapshot(n));
    return portableCopy([sheet, ...others], FUNCTIONS, MADE_AT);
  });
  const values = await libreOfficeValues(plans);
  originals.forEach((o, i) =>
    expect([o.name, differences(o.values, values.get(plans[i].name) ?? [])]).toEqual([o.name, []])
  );
});
