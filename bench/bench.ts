/**
 * npm run bench — prints its figures as tables and one JSON line; exits 1 when a budget is missed.
 *
 * 1. Functions: per-call time of the custom functions as Excel calls them (the wrappers, argument
 *    checks included). Timing: warm up, then the median of 5 batches.
 * 2. Sheet plans: build + apply time of a 10,000-cell plan in the workbench's workbook
 *    (HyperFormula, the same code the workbench page runs, here in Node); the Excel writer's sync
 *    count and largest request for 1,000- and 1,000,000-cell plans (against the strict Excel fake
 *    the writer's tests use, test/support/excelFake.ts).
 */
// The globals the code expects (CustomFunctions, the functions' metadata) come as in the tests;
// the code under measurement is imported after them.
import globalSetup from "../test/support/globalSetup";

type Row = { name: string; figure: number; unit: string; budget: number; ok: boolean };

/** A small deterministic generator, so every run measures the same inputs. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
const rnd = random(42);
const grid = <T>(rows: number, cols: number, f: () => T): T[][] =>
  Array.from({ length: rows }, () => Array.from({ length: cols }, f));
const scale = [1 / 9, 1 / 7, 1 / 5, 1 / 3, 1, 3, 5, 7, 9];
const pairwise = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (j > i ? scale[Math.floor(rnd() * scale.length)] : null))
  );

interface Case {
  name: string;
  budgetUs: number;
  calls: number;
  run: () => unknown;
}

const scores20 = grid(20, 1, () => 1 + Math.floor(rnd() * 5));
const weights20 = grid(20, 1, () => rnd());
const ahp15 = pairwise(15);
const matrix50x200 = grid(50, 200, () => 1 + rnd() * 9);
const weights50 = grid(50, 1, () => rnd());
const directions50 = grid(50, 1, () => (rnd() < 0.3 ? "lower" : "higher"));
const months120 = grid(1, 120, () => 0.97 + rnd() * 0.03);
const months36 = grid(1, 36, () => 0.8 + rnd() * 0.2);

async function functionCases(): Promise<Case[]> {
  const selection = await import("../src/functions/selection");
  const kpi = await import("../src/functions/kpi");
  const sla = await import("../src/functions/sla");
  return [
    {
      name: "MSP.SCORE, 20 criteria",
      budgetUs: 2,
      calls: 100_000,
      run: () => selection.score(scores20, weights20),
    },
    {
      name: "MSP.AHP.WEIGHTS, n = 15",
      budgetUs: 1000,
      calls: 200,
      run: () => selection.ahpWeights(ahp15),
    },
    { name: "MSP.AHP.CR, n = 15", budgetUs: 1000, calls: 200, run: () => selection.ahpCr(ahp15) },
    {
      name: "MSP.TOPSIS, 50 × 200",
      budgetUs: 1000,
      calls: 200,
      run: () => selection.topsis(matrix50x200, weights50, directions50),
    },
    {
      name: "MSP.FLIPWEIGHTS, 50 × 200",
      budgetUs: 1000,
      calls: 200,
      run: () => selection.flipWeights(matrix50x200, weights50),
    },
    {
      name: "MSP.SLA.CREDITS, 120 months",
      budgetUs: 1000,
      calls: 2000,
      run: () => sla.slaCredits(months120, [[0.995]], [[0.98]], 10000, 0.2),
    },
    {
      name: "MSP.SLA.POINTS, 120 months",
      budgetUs: 1000,
      calls: 2000,
      run: () => sla.slaPoints(months120, [[0.995]], 0.001, 4),
    },
    {
      name: "MSP.KPI.TREND, 36 months",
      budgetUs: 1000,
      calls: 2000,
      run: () => kpi.kpiTrend(months36),
    },
  ];
}

function perCallMicroseconds(c: Case): number {
  for (let i = 0; i < Math.min(c.calls, 1000); i++) c.run(); // warm up
  const batches: number[] = [];
  for (let b = 0; b < 5; b++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < c.calls; i++) c.run();
    batches.push(Number(process.hrtime.bigint() - start) / 1000 / c.calls);
  }
  return batches.sort((a, b) => a - b)[2];
}

async function planRows(): Promise<Row[]> {
  const { emptyPlan, checkedPlan } = await import("../src/sheets/plan/plan");
  const { InBrowserWorkbook } = await import("../src/workbench/workbook");
  const { writeNewSheet } = await import("../src/excel/writer");
  const { FakeWorkbook, REQUEST_LIMIT_BYTES, runOn } = await import("../test/support/excelFake");
  /** Write one plan into a new strict Excel fake: the writer's result and the requests Excel got. */
  const fakeWrite = async (plan: ReturnType<typeof emptyPlan>) => {
    const book = new FakeWorkbook();
    const result = await runOn(book, (context) => writeNewSheet(context, plan));
    return { result, requests: book.requests };
  };
  const { customFunctions } = await import("../test/support/functions");
  /**
   * Build a plan and apply it to a fresh workbench workbook (reading one cell forces the values):
   * milliseconds for each step, from the run with the median apply time of three.
   */
  const buildAndApply = (
    build: () => ReturnType<typeof emptyPlan>,
    sheet: string,
    cell: string
  ) => {
    const runs = [0, 1, 2].map(() => {
      const t0 = process.hrtime.bigint();
      const plan = build();
      const t1 = process.hrtime.bigint();
      const book = new InBrowserWorkbook(customFunctions);
      book.applyPlan(plan);
      book.value(sheet, cell);
      return { build: Number(t1 - t0) / 1e6, apply: Number(process.hrtime.bigint() - t1) / 1e6 };
    });
    return runs.sort((a, b) => a.apply - b.apply)[1];
  };
  type Plan = ReturnType<typeof emptyPlan>;

  /** rows × 100 cells: 96 scores and 4 formulas a row (MSP.SCORE, SUM, RANK-like MAX, a label). */
  const scoresPlan = (rows: number): Plan => {
    const plan = emptyPlan("bench", "Bench");
    plan.blocks.push({
      at: "A1",
      cells: Array.from({ length: rows }, (_, r) => {
        const n = r + 1;
        return [
          `Criterion ${n}`,
          ...Array.from({ length: 95 }, (_, c) => 1 + ((r * 7 + c) % 5)),
          { formula: `=MSP.SCORE(B${n}:CR${n},B${n}:CR${n})` },
          { formula: `=SUM(B${n}:CR${n})` },
          { formula: `=MAX(B${n}:CR${n})` },
          { formula: `=CS${n}/CT${n}` },
        ];
      }),
    });
    return checkedPlan(plan);
  };
  const gridPlan = (rows: number, columns: number): Plan => {
    const plan = emptyPlan("bench", "Grid");
    plan.blocks.push({
      at: "A1",
      cells: Array.from({ length: rows }, (_, r) =>
        Array.from({ length: columns }, (_, c) => (r + c) % 5)
      ),
    });
    return plan;
  };

  // Build + apply a 10,000-cell plan in the workbench's workbook: median of 5 fresh workbooks.
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = process.hrtime.bigint();
    const book = new InBrowserWorkbook(customFunctions);
    book.applyPlan(scoresPlan(100));
    book.value("Bench", "CS100"); // force the values
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const applyMs = times.sort((a, b) => a - b)[2];

  // A scorecard of 50 providers × 100 criteria, every score typed: build the plan, apply it in
  // the workbench's workbook (and compute the recommendation); the writer's syncs against a
  // small scorecard's.
  const { scorecardPlan } = await import("../src/sheets/scorecard/sheet");
  const { defaultScorecard } = await import("../src/sheets/scorecard/model");
  const scorecard = (providers: number, criteria: number) => {
    const config = {
      ...defaultScorecard(),
      providers: Array.from({ length: providers }, (_, j) => `Provider ${j + 1}`),
      criteria: Array.from({ length: criteria }, (_, i) => ({
        category: "General",
        name: `Criterion ${i + 1}`,
        weight: 1 + (i % 7),
        mustHave: i === 0,
        mode: "score" as const,
        notes: "",
      })),
    };
    const scores = Object.fromEntries(
      config.criteria.map((c, i) => [
        c.name,
        Object.fromEntries(config.providers.map((p, j) => [p, 1 + ((i + j) % 5)])),
      ])
    );
    const gates = { "Criterion 1": Object.fromEntries(config.providers.map((p) => [p, "yes"])) };
    return { config, inputs: { scores: { "Evaluator 1": scores }, gates, judgements: {} } };
  };
  const big = scorecard(50, 100);
  const { build: scorecardBuildMs, apply: scorecardApplyMs } = buildAndApply(
    () => scorecardPlan(big.config, big.inputs),
    "Scorecard",
    "C3"
  );
  const { result: smallCardResult } = await fakeWrite(scorecardPlan(scorecard(3, 10).config));
  const { result: bigCardResult } = await fakeWrite(scorecardPlan(big.config, big.inputs));
  const sameSyncs = smallCardResult.stats.syncs === bigCardResult.stats.syncs;

  // A KPI tracker of 200 KPIs × 36 months, every actual typed: build, workbench apply, syncs.
  const { trackerPlan } = await import("../src/sheets/kpi/tracker");
  const { slaPlan } = await import("../src/sheets/sla/sheet");
  const sheets = await import("./sheets");
  const tracked = sheets.bigTracker();
  const { build: trackerBuildMs, apply: trackerApplyMs } = buildAndApply(
    () => trackerPlan(tracked.config, tracked.inputs),
    "KPI tracker",
    "C10"
  );
  const { result: smallTrackerResult } = await fakeWrite(trackerPlan(sheets.tracker(8, 12)));
  const { result: bigTrackerResult } = await fakeWrite(trackerPlan(tracked.config, tracked.inputs));
  const sameTrackerSyncs = smallTrackerResult.stats.syncs === bigTrackerResult.stats.syncs;

  // An SLA credit sheet of 50 service levels × 36 months, actuals typed: build and workbench apply.
  const sla = sheets.bigSla();
  const { build: slaBuildMs, apply: slaApplyMs } = buildAndApply(
    () => slaPlan(sla.config, sla.inputs),
    "SLA credits",
    "C10"
  );

  const small = await fakeWrite(gridPlan(10, 100));
  const smallResult = small.result;
  const large = await fakeWrite(gridPlan(1000, 1000));
  const largeResult = large.result;
  const largest = (bytes: number[]) => Math.max(...bytes);
  return [
    {
      name: "SLA sheet 50 × 36: build plan",
      figure: Number(slaBuildMs.toFixed(1)),
      unit: "ms",
      budget: 2000,
      ok: slaBuildMs + slaApplyMs <= 2000,
    },
    {
      name: "SLA sheet 50 × 36: workbench apply",
      figure: Number(slaApplyMs.toFixed(1)),
      unit: "ms",
      budget: 2000,
      ok: slaApplyMs <= 2000,
    },
    {
      name: "KPI tracker 200 × 36: build plan",
      figure: Number(trackerBuildMs.toFixed(1)),
      unit: "ms",
      budget: 2000,
      ok: trackerBuildMs + trackerApplyMs <= 2000,
    },
    {
      name: "KPI tracker 200 × 36: workbench apply",
      figure: Number(trackerApplyMs.toFixed(1)),
      unit: "ms",
      budget: 2000,
      ok: trackerApplyMs <= 2000,
    },
    {
      name: "KPI tracker writer syncs, 8 × 12",
      figure: smallTrackerResult.stats.syncs,
      unit: "syncs",
      budget: bigTrackerResult.stats.syncs,
      ok: sameTrackerSyncs,
    },
    {
      name: "KPI tracker writer syncs, 200 × 36",
      figure: bigTrackerResult.stats.syncs,
      unit: "syncs",
      budget: smallTrackerResult.stats.syncs,
      ok: sameTrackerSyncs,
    },
    {
      name: "scorecard 50 × 100: build plan",
      figure: Number(scorecardBuildMs.toFixed(1)),
      unit: "ms",
      budget: 2000,
      ok: scorecardBuildMs + scorecardApplyMs <= 2000,
    },
    {
      name: "scorecard 50 × 100: workbench apply",
      figure: Number(scorecardApplyMs.toFixed(1)),
      unit: "ms",
      budget: 2000,
      ok: scorecardApplyMs <= 2000,
    },
    {
      name: "scorecard writer syncs, 3 × 10",
      figure: smallCardResult.stats.syncs,
      unit: "syncs",
      budget: bigCardResult.stats.syncs,
      ok: sameSyncs,
    },
    {
      name: "scorecard writer syncs, 50 × 100",
      figure: bigCardResult.stats.syncs,
      unit: "syncs",
      budget: smallCardResult.stats.syncs,
      ok: sameSyncs,
    },
    {
      name: "workbench: build + apply 10,000-cell plan",
      figure: Number(applyMs.toFixed(1)),
      unit: "ms",
      budget: 1000,
      ok: applyMs <= 1000,
    },
    {
      name: "writer: syncs, 1,000 cells",
      figure: smallResult.stats.syncs,
      unit: "syncs",
      budget: largeResult.stats.syncs,
      ok: smallResult.stats.syncs === largeResult.stats.syncs,
    },
    {
      name: "writer: syncs, 1,000,000 cells",
      figure: largeResult.stats.syncs,
      unit: "syncs",
      budget: smallResult.stats.syncs,
      ok: smallResult.stats.syncs === largeResult.stats.syncs,
    },
    {
      name: "writer: largest request, 1,000 cells",
      figure: largest(small.requests),
      unit: "bytes",
      budget: REQUEST_LIMIT_BYTES,
      ok: largest(small.requests) <= REQUEST_LIMIT_BYTES,
    },
    {
      name: "writer: largest request, 1,000,000 cells",
      figure: largest(large.requests),
      unit: "bytes",
      budget: REQUEST_LIMIT_BYTES,
      ok: largest(large.requests) <= REQUEST_LIMIT_BYTES,
    },
  ];
}

