/**
 * The portable copy of each example sheet shows, in every cell, the value the original shows with
 * its MSP.* functions — computed by HyperFormula in the workbench's workbook, and by LibreOffice
 * from an .xlsx file (a second, independent engine; numbers within 1e-9, or 1e-13 relative: it
 * saves 15 significant digits).
 */
import { portablePlan, HEADER_ROWS } from "../../../src/sheets/portable/copy";
import { isFormula, planCells, SheetPlan } from "../../../src/sheets/plan";
import { InBrowserWorkbook } from "../../../src/workbench/workbook";
import { EXAMPLE_SHEETS } from "../../support/exampleSheets";
import { customFunctions } from "../../support/functions";
import { libreOfficeValues } from "../../support/libreoffice";

jest.setTimeout(120_000);

const same = (a: unknown, b: unknown) =>
  typeof a === "number" && typeof b === "number"
    ? Math.abs(a - b) <= Math.max(1e-9, 1e-13 * Math.abs(a))
    : a === b;

/** Cells where the copy's value differs from the original's (the copy moved down HEADER_ROWS). */
function differences(original: unknown[][], copy: unknown[][]): string[] {
  const out: string[] = [];
  original.forEach((row, r) =>
    row.forEach((v, c) => {
      const got = copy[r + HEADER_ROWS]?.[c] ?? "";
      const note = v === "" && String(got).startsWith("Values as of");
      if (!same(v, got) && !note)
        out.push(`(${r},${c}): ${JSON.stringify(v)} vs ${JSON.stringify(got)}`);
    })
  );
  return out.slice(0, 20);
}

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
