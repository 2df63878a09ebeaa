/**
 * The portable copy of each example sheet shows, in every cell, the value the original shows with
 * its MSP.* functions — computed by HyperFormula in the workbench's workbook, and by LibreOffice
 * from an .xlsx file (a second, independent engine; numbers within 1e-9, or 1e-13 relative: it
 * saves 15 significant digits).
 */
import { portablePlan } from "../../../src/sheets/portable/copy";
import { isFormula, planCells, SheetPlan } from "../../../src/sheets/plan/plan";
import { InBrowserWorkbook } from "../../../src/workbench/workbook";
import { EXAMPLE_SHEETS } from "../../support/exampleSheets";
import { customFunctions } from "../../support/functions";
import { libreOfficeValues } from "../../support/libreoffice";
import { differences } from "../../support/portable";

jest.setTimeout(120_000);

const made = EXAMPLE_SHEETS.map(([name, plan]) => {
  const book = new InBrowserWorkbook(customFunctions);
  const { sheetName } = book.applyPlan(plan);
  const original = book.snapshot(sheetName);
  const copy = portablePlan({ sheet: original, plan, others: [], madeAt: "2026-11-22 10:15" });
  return { name, book, original, copy };
});

test.each(made.map((m) => [m.name, m] as const))("%s: no MSP.* function is left", (_, { copy }) => {
  const left = [...planCells(copy as SheetPlan)].filter(
    ({ cell }) => isFormula(cell) && /MSP\./i.test(cell.formula)
  );
  expect(left).toEqual([]);
});

test.each(made.map((m) => [m.name, m] as const))(
  "%s: HyperFormula shows the same values in the copy",
  (_, { book, original, copy }) => {
    const { sheetName } = book.applyPlan(copy);
    expect(differences(original.values, book.snapshot(sheetName).values)).toEqual([]);
  }
);

test.each(made.map((m) => [m.name, m] as const))(
  "%s: without the plan that made it (a sheet it cannot read back), the copy is still right",
  (_, { book, original }) => {
    const bare = portablePlan({ sheet: original, plan: null, others: [], madeAt: "now" });
    const { sheetName } = book.applyPlan(bare);
    expect(differences(original.values, book.snapshot(sheetName).values)).toEqual([]);
  }
);

test("LibreOffice shows the same values in every copy", async () => {
  const values = await libreOfficeValues(made.map((m) => m.copy));
  for (const m of made)
    expect([m.name, differences(m.original.values, values.get(m.copy.name) ?? [])]).toEqual([
      m.name,
      [],
    ]);
});
