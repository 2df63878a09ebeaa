/**
 * The Function examples sheet, evaluated as a user would see it: the plan applied to a workbook
 * (HyperFormula with the MSP.* functions registered from the same wrappers Excel calls).
 */
import { exampleResult, FUNCTIONS } from "../../src/functions/metadata";
import { parseRange } from "../../src/formula/a1";
import { functionExamplesPlan } from "../../src/sheets/functionExamples";
import { resultSize } from "../../src/workbench/hyperformula";
import { InBrowserWorkbook } from "../../src/workbench/workbook";
import { customFunctions } from "../support/functions";

describe("Function examples sheet", () => {
  const plan = functionExamplesPlan(FUNCTIONS);
  const book = new InBrowserWorkbook(customFunctions);
  const { sheetName } = book.applyPlan(plan);

  /** The values of a named result range, as a 2-D array. */
  const resultOf = (id: string) => {
    const range = parseRange(
      plan.names.find((n) => n.name === `Result_${id.replace(/\./g, "_")}`)!.range
    );
    const out: unknown[][] = [];
    for (let r = range.top; r <= range.bottom; r++) {
      const row: unknown[] = [];
      for (let c = range.left; c <= range.right; c++) row.push(book.cell(sheetName, r, c).value);
      out.push(row);
    }
    return out;
  };

  test("every function has an example whose live result is the help page's", () => {
    expect(plan.names).toHaveLength(FUNCTIONS.length);
    for (const doc of FUNCTIONS) {
      const result = exampleResult(doc);
      const expected = Array.isArray(result) ? result : [[result]];
      const actual = resultOf(doc.id);
      expected.forEach((row, i) =>
        row.forEach((v, j) => {
          if (typeof v === "number")
            expect([doc.id, actual[i][j]]).toEqual([doc.id, expect.closeTo(v, 4)]);
          else expect([doc.id, actual[i][j]]).toEqual([doc.id, v]);
        })
      );
    }
  });

  test("editing an input recalculates its result", () => {
    // SLA.CREDIT: actual 0.985 misses the 0.99 minimum → 2,000; type 0.995 and it meets it.
    const formulaCell = plan.blocks.find(
      (b) =>
        b.cells[0][0] &&
        typeof b.cells[0][0] === "object" &&
        (b.cells[0][0] as { formula: string }).formula.startsWith("=MSP.SLA.CREDIT(")
    )!;
    const actualAddress = (formulaCell.cells[0][0] as { formula: string }).formula.match(
      /\(([A-Z]+[0-9]+),/
    )![1];
    expect(book.value(sheetName, formulaCell.at)).toBe(2000);
    expect(book.type(sheetName, actualAddress, "99.5%")).toBeNull();
    expect(book.value(sheetName, formulaCell.at)).toBe(0);
    // A computed cell refuses typing.
    expect(book.type(sheetName, formulaCell.at, "5")).toContain("computed by a formula");
  });

  test("the formula is also shown as text, and stays text", () => {
    const view = book.cell(
      sheetName,
      parseRange(plan.names.find((n) => n.name === "Result_SCORE")!.range).top,
      3
    );
    expect(view.value).toBe("=MSP.SCORE(A32:A34,B32:B34)");
    expect(view.formula).toBeUndefined();
  });

  test("number formats and status colours are applied", () => {
    const status = parseRange(plan.names.find((n) => n.name === "Result_KPI_STATUS")!.range);
    const cell = book.cell(sheetName, status.top, status.left);
    expect(cell.text).toBe("Amber");
    expect(cell.fill).toBe("#FFF4CE");
    const weights = parseRange(plan.names.find((n) => n.name === "Result_AHP_WEIGHTS")!.range);
    expect(book.cell(sheetName, weights.top, weights.left).text).toBe("60.0%");
  });

  test("every function returning a range says its shape (@spill) for the workbench", () => {
    for (const f of FUNCTIONS)
      expect([f.id, resultSize(f) !== undefined]).toEqual([
        f.id,
        f.result.dimensionality === "matrix",
      ]);
    const size = resultSize(FUNCTIONS.find((f) => f.id === "SLA.TOTAL")!)!;
    const fees = { width: 12, height: 1 };
    expect(size([{ width: 12, height: 4 }, fees, { width: 1, height: 1 }])).toEqual(fees);
  });
});