/**
 * Custom-function cost of the sheets as planned: MSP.* formula cells (one JavaScript call each on
 * every full recalculation) and the longest chain of MSP.* calls feeding each other. Budgets:
 * issue 11 (tracker 200 × 36 ≤ 1,200; SLA 50 × 36 ≤ 400; the default scorecard's 6 unchanged);
 * chains no longer than before one call per row (tracker 2, SLA sheet 3, scorecard 3) — but an SLA
 * sheet over several contract years adds one per later year: each year's proposed level builds
 * on the year before (50 × 36, three years: 5).
 */
async function costRows(): Promise<Row[]> {
  const { planCost } = await import("./planCost");
  const { bigTracker, bigSla } = await import("./sheets");
  const { trackerPlan } = await import("../src/sheets/kpi/tracker");
  const { defaultTracker } = await import("../src/sheets/kpi/model");
  const { slaPlan } = await import("../src/sheets/sla/sheet");
  const { defaultSla } = await import("../src/sheets/sla/model");
  const { scorecardPlan } = await import("../src/sheets/scorecard/sheet");
  const { defaultScorecard } = await import("../src/sheets/scorecard/model");
  const sheets = [
    { name: "KPI tracker 200 × 36", plan: trackerPlan(bigTracker().config), cells: 1200, chain: 2 },
    {
      name: "KPI tracker 8 × 12 (default)",
      plan: trackerPlan(defaultTracker()),
      cells: 215,
      chain: 2,
    },
    { name: "SLA sheet 50 × 36", plan: slaPlan(bigSla().config), cells: 400, chain: 5 },
    { name: "SLA sheet (default, one year)", plan: slaPlan(defaultSla()), cells: 40, chain: 3 },
    { name: "scorecard (default)", plan: scorecardPlan(defaultScorecard()), cells: 6, chain: 3 },
  ];
  return sheets.flatMap(({ name, plan, cells, chain }) => {
    const cost = planCost(plan);
    return [
      {
        name: `${name}: MSP.* formula cells`,
        figure: cost.mspCells,
        unit: "cells",
        budget: cells,
        ok: cost.mspCells <= cells,
      },
      {
        name: `${name}: longest MSP.* chain`,
        figure: cost.longestChain,
        unit: "calls",
        budget: chain,
        ok: cost.longestChain <= chain,
      },
    ];
  });
}

