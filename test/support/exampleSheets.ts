/**
 * Filled-in example sheets shared by tests: a KPI tracker (blank months, a ratio KPI, every
 * year-to-date method), an SLA sheet (every credit model, earn-back, a bonus, continuous
 * improvement, a capped month) and a scorecard (two evaluators, a provider excluded by a
 * must-have).
 */
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

const months = (first: string, values: (number | null)[]) =>
  Object.fromEntries(values.map((v, m) => [monthKey(first, m), v]));

export const tracker: TrackerConfig = {
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
export const trackerInputs: TrackerInputs = {
  CSAT: [months("2026-01", [0.92, null, 0.85, 0.8, 0.91, 0.93])],
  "First-contact resolution": [
    months("2026-01", [75, 70, null, 81]),
    months("2026-01", [100, 100, 90, null]),
  ],
  "P1 first response": [months("2026-01", [25, 32, 40, 28, 30])],
  Availability: [months("2026-01", [0.9995, 0.998, 0.9991, 0.9999])],
  Backlog: [months("2026-01", [44, 61, 50])],
};

export const sla: SlaConfig = { ...defaultSla(), firstMonth: "2026-01" };
export const slaInputs: SlaInputs = {
  invoice: { "2026-02": 120000 },
  actuals: {
    Availability: months("2026-01", [0.985, 0.9995, 0.9995, 0.9995, 0.9989, 0.998, 0.9992]),
    "Service desk response": months("2026-01", [0.85, 0.96, 0.92, null, 0.79]),
    "Patch compliance": months("2026-01", [0.75, 0.97, 0.9, 0.96]),
    "Backup success": months("2026-01", [0.965, 0.985, 0.9975, 0.999, 1, 0.97]),
  },
};

export const card: ScorecardConfig = {
  ...defaultScorecard(),
  providers: ["A", "B", "C"],
  evaluators: ["Ann", "Bo"],
};
const scores = {
  A: [4, 5, 4, 4, 3, 4, 4, 3, 4, 4],
  B: [5, 2, 5, 5, 5, 4, 4, 4, 4, 5],
  C: [3, 4, 4, 4, 4, 4, 4, 4, 5, 4],
};
export const cardInputs: ScorecardInputs = {
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

/** The example sheets, by the name tests know them by. */
export const EXAMPLE_SHEETS: [string, SheetPlan][] = [
  ["KPI tracker", trackerPlan(tracker, trackerInputs)],
  ["SLA sheet", slaPlan(sla, slaInputs)],
  ["scorecard", scorecardPlan(card, cardInputs)],
];
