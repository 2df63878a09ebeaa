/**
 * Golden values: a filled-in KPI tracker, SLA sheet and scorecard evaluated in HyperFormula give
 * exactly the values recorded in test/golden/sheet-values.json — every cell. Restructuring a
 * blueprint (one custom-function call per row, blocks) must not move or change a single number.
 * UPDATE_GOLDEN=1 rewrites the file (only when a change of numbers is intended).
 */
import * as fs from "fs";
import * as path from "path";
import { kpi, monthKey, TrackerConfig, TrackerInputs } from "../../src/sheets/kpiModel";
import { trackerPlan } from "../../src/sheets/kpiTracker";
import type { SheetPlan } from "../../src/sheets/plan";
import { scorecardPlan } from "../../src/sheets/scorecard";
import {
  defaultScorecard,
  ScorecardConfig,
  ScorecardInputs,
} from "../../src/sheets/scorecardModel";
import { slaPlan } from "../../src/sheets/slaCredits";
import { defaultSla, SlaConfig, SlaInputs } from "../../src/sheets/slaModel";
import { InBrowserWorkbook } from "../../src/workbench/workbook";
import { customFunctions } from "../support/functions";

const FILE = path.resolve(__dirname, "../golden/sheet-values.json");

const months = (first: string, values: (number | null)[]) =>
  Object.fromEntries(values.map((v, m) => [monthKey(first, m), v]));

const tracker: TrackerConfig = {
  name: "KPI tracker",
  provider: "Acme IT",
  firstMonth: "2026-01",
  months: 12,
  kpis: [
    kpi("CSAT", "%", "higher", 0.9),
    kpi("First-contact resolution", "%", "higher", 0.75, {
      ratio: { numerator: "Resolved first time", denominator: "Tickets" },
    }),
    kpi("P1 first response", "minutes", "lower", 30),
    kpi("Availability", "%", "higher", 0.999, { tolerance: 0.005, ytd: "min" }),
    kpi("Backlog", "tickets", "lower", 50, { ytd: "last" }),
  ],
};
const trackerInputs: TrackerInputs = {
  CSAT: [months("2026-01", [0.92, null, 0.85, 0.8, 0.91, 0.93])],
  "First-contact resolution": [
    months("2026-01", [75, 70, null, 81]),
    months("2026-01", [100, 100, 90, null]),
  ],
  "P1 first response": [months("2026-01", [25, 32, 40, 28, 30])],
  Availability: [months("2026-01", [0.9995, 0.998, 0.9991, 0.9999])],
  Backlog: [months("2026-01", [44, 61, 50])],
};

const sla: SlaConfig = { ...defaultSla(), firstMonth: "2026-01" };
const slaInputs: SlaInputs = {
  invoice: { "2026-02": 120000 },
  actuals: {
    Availability: months("2026-01", [0.985, 0.9995, 0.9995, 0.9995, 0.9989, 0.998, 0.9992]),
    "Service desk response": months("2026-01", [0.85, 0.96, 0.92, null, 0.79]),
    "Patch compliance": months("2026-01", [0.75, 0.97, 0.9, 0.96]),
    "Backup success": months("2026-01", [0.965, 0.985, 0.9975, 0.999, 1, 0.97]),
  },
};

const card: ScorecardConfig = {
  ...defaultScorecard(),
  providers: ["A", "B", "C"],
  evaluators: ["Ann", "Bo"],
};
const scores = {
  A: [4, 5, 4, 4, 3, 4, 4, 3, 4, 4],
  B: [5, 2, 5, 5, 5, 4, 4, 4, 4, 5],
  C: [3, 4, 4, 4, 4, 4, 4, 4, 5, 4],
};
const cardInputs: ScorecardInputs = {
  scores: {
    Ann: Object.fromEntries(
      card.criteria.map((c, i) => [
        c.name,
        Object.fromEntries(card.providers.map((p) => [p, scores[p as "A"][i]])),
      ])
    ),
    Bo: { Cost: { A: 5, B: 4, C: 3 }, Security: { A: 4, C: 5 } },
  },
  gates: { Security: { A: "yes", B: "no", C: "yes" } },
  judgements: {},
};

const SHEETS: [string, SheetPlan][] = [
  ["KPI tracker", trackerPlan(tracker, trackerInputs)],
  ["SLA sheet", slaPlan(sla, slaInputs)],
  ["scorecard", scorecardPlan(card, cardInputs)],
];

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
