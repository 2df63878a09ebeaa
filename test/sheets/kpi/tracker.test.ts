/**
 * The KPI tracker evaluated as a user sees it, for a worked year with gaps (a month left blank in
 * the middle and every month after April blank) — on Excel on the web (empty cells reach the
 * functions as null) and on desktop Excel (as 0): the same numbers either way.
 */
import { cellAddress } from "../../../src/formula/a1";
import type { TrackerInputs } from "../../../src/sheets/kpi/model";
import {
  MONTH_COL,
  trackerLayout,
  trackerPlan,
  trackerShape,
} from "../../../src/sheets/kpi/tracker";
import { emptyCells } from "../../../src/workbench/hyperformula";
import { InBrowserWorkbook } from "../../../src/workbench/workbook";
import { customFunctions } from "../../support/functions";
import { threeKpiTracker } from "../../support/sheets";

const config = threeKpiTracker;

const inputs: TrackerInputs = {
  CSAT: [{ "2026-01": 0.92, "2026-03": 0.85, "2026-04": 0.8 }],
  "First-contact resolution": [
    { "2026-01": 75, "2026-02": 70 },
    { "2026-01": 100, "2026-02": 100 },
  ],
  "P1 first response": [{ "2026-01": 25, "2026-02": 32, "2026-03": 40 }],
};

function evaluate(blanksAs: null | 0) {
  emptyCells.as = blanksAs;
  try {
    const book = new InBrowserWorkbook(customFunctions);
    const { sheetName } = book.applyPlan(trackerPlan(config, inputs));
    const L = trackerLayout(trackerShape(config));
    const months = (row: number) =>
      Array.from({ length: 12 }, (_, m) => book.value(sheetName, cellAddress(row, MONTH_COL + m)));
    const at = (row: number, col: number) => book.value(sheetName, cellAddress(row, col));
    return { L, months, at };
  } finally {
    emptyCells.as = null;
  }
}

describe.each([
  ["Excel on the web (blank = null)", null],
  ["desktop Excel (blank = 0)", 0],
] as const)("KPI tracker on %s", (_, blanksAs) => {
  const { L, months, at } = evaluate(blanksAs);
  const blank = Array(8).fill("");

  test("status: only reported months are scored, red/amber/green by the tolerance", () => {
    expect(months(L.status.first)).toEqual(["Green", "", "Amber", "Red", ...blank]);
    expect(months(L.status.first + 1)).toEqual(["Green", "Amber", "", "", ...blank]);
    expect(months(L.status.first + 2)).toEqual(["Green", "Amber", "Red", "", ...blank]);
  });

  test("values reported: ratio KPIs from numerator and denominator; blanks stay blank", () => {
    expect(months(L.used.first + 1).slice(0, 3)).toEqual([0.75, 0.7, ""]);
    expect(months(L.used.first)[1]).toBe("");
  });

  test("attainment", () => {
    expect(months(L.attainment.first)[0]).toBeCloseTo(0.92 / 0.9, 9);
    expect(months(L.attainment.first + 2)[0]).toBeCloseTo(2 - 25 / 30, 9);
    expect(months(L.attainment.first)[1]).toBe("");
  });

  test("trend over the last three reported months, a blank month still counting as a month", () => {
    expect(at(L.used.first, L.col.trend)).toBe("Worsening");
    expect(at(L.used.first + 1, L.col.trend)).toBe("Worsening");
    expect(at(L.used.first + 2, L.col.trend)).toBe("Worsening"); // lower is better, rising
  });

  test("year to date: average of reported months; ratio KPIs as Σ numerators / Σ denominators", () => {
    expect(at(L.used.first, L.col.ytd)).toBeCloseTo((0.92 + 0.85 + 0.8) / 3, 9);
    expect(at(L.used.first + 1, L.col.ytd)).toBeCloseTo(145 / 200, 9);
    expect(at(L.used.first + 2, L.col.ytd)).toBeCloseTo(97 / 3, 9);
    expect(at(L.used.first + 1, L.col.ytdStatus)).toBe("Amber");
  });
});
