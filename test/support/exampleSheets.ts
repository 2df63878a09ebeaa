/**
 * Filled-in example sheets shared by tests: a KPI tracker (blank months, a ratio KPI, every
 * year-to-date method), an SLA sheet (every credit model, earn-back, a bonus, continuous
 * improvement, a capped month) and a scorecard (two evaluators, a provider excluded by a
 * must-have).
 */
import type { FunctionMetadata } from "../../src/functions/metadata";
import { ahpPlan } from "../../src/sheets/scorecard/ahp";
import { functionExamplesPlan } from "../../src/sheets/functionExamples";
import { kpi, monthKey, TrackerConfig, TrackerInputs } from "../../src/sheets/kpi/model";
import { reviewPlan } from "../../src/sheets/kpi/review";
import { trackerLayout, trackerPlan, trackerShape } from "../../src/sheets/kpi/tracker";
import type { WorkbookApi } from "../../src/sheets/plan/workbook";
import type { SheetPlan } from "../../src/sheets/plan/plan";
import { scorecardPlan } from "../../src/sheets/scorecard/sheet";
import {
  defaultScorecard,
  ScorecardConfig,
  ScorecardInputs,
} from "../../src/sheets/scorecard/model";
import { slaPlan } from "../../src/sheets/sla/sheet";
import { defaultSla, SlaConfig, SlaInputs } from "../../src/sheets/sla/model";

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

/**
 * An SLA year that exercises everything: a minimum miss, a repeat default (the fourth miss of
 * expected in twelve months), an earn-back, tiers hit exactly on their thresholds, a linear
 * credit, points doubling after a failure and broken by a blank month, a bonus, a capped month, a
 * typed invoice, blank months.
 */
export const slaYear: SlaConfig = (() => {
  const base = defaultSla();
  return {
    ...base,
    name: "SLA year",
    firstMonth: "2026-01",
    serviceLevels: base.serviceLevels.map((s) =>
      s.name === "Availability"
        ? { ...s, incentive: { target: 0.9995, stretch: 1, maxBonus: 1000 } }
        : s
    ),
  };
})();
export const slaYearInputs: SlaInputs = {
  invoice: { "2026-03": 90000 },
  actuals: {
    Availability: months("2026-01", [
      0.9985,
      0.985,
      0.998,
      0.9992,
      0.9989,
      0.9999,
      0.997,
      0.9995,
      0.9995,
      0.9995,
      null,
      0.9996,
    ]),
    "Service desk response": months("2026-01", [
      0.96,
      0.93,
      0.85,
      0.79,
      null,
      0.95,
      0.951,
      0.9,
      0.97,
      0.97,
      0.97,
      0.97,
    ]),
    "Patch compliance": months("2026-01", [
      0.75,
      0.97,
      0.9,
      0.96,
      0.95,
      0.94,
      null,
      0.99,
      0.99,
      0.99,
      0.99,
      0.99,
    ]),
    "Backup success": months("2026-01", [
      0.965,
      0.985,
      0.9975,
      0.999,
      1,
      0.97,
      0.96,
      null,
      0.95,
      0.999,
      0.9999,
      1,
    ]),
  },
};

/**
 * Every kind of sheet, some reading others: the tracker above; an SLA year whose availability is
 * linked to the tracker (typed months override the link); the review pack of the tracker's April;
 * an AHP-weighted scorecard with its AHP sheet; the function examples. Returns the sheets' names.
 */
export async function exampleWorkbook(
  workbook: WorkbookApi,
  functions: readonly FunctionMetadata[]
): Promise<string[]> {
  const created: string[] = [];
  const add = async (plans: SheetPlan[]) =>
    created.push(...(await workbook.createSheets(plans)).sheetNames);
  await add([trackerPlan(tracker, trackerInputs)]);
  const linked: SlaConfig = {
    ...slaYear,
    name: "SLA linked",
    serviceLevels: slaYear.serviceLevels.map((s, i) =>
      i === 0 ? { ...s, linkedKpi: { sheet: tracker.name, kpi: "Availability" } } : s
    ),
  };
  const { Availability, ...others } = slaYearInputs.actuals!;
  const typedLater = Object.fromEntries(
    Object.entries(Availability).filter(([key]) => key >= "2026-05")
  );
  await add([
    slaPlan(
      linked,
      { ...slaYearInputs, actuals: { ...others, Availability: typedLater } },
      {
        [tracker.name]: { config: tracker, layout: trackerLayout(trackerShape(tracker)) },
      }
    ),
  ]);
  const [trackerSheet] = await workbook.readSheets([tracker.name]);
  await add([reviewPlan(trackerSheet, 3)]);
  const ahpCard: ScorecardConfig = { ...card, name: "AHP scorecard", ahp: true };
  await add([
    scorecardPlan(ahpCard, {
      ...cardInputs,
      judgements: {
        Ann: { Cost: { Security: 3 } },
        Bo: { Cost: { Security: 5, "Scope coverage": 2 } },
      },
    }),
    ahpPlan(ahpCard, {
      ...cardInputs,
      judgements: {
        Ann: { Cost: { Security: 3 } },
        Bo: { Cost: { Security: 5, "Scope coverage": 2 } },
      },
    }),
  ]);
  await add([functionExamplesPlan(functions)]);
  return created;
}
