/**
 * The portable copy of each example sheet, made in the workbench's workbook (HyperFormula), shows
 * the same value in every cell as the original with its MSP.* functions.
 */
import { portablePlan, HEADER_ROWS } from "../../../src/sheets/portable/copy";
import { InBrowserWorkbook } from "../../../src/workbench/workbook";
import { EXAMPLE_SHEETS } from "../../support/exampleSheets";
import { customFunctions } from "../../support/functions";

const close = (a: unknown, b: unknown) =>
  typeof a === "number" && typeof b === "number" ? Math.abs(a - b) <= 1e-9 : a === b;

test.each(EXAMPLE_SHEETS)("%s: the portable copy shows the same values", (_, plan) => {
  const book = new InBrowserWorkbook(customFunctions);
  const { sheetName } = book.applyPlan(plan);
  const original = book.snapshot(sheetName);
  const copy = portablePlan({ sheet: original, plan, others: [], madeAt: "2026-11-22 10:15" });
  const made = book.applyPlan(copy);
  const values = book.snapshot(made.sheetName).values;
  const differ: string[] = [];
  original.values.forEach((row, r) =>
    row.forEach((v, c) => {
      const got = values[r + HEADER_ROWS]?.[c] ?? "";
      if (!close(v, got) && !(v === "" && String(got).startsWith("Values as of")))
        differ.push(`${r},${c}: ${JSON.stringify(v)} vs ${JSON.stringify(got)}`);
    })
  );
  expect(differ.slice(0, 20)).toEqual([]);
});
