/**
 * Golden values: a filled-in KPI tracker, SLA sheet and scorecard evaluated in HyperFormula give
 * exactly the values recorded in test/golden/sheet-values.json — every cell. Restructuring a
 * blueprint (one custom-function call per row, blocks) must not move or change a single number.
 * UPDATE_GOLDEN=1 rewrites the file (only when a change of numbers is intended).
 */
import * as fs from "fs";
import * as path from "path";
import type { SheetPlan } from "../../src/sheets/plan/plan";
import { InBrowserWorkbook } from "../../src/workbench/workbook";
import { EXAMPLE_SHEETS as SHEETS } from "../support/exampleSheets";
import { customFunctions } from "../support/functions";

const FILE = path.resolve(__dirname, "../golden/sheet-values.json");

/** Every cell's value as JSON can hold it (errors as their text). */
function values(plan: SheetPlan): unknown[][] {
  const book = new InBrowserWorkbook(customFunctions);
  const { sheetName } = book.applyPlan(plan);
  return book.snapshot(sheetName).values;
}

const current = Object.fromEntries(SHEETS.map(([name, plan]) => [name, values(plan)]));
if (process.env.UPDATE_GOLDEN) fs.writeFileSync(FILE, JSON.stringify(current) + "\n");
const golden = JSON.parse(fs.readFileSync(FILE, "utf8")) as Record<string, unknown[][]>;

test.each(SHEETS.map(([name]) => name))("%s: every cell as recorded", (name) => {
  const want = golden[name];
  const got = current[name];
  const cells = (grid: unknown[][]) =>
    grid.flatMap((row, r) => row.map((v, c) => [r, c, v] as const)).filter(([, , v]) => v !== "");
  const differ = cells(want)
    .filter(([r, c, v]) => {
      const g = got[r]?.[c];
      return typeof v === "number" && typeof g === "number" ? Math.abs(v - g) > 1e-9 : v !== g;
    })
    .slice(0, 10);
  expect(differ).toEqual([]);
  expect(cells(got).length).toBe(cells(want).length);
});
