/**
 * docs/functions.md, "Conventions": "Sheets the add-in writes must never depend on a function telling a blank from a 0."
 * Every blueprint, partly filled in (blank months, blank scores), is evaluated twice — empty cells
 * reaching the MSP functions as null (Excel on the web) and as 0 (desktop Excel) — and every cell
 * of every sheet must show the same value both times.
 */
import { FUNCTIONS } from "../../src/functions/metadata";
import { ahpPlan } from "../../src/sheets/scorecard/ahp";
import { functionExamplesPlan } from "../../src/sheets/functionExamples";
import { defaultTracker, monthKey } from "../../src/sheets/kpi/model";
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

/** All sheets' values after applying the plans, with empty cells passed as `blank`. */
function evaluate(blank: null | 0, plans: (book: InBrowserWorkbook) => SheetPlan[][]) {
  emptyCells.as = blank;
  try {
    const book = new InBrowserWorkbook(customFunctions);
    for (const group of plans(book)) book.applyPlans(group);
    return Object.fromEntries(book.sheetNames().map((name) => [name, book.snapshot(name).values]));
  } finally {
    emptyCells.as = null;
  }
}

const tracker = { ...defaultTracker(), firstMonth: "2026-01" };
const months = (values: (number | null)[]) =>
  Object.fromEntries(values.map((v, m) => [monthKey("2026-01", m), v]));
const trackerInputs = {
  "P1 first response": [months([25, null, 45])],
  "First-contact resolution": [months([80, 78]), months([100, null])],
  "Customer satisfaction (CSAT)": [months([0.92, 0.91, null, 0.88])],
};
const scorecard = { ...defaultScorecard(), evaluators: ["Ann", "Bo"], ahp: true };
const scorecardInputs = {
  scores: {
    Ann: { Cost: { "Provider A": 4, "Provider C": 2 }, Security: { "Provider B": 5 } },
    Bo: { Cost: { "Provider A": 2 } },
  },
  gates: { Security: { "Provider A": "yes" } },
  judgements: { Ann: { Cost: { Security: 3 } } },
};
const sla = { ...defaultSla(), firstMonth: "2026-01" };
const slaInputs = {
  actuals: {
    "Service desk response": months([0.85, null, 0.97]),
    "Backup success": months([0.965, 0.985, null, 0.9975]),
  },
};

test.each<[string, (book: InBrowserWorkbook) => SheetPlan[][]]>([
  ["function examples", () => [[functionExamplesPlan(FUNCTIONS)]]],
  [
    "scorecard with AHP, partly scored",
    () => [[scorecardPlan(scorecard, scorecardInputs), ahpPlan(scorecard, scorecardInputs)]],
  ],
  [
    "KPI tracker with gaps, and its review pack",
    (book) => {
      book.applyPlans([trackerPlan(tracker, trackerInputs)]);
      return [[reviewPlan(book.snapshot("KPI tracker"), 2)]];
    },
  ],
  ["SLA credit sheet, partly reported", () => [[slaPlan(sla, slaInputs)]]],
])("%s: the same on desktop Excel as on the web", (_, plans) => {
  const web = evaluate(null, plans);
  const desktop = evaluate(0, plans);
  expect(Object.keys(desktop)).toEqual(Object.keys(web));
  for (const sheet of Object.keys(web))
    expect([sheet, desktop[sheet]]).toEqual([sheet, web[sheet]]);
});
