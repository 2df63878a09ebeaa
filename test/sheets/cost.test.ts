/**
 * What the sheets cost Excel to recalculate, counted from their plans (bench/planCost.ts): one
 * custom-function call per row keeps a 200-KPI, 36-month tracker under 1,200 MSP.* cells and a
 * 50-service-level SLA sheet under 400, the default scorecard at its 6, and no chain of MSP.*
 * calls feeding each other longer than before — but for an SLA sheet over several contract years,
 * one more per later year (each year's proposed level builds on the year before).
 */
import { bigSla, bigTracker } from "../../bench/sheets";
import { planCost } from "../../bench/planCost";
import { defaultTracker } from "../../src/sheets/kpi/model";
import { trackerPlan } from "../../src/sheets/kpi/tracker";
import { scorecardPlan } from "../../src/sheets/scorecard/sheet";
import { defaultScorecard } from "../../src/sheets/scorecard/model";
import { slaPlan } from "../../src/sheets/sla/sheet";
import { defaultSla } from "../../src/sheets/sla/model";
import { emptyPlan } from "../../src/sheets/plan/plan";

test.each([
  ["KPI tracker 200 × 36", () => trackerPlan(bigTracker().config), 1200, 2],
  ["KPI tracker 8 × 12", () => trackerPlan(defaultTracker()), 215, 2],
  ["SLA sheet 50 × 36 (three contract years)", () => slaPlan(bigSla().config), 400, 5],
  ["SLA sheet (default, one year)", () => slaPlan(defaultSla()), 40, 3],
  ["scorecard (default)", () => scorecardPlan(defaultScorecard()), 6, 3],
] as const)("%s: MSP.* cells and the longest chain within budget", (_, plan, cells, chain) => {
  const cost = planCost(plan());
  expect(cost.mspCells).toBeLessThanOrEqual(cells);
  expect(cost.longestChain).toBeLessThanOrEqual(chain);
});

test("the chain follows spills and native formulas between calls", () => {
  const p = emptyPlan("t", "Chain");
  p.blocks.push(
    {
      at: "A1",
      cells: [[{ formula: "=MSP.KPI.STATUS(A5:C5,1)", spill: { rows: 1, columns: 3 } }]],
    },
    { at: "A2", cells: [[{ formula: '=IF(B1="",0,1)' }]] },
    { at: "A3", cells: [[{ formula: "=MSP.SLA.TOTAL(A2,100,0.1)" }, { formula: "=SUM(1,2)" }]] }
  );
  expect(planCost(p)).toEqual({ cells: 4, mspCells: 2, longestChain: 2 });
});
