/**
 * npm run bench — per-call time of the custom functions as Excel calls them (the wrappers,
 * argument checks included), against the budgets of issue #2. Prints a table and one JSON line;
 * exits 1 when a budget is missed. Timing: warm up, then the median of 5 batches.
 */
import * as kpi from "../src/functions/kpi";
import * as selection from "../src/functions/selection";
import * as sla from "../src/functions/sla";

// The custom-functions runtime global, as Excel provides it (only errors are used here).
Object.assign(globalThis, {
  CustomFunctions: {
    Error: class {
      constructor(
        readonly code: string,
        readonly message?: string
      ) {}
    },
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
    },
  },
});

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

const cases: Case[] = [
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
    run: () => sla.slaCredits(months120, 0.995, 0.98, 10000, 0.2),
  },
  {
    name: "MSP.SLA.POINTS, 120 months",
    budgetUs: 1000,
    calls: 2000,
    run: () => sla.slaPoints(months120, 0.995, 0.001, 4),
  },
  {
    name: "MSP.KPI.TREND, 36 months",
    budgetUs: 1000,
    calls: 2000,
    run: () => kpi.kpiTrend(months36),
  },
];

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

const results = cases.map((c) => {
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
  `${pad("case", 30)} ${pad("calls/batch", 12)} ${pad("µs per call", 12)} ${pad("budget µs", 10)} result`
);
for (const r of results) {
  console.log(
    `${pad(r.name, 30)} ${pad(String(r.calls), 12)} ${pad(r.us_per_call.toFixed(3), 12)} ${pad(String(r.budget_us), 10)} ${r.ok ? "ok" : "OVER BUDGET"}`
  );
}
console.log(JSON.stringify({ bench: "functions", node: process.version, results }));
if (results.some((r) => !r.ok)) process.exitCode = 1;