/**
 * Recalculation in the workbench's HyperFormula after typing one actual into a full sheet
 * (every actual typed): the median of 7 entries, each read back through a dependent cell.
 */
async function recalcRows(): Promise<Row[]> {
  const { InBrowserWorkbook } = await import("../src/workbench/workbook");
  const { customFunctions } = await import("../test/support/functions");
  const { cellAddress } = await import("../src/formula/a1");
  const { bigTracker, bigSla } = await import("./sheets");
  const { trackerPlan, trackerLayout, trackerShape, MONTH_COL } =
    await import("../src/sheets/kpi/tracker");
  const { slaPlan, slaLayout, slaShape } = await import("../src/sheets/sla/sheet");
  const median = (entry: (k: number) => void) => {
    const times = Array.from({ length: 7 }, (_, k) => {
      const start = process.hrtime.bigint();
      entry(k);
      return Number(process.hrtime.bigint() - start) / 1e6;
    });
    return times.sort((a, b) => a - b)[3];
  };
  const tracker = bigTracker();
  const book = new InBrowserWorkbook(customFunctions);
  book.applyPlan(trackerPlan(tracker.config, tracker.inputs));
  const T = trackerLayout(trackerShape(tracker.config));
  const trackerMs = median((k) => {
    book.type("KPI tracker", cellAddress(T.actualRows[0][0], MONTH_COL + 5), String(20 + k));
    book.value("KPI tracker", cellAddress(T.status.first, MONTH_COL + 5));
  });
  const sla = bigSla();
  const slaBook = new InBrowserWorkbook(customFunctions);
  slaBook.applyPlan(slaPlan(sla.config, sla.inputs));
  const S = slaLayout(slaShape(sla.config));
  const slaMs = median((k) => {
    slaBook.type("SLA credits", cellAddress(S.actualRow(0), MONTH_COL + 5), String(0.9 + k / 100));
    slaBook.value("SLA credits", cellAddress(S.net.month, MONTH_COL + 5));
  });
  return [
    {
      name: "recalc after typing one actual, tracker 200 × 36",
      figure: Number(trackerMs.toFixed(1)),
      unit: "ms",
      budget: 50,
      ok: trackerMs <= 50,
    },
    {
      name: "recalc after typing one actual, SLA 50 × 36",
      figure: Number(slaMs.toFixed(1)),
      unit: "ms",
      budget: 50,
      ok: slaMs <= 50,
    },
  ];
}

