/**
 * No error walls: every sheet, freshly created and partly filled, shows values, blanks or a short
 * hint — never an error — on the web (blanks reach functions as null) and on desktop (as 0).
 */
import { FUNCTIONS } from "../../src/functions/metadata";
import { cellAddress } from "../../src/formula/a1";
import { ahpPlan } from "../../src/sheets/scorecard/ahp";
import { functionExamplesPlan } from "../../src/sheets/functionExamples";
import { defaultTracker } from "../../src/sheets/kpi/model";
import { reviewPlan } from "../../src/sheets/kpi/review";
import { trackerPlan } from "../../src/sheets/kpi/tracker";
import type { SheetPlan } from "../../src/sheets/plan/plan";
import { scorecardPlan } from "../../src/sheets/scorecard/sheet";
import { defaultScorecard } from "../../src/sheets/scorecard/model";
import { slaPlan } from "../../src/sheets/sla/sheet";
import { defaultSla } from "../../src/sheets/sla/model";
import { emptyCells } from "../../src/workbench/hyperformula";
import { InBrowserWorkbook } from "../../src/workbench/workbook";
import { customFunctions } from "../support/functions";

/** Every cell of every sheet that shows an error, as "Sheet!A1 #VALUE!". */
function errorCells(book: InBrowserWorkbook): string[] {
  return book.sheetNames().flatMap((sheet) => {
    const { rows, columns } = book.size(sheet);
    const found: string[] = [];
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < columns; c++) {
        const v = book.cell(sheet, r, c).value;
        if (v !== null && typeof v === "object")
          found.push(`${sheet}!${cellAddress(r, c)} ${v.error}`);
      }
    return found;
  });
}

const card = { ...defaultScorecard(), evaluators: ["Ann", "Bo"], ahp: true };
const partlyScored = {
  scores: { Ann: { Cost: { "Provider A": 4, "Provider B": 3 }, Security: { "Provider A": 5 } } },
  gates: { Security: { "Provider A": "yes" } },
  judgements: { Ann: { Cost: { Security: 3 } } },
};
const tracker = { ...defaultTracker(), firstMonth: "2026-01" };
const sla = { ...defaultSla(), firstMonth: "2026-01" };

const SHEETS: [string, (book: InBrowserWorkbook) => SheetPlan[][]][] = [
  ["function examples", () => [[functionExamplesPlan(FUNCTIONS)]]],
  ["a new scorecard with AHP", () => [[scorecardPlan(card), ahpPlan(card)]]],
  [
    "a partly scored scorecard",
    () => [[scorecardPlan(card, partlyScored), ahpPlan(card, partlyScored)]],
  ],
  [
    "a new KPI tracker and its review pack",
    (book) => {
      book.applyPlans([trackerPlan(tracker)]);
      return [[reviewPlan(book.snapshot("KPI tracker"), 0)]];
    },
  ],
  [
    "a partly filled KPI tracker",
    () => [[trackerPlan(tracker, { "Customer satisfaction (CSAT)": [{ "2026-02": 0.9 }] })]],
  ],
  ["a new SLA sheet", () => [[slaPlan(sla)]]],
  [
    "a partly filled SLA sheet",
    () => [
      [
        slaPlan(sla, {
          actuals: { Availability: { "2026-01": 0.985 }, "Backup success": { "2026-03": 0.9 } },
        }),
      ],
    ],
  ],
];

describe.each([
  ["Excel on the web (blank = null)", null],
  ["desktop Excel (blank = 0)", 0],
] as const)("on %s", (_, blank) => {
  test.each(SHEETS)("%s has no error cell", (_name, plans) => {
    emptyCells.as = blank;
    try {
      const book = new InBrowserWorkbook(customFunctions);
      for (const group of plans(book)) book.applyPlans(group);
      expect(errorCells(book)).toEqual([]);
    } finally {
      emptyCells.as = null;
    }
  });
});