async function main() {
  await globalSetup();
  await import("../test/support/customFunctionsGlobal");
  const cases = await functionCases();
  const functions = cases.map((c) => {
    const us = perCallMicroseconds(c);
    return {
      name: c.name,
      calls: c.calls,
      us_per_call: Number(us.toFixed(3)),
      budget_us: c.budgetUs,
      ok: us <= c.budgetUs,
    };
  });
  const pad = (s: string, n: number) => s.padEnd(n);
  console.log(
    `${pad("function", 30)} ${pad("calls/batch", 12)} ${pad("µs per call", 12)} ${pad("budget µs", 10)} result`
  );
  for (const r of functions) {
    console.log(
      `${pad(r.name, 30)} ${pad(String(r.calls), 12)} ${pad(r.us_per_call.toFixed(3), 12)} ${pad(String(r.budget_us), 10)} ${r.ok ? "ok" : "OVER BUDGET"}`
    );
  }
  const plans = [...(await planRows()), ...(await costRows()), ...(await recalcRows())];
  console.log(`\n${pad("sheet plans", 52)} ${pad("figure", 14)} ${pad("budget", 12)} result`);
  for (const r of plans) {
    console.log(
      `${pad(r.name, 52)} ${pad(`${r.figure} ${r.unit}`, 14)} ${pad(r.unit === "syncs" ? `= ${r.budget}` : `≤ ${r.budget}`, 12)} ${r.ok ? "ok" : "OVER BUDGET"}`
    );
  }
  console.log(JSON.stringify({ bench: "msp-scorecard", node: process.version, functions, plans }));
  if ([...functions, ...plans].some((r) => !r.ok)) process.exitCode = 1;
}

main();
