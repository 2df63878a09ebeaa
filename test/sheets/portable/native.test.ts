/**
 * Every non-frozen MSP.* function against its native translation (src/sheets/portable/native.ts),
 * by property: fast-check builds a small sheet — input cells (numbers, blanks, "" from a formula,
 * directions, option texts) and one formula calling the function on them (spilling when it returns
 * a row or column) — makes its portable copy (src/sheets/portable/copy.ts) and checks that every
 * result cell of the copy shows what the original shows, in the same HyperFormula workbook:
 * numbers within 1e-9, text exactly, an error where (and only where) the original shows one (the
 * error's type may differ). Then a few hundred of those copies go to LibreOffice, which must show
 * the original's values too.
 *
 * Arguments come as cells, and now and then as literals in the formula (one-cell numbers, options,
 * directions); options (missing, method, timing) as literal text or a cell, in any case with
 * spaces around, blank, or invalid ("maybe": #VALUE!).
 *
 * What the generators leave out, and why. Inputs the engine rejects with an error that the
 * translations — one formula per cell, no checks beyond what the sheets need — do not repeat:
 * - required numeric arguments (target, minimum, expected, weights' cells, fees…) are numbers,
 *   never blank or text: the engine says #VALUE! ("is blank"), a formula reads a blank as 0;
 * - amounts, rates, allocations, weights, max points, caps, scales and tolerances are not
 *   negative (the engine's #NUM!); band and step are positive; repeat_limit, window, months and
 *   periods are whole numbers in range;
 * - series and scores hold numbers and blanks only (text or TRUE there is the engine's #VALUE!;
 *   SLA.TOTAL's credits, where the engine skips text, do hold text);
 * - direction is "higher"/"lower" (any case, spaces around), 1, -1 or blank (another text is the
 *   engine's #VALUE! for the whole call; the translation reads it as "higher");
 * - arguments have the sizes the function wants (thresholds and credit_pcts alike, a per-period
 *   fee one cell or the shape of the actuals, SLA.TOTAL's fees one cell or one row per period,
 *   ranges that must be one row or column are);
 * - a credit_pct is filled wherever its threshold is; SLA.IMPROVE's level is a fraction ≤ 1;
 * - GATE's total is a number or blank (text or TRUE: the engine's #VALUE!).
 * And where the spreadsheets themselves differ from the engine:
 * - no TRUE among SLA.TOTAL's credits: LibreOffice's SUM counts it as 1 (Excel's and the
 *   engine's skip it);
 * - no subnormal numbers (1 / 5e-324 overflows: the engine's ±Infinity, a spreadsheet's #NUM!).
 *
 * NATIVE_SEED, NATIVE_RUNS and LO_CASES (environment) run other or more cases.
 */
import fc from "fast-check";
import { exampleResult, FUNCTIONS } from "../../../src/functions/metadata";
import { rangeAddress } from "../../../src/formula/a1";
import {
  emptyPlan,
  isFormula,
  planCells,
  PlanCell,
  SheetPlan,
} from "../../../src/sheets/plan/plan";
import { HEADER_ROWS, portablePlan } from "../../../src/sheets/portable/copy";
import { moveRows, numberText, parseFormula, printFormula } from "../../../src/formula/formula";
import { FROZEN } from "../../../src/sheets/portable/native";
import { InBrowserWorkbook } from "../../../src/workbench/workbook";
import { customFunctions } from "../../support/functions";
import { libreOfficeValues } from "../../support/libreoffice";

jest.setTimeout(120_000);

const SEED = Number(process.env.NATIVE_SEED ?? 20261122);
const RUNS = Number(process.env.NATIVE_RUNS ?? 300);

// ---- a case: input cells from A1 down, one formula below them ----

/** An argument: a rectangle of input cells, formula text (a literal), or left out. */
type Arg = { cells: PlanCell[][] } | { text: string } | null;

interface Case {
  fn: string;
  /** The sheet's cells from A1, the formula's row last. */
  cells: PlanCell[][];
  formula: string;
  /** Where the results are: the formula's cell and what it spills over. */
  result: { row: number; col: number; rows: number; columns: number };
}

/** A cell holding "" (a formula's blank), as the functions see a blank. */
const EMPTY_TEXT: PlanCell = { formula: '=""' };

const grid = (cells: PlanCell[][]): Arg => ({ cells });
const one = (v: PlanCell): Arg => ({ cells: [[v]] });
const lit = (text: string): Arg => ({ text });
/** A series as one row or one column. */
const series = (values: PlanCell[], column: boolean): Arg =>
  grid(column ? values.map((v) => [v]) : [values]);

function makeCase(fn: string, args: Arg[], shape = { rows: 1, columns: 1 }): Case {
  const cells: PlanCell[][] = [];
  const texts = args.map((a) => {
    if (a === null) return "";
    if ("text" in a) return a.text;
    const top = cells.length;
    cells.push(...a.cells.map((r) => [...r]));
    return rangeAddress({
      top,
      left: 0,
      bottom: top + a.cells.length - 1,
      right: a.cells[0].length - 1,
    });
  });
  let n = args.length;
  while (n > 0 && args[n - 1] === null) n--;
  const formula = `=MSP.${fn}(${texts.slice(0, n).join(",")})`;
  const spills = shape.rows > 1 || shape.columns > 1;
  const row = cells.length;
  cells.push([spills ? { formula, spill: shape } : { formula }]);
  return { fn, cells, formula, result: { row, col: 0, ...shape } };
}

const shapeOf = (a: Arg) =>
  a && "cells" in a
    ? { rows: a.cells.length, columns: a.cells[0].length }
    : { rows: 1, columns: 1 };

function casePlan(c: Case, name: string): SheetPlan {
  const plan = emptyPlan("native-test", name);
  plan.blocks.push({ at: "A1", cells: c.cells });
  return plan;
}

// ---- comparing values ----

const ERROR = /^#(VALUE!|DIV\/0!|NUM!|N\/A|NAME\?|REF!|NULL!|ERROR!|SPILL!|CALC!|CYCLE!)/;
const isError = (v: unknown) => typeof v === "string" && ERROR.test(v);
/** Errors a correct formula never shows: it does not parse, or calls something unknown. */
const isBroken = (v: unknown) => typeof v === "string" && /^#(NAME\?|ERROR!|REF!|CYCLE!)/.test(v);

/** Why `copy` does not show what `original` shows, or null when it does. */
function mismatch(
  original: unknown,
  copy: unknown,
  tolerance: (x: number) => number
): string | null {
  if (isBroken(original)) return `the original shows ${String(original)}`;
  if (isBroken(copy)) return `the copy shows ${String(copy)}`;
  if (isError(original) || isError(copy))
    return isError(original) && isError(copy) ? null : "an error on one side only";
  if (typeof original === "number" && typeof copy === "number")
    return Math.abs(original - copy) <= tolerance(original) ? null : "numbers differ";
  return original === copy ? null : "values differ";
}
const HF_TOLERANCE = () => 1e-9;
/** LibreOffice keeps 15 significant digits. */
const LO_TOLERANCE = (x: number) => Math.max(1e-9, 1e-13 * Math.abs(x));

/** The results of case `c` at row offset `top` of `original` vs the copy's (moved down HEADER_ROWS). */
function differences(
  c: Case,
  original: unknown[][],
  copy: unknown[][],
  tolerance: (x: number) => number,
  top = 0
): string[] {
  const out: string[] = [];
  const { row, col, rows, columns } = c.result;
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < columns; j++) {
      const r = top + row + i;
      const o = original[r]?.[col + j] ?? "";
      const k = copy[r + HEADER_ROWS]?.[col + j] ?? "";
      const why = mismatch(o, k, tolerance);
      if (why) out.push(`result (${i},${j}): ${why}: ${JSON.stringify(o)} vs ${JSON.stringify(k)}`);
    }
  return out;
}

/** Formulas of a plan, for failure messages. */
const formulasOf = (plan: SheetPlan) =>
  [...planCells(plan)].flatMap(({ cell }) => (isFormula(cell) ? [cell.formula] : []));

const book = new InBrowserWorkbook(customFunctions);

/** The case in HyperFormula, its portable copy beside it: what differs (empty when nothing). */
function check(c: Case): string[] {
  const plan = casePlan(c, "Case");
  const { sheetName } = book.applyPlan(plan);
  const original = book.snapshot(sheetName);
  const copy = portablePlan({ sheet: original, plan, others: [], madeAt: "2026-11-22 10:15" });
  const { sheetName: copyName } = book.applyPlan(copy);
  try {
    const diffs = differences(c, original.values, book.snapshot(copyName).values, HF_TOLERANCE);
    const left = formulasOf(copy).filter((f) => /MSP\./i.test(f));
    if (left.length) diffs.push(`MSP.* left in the copy: ${left.join(" ")}`);
    if (diffs.length) diffs.push(`inputs ${JSON.stringify(c.cells)}`, ...formulasOf(copy));
    return diffs;
  } finally {
    for (const name of [copyName, sheetName])
      book.engine.removeSheet(book.engine.getSheetId(name)!);
  }
}

// ---- generators ----

/** Levels and values where floating point bites: equal levels, 0.1 + 0.2, 0.985 vs 0.99… */
const SPECIAL = [
  0,
  1,
  0.5,
  0.3,
  0.1 + 0.2,
  0.7,
  0.75,
  0.95,
  0.98,
  0.985,
  0.99,
  0.995,
  0.999,
  0.9999,
];
const level = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SPECIAL) },
  { weight: 2, arbitrary: fc.integer({ min: 900, max: 1000 }).map((k) => k / 1000) },
  { weight: 1, arbitrary: fc.integer({ min: -200, max: 1200 }).map((k) => k / 1000) },
  {
    weight: 1,
    // Not subnormal: 1 / 5e-324 overflows, which the engine and a spreadsheet treat differently.
    arbitrary: fc
      .double({ min: -2, max: 2, noNaN: true, noDefaultInfinity: true })
      .filter((x) => x === 0 || Math.abs(x) >= 1e-100),
  }
);
const nonNegative = fc.oneof(
  fc.constantFrom(0, 0.5, 1, 0.2, 0.4, 0.1 + 0.2, 2),
  fc.integer({ min: 0, max: 100 }).map((k) => k / 10)
);
const money = fc.oneof(
  fc.constantFrom(0, 2000, 10000, 100000, 1500.5),
  fc.integer({ min: 0, max: 200000 })
);
/** A blank: an empty cell, or "" from a formula. */
const blank = fc.constantFrom<PlanCell>(null, EMPTY_TEXT);
/** A value or, now and then, a blank. */
const orBlank = (values: fc.Arbitrary<PlanCell>, blanks = 1, filled = 4) =>
  fc.oneof({ weight: filled, arbitrary: values }, { weight: blanks, arbitrary: blank });

/** direction: left out, a literal, or a cell; and whether it says lower is better. */
const directionAndWay: fc.Arbitrary<{ arg: Arg; lower: boolean }> = fc.oneof(
  fc.constant({ arg: null, lower: false }),
  fc
    .constantFrom<[string, boolean]>(
      ['"lower"', true],
      ['"higher"', false],
      ['"Lower"', true],
      ["-1", true],
      ["1", false],
      ['""', false]
    )
    .map(([t, lower]) => ({ arg: lit(t), lower })),
  fc
    .constantFrom<[PlanCell, boolean]>(
      ["higher", false],
      ["lower", true],
      ["HIGHER", false],
      [" Lower ", true],
      [1, false],
      [-1, true],
      [null, false],
      [EMPTY_TEXT, false]
    )
    .map(([v, lower]) => ({ arg: one(v), lower }))
);
const direction: fc.Arbitrary<Arg> = directionAndWay.map((d) => d.arg);
/** An optional number: left out, "" or a literal, or a cell (a number or a blank). */
const optionalNumber = (values: fc.Arbitrary<number>): fc.Arbitrary<Arg> =>
  fc.oneof(
    fc.constant(null),
    fc.constant(lit('""')),
    values.map((v) => lit(String(v))),
    orBlank(values).map(one)
  );
/** An option text: left out, literal or in a cell (any case, spaces around; a blank cell). */
const optionText = (names: string[]): fc.Arbitrary<Arg> => {
  const texts = fc.oneof(
    {
      weight: 8,
      arbitrary: fc.constantFrom(...names, ...names.map((n) => ` ${n.toUpperCase()} `)),
    },
    { weight: 1, arbitrary: fc.constant("maybe") }
  );
  return fc.oneof(
    fc.constant(null),
    texts.map((n) => lit(`"${n}"`)),
    fc.oneof({ weight: 4, arbitrary: texts }, { weight: 1, arbitrary: blank }).map(one)
  );
};
const column = fc.boolean();

/** For the one-call-per-row functions: one cell, or a row, column or matrix of values. */
const firstArgument = (values: fc.Arbitrary<PlanCell>) =>
  fc.oneof(
    { weight: 2, arbitrary: values.map(one) },
    {
      weight: 3,
      arbitrary: fc.array(values, { minLength: 2, maxLength: 6 }).map((v) => series(v, false)),
    },
    {
      weight: 1,
      arbitrary: fc.array(values, { minLength: 2, maxLength: 4 }).map((v) => series(v, true)),
    },
    {
      weight: 1,
      arbitrary: fc
        .array(fc.array(values, { minLength: 2, maxLength: 2 }), { minLength: 2, maxLength: 3 })
        .map(grid),
    }
  );
/** A per-period argument beside `first`: one cell, or (when first is a range) its shape. */
const perPeriod = (first: Arg, values: fc.Arbitrary<PlanCell>): fc.Arbitrary<Arg> => {
  const { rows, columns } = shapeOf(first);
  if (rows * columns === 1) return values.map(one);
  return fc.oneof(
    values.map(one),
    fc
      .array(fc.array(values, { minLength: columns, maxLength: columns }), {
        minLength: rows,
        maxLength: rows,
      })
      .map(grid)
  );
};

const score = fc.oneof(fc.integer({ min: 0, max: 5 }), fc.constantFrom(2.5, 0.1 + 0.2, 3.7));
const weight = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(0.5, 0.3, 0.2, 1, 2, 0.1 + 0.2, 0.25) },
  { weight: 1, arbitrary: fc.constant(0) }
);
const missing = optionText(["error", "zero", "skip"]);

/**
 * The case with some of its one-cell number arguments written into the formula as literals
 * (=MSP.SLA.CREDIT(0.985,0.99,…)): a quarter of them, as the bits of `mask` say. Not those that
 * need an exponent (1E-100): HyperFormula reads none, in the original as in the copy.
 */
function withLiterals(c: Case, mask: number): Case {
  const call = parseFormula(c.formula);
  if (call.t !== "call") return c;
  let k = 0;
  const args = call.args.map((a) => {
    if (a.t !== "ref" || !a.single) return a;
    const v = c.cells[a.range.top]?.[a.range.left];
    if (typeof v !== "number" || ((mask >> (2 * k++)) & 3) !== 0) return a;
    const text = numberText(v);
    return /e/i.test(text) ? a : parseFormula(text);
  });
  const formula = `=${printFormula({ ...call, args })}`;
  const cells = c.cells.map((row) =>
    row.map((cell) => (isFormula(cell) && cell.formula === c.formula ? { ...cell, formula } : cell))
  );
  return { ...c, cells, formula };
}

const BY_FUNCTION: Record<string, fc.Arbitrary<Case>> = {
  SCORE: fc
    .integer({ min: 1, max: 5 })
    .chain((n) =>
      fc.tuple(
        fc.array(orBlank(score), { minLength: n, maxLength: n }),
        fc.array(orBlank(weight, 1, 8), { minLength: n, maxLength: n }),
        column,
        column,
        missing
      )
    )
    .map(([s, w, sc, wc, m]) => makeCase("SCORE", [series(s, sc), series(w, wc), m])),

  SCORES: fc
    .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }))
    .chain(([c, p]) =>
      fc.tuple(
        fc.array(fc.array(orBlank(score, 1, 6), { minLength: p, maxLength: p }), {
          minLength: c,
          maxLength: c,
        }),
        fc.array(orBlank(weight, 1, 8), { minLength: c, maxLength: c }),
        column,
        missing
      )
    )
    .map(([m, w, wc, miss]) =>
      makeCase("SCORES", [grid(m), series(w, wc), miss], { rows: 1, columns: m[0].length })
    ),

  NORMALIZE: fc
    .tuple(
      orBlank(fc.oneof(level, fc.integer({ min: 0, max: 120 }))),
      fc.oneof(level, fc.constantFrom(100, 50, 0)),
      fc.oneof(level, fc.constantFrom(100, 50, 0)),
      optionalNumber(fc.constantFrom(1, 5, 10, 0, 0.5))
    )
    .map(([v, w, b, s]) => makeCase("NORMALIZE", [one(v), one(w), one(b), s])),

  PRICESCORE: fc
    .tuple(
      fc.array(
        orBlank(
          fc.oneof(
            { weight: 4, arbitrary: fc.constantFrom(100000, 120000, 150000, 0.3, 0.1 + 0.2) },
            { weight: 4, arbitrary: fc.integer({ min: 1, max: 300 }) },
            { weight: 1, arbitrary: fc.constantFrom(0, -5) }
          )
        ),
        { minLength: 1, maxLength: 5 }
      ),
      fc.nat(),
      fc.oneof(
        { weight: 1, arbitrary: fc.constant<"bid" | "other" | "single">("other") },
        { weight: 4, arbitrary: fc.constant<"bid" | "other" | "single">("bid") },
        { weight: 2, arbitrary: fc.constant<"bid" | "other" | "single">("single") }
      ),
      orBlank(fc.constantFrom(100000, 150000, 0, -1, 1)),
      fc.constantFrom(30, 100, 0, 1),
      optionText(["ratio", "linear"]),
      column
    )
    .map(([bids, pick, how, other, points, method, col]) => {
      const price = how === "other" ? other : bids[pick % bids.length];
      const lowest = how === "single" ? one(bids[(pick + 1) % bids.length]) : series(bids, col);
      return makeCase("PRICESCORE", [one(price), lowest, one(points), method]);
    }),

  GATE: fc
    .tuple(
      orBlank(fc.oneof(score, fc.constant(0))),
      fc.array(
        fc.oneof(
          {
            weight: 5,
            arbitrary: fc.constantFrom<PlanCell>(true, 1, " Yes ", "yes", "pass", "PASS", "y", "Y"),
          },
          {
            weight: 1,
            arbitrary: fc.constantFrom<PlanCell>(false, 0, 2, "no", "n", "Excluded", "TRUE"),
          },
          { weight: 1, arbitrary: blank }
        ),
        { minLength: 1, maxLength: 4 }
      ),
      column
    )
    .map(([t, g, col]) => makeCase("GATE", [one(t), series(g, col)])),

  "KPI.ATTAINMENT": fc
    .tuple(
      firstArgument(orBlank(fc.oneof(level, fc.integer({ min: 0, max: 60 })))),
      fc.oneof(level, fc.constantFrom(4, 30, -2)),
      direction
    )
    .map(([a, t, d]) => makeCase("KPI.ATTAINMENT", [a, one(t), d], shapeOf(a))),

  "KPI.STATUS": fc
    .tuple(
      firstArgument(orBlank(fc.oneof(level, fc.constantFrom(0.81, 0.88, 0.891, 27, 33, 30)))),
      fc.oneof(level, fc.constantFrom(0.9, 30, -2)),
      optionalNumber(fc.constantFrom(0.1, 0.05, 0, 0.005, 0.1 + 0.2, 1)),
      direction
    )
    .map(([a, t, tol, d]) => makeCase("KPI.STATUS", [a, one(t), tol, d], shapeOf(a))),

  "KPI.TREND": fc
    .tuple(
      fc.array(
        orBlank(
          fc.oneof(
            fc.integer({ min: 95, max: 105 }),
            // Stable exactly at the line: |slope| × (n − 1) = 1% of the mean (99.5, 100.5; 199, 201…).
            fc.constantFrom(99.5, 100.5, 199, 200, 201, 0.995, 1.005, 1, 0.91, 0.93, 0.95),
            fc.constantFrom(0.1 + 0.2, 0.3, 0)
          ),
          1,
          3
        ),
        { minLength: 1, maxLength: 9 }
      ),
      column,
      direction,
      optionalNumber(fc.integer({ min: 2, max: 6 }))
    )
    .map(([v, col, d, p]) => makeCase("KPI.TREND", [series(v, col), d, p])),

  "KPI.YTD": fc
    .tuple(
      fc.array(orBlank(fc.oneof(level, fc.integer({ min: 0, max: 100 })), 1, 3), {
        minLength: 1,
        maxLength: 12,
      }),
      column,
      optionText(["average", "sum", "last", "min", "max"])
    )
    .map(([v, col, m]) => makeCase("KPI.YTD", [series(v, col), m])),

  "SLA.CREDIT": fc
    .tuple(
      firstArgument(orBlank(level)),
      level,
      nonNegative,
      optionalNumber(nonNegative),
      direction
    )
    .chain(([a, min, alloc, pool, d]) =>
      perPeriod(a, orBlank(money, 1, 6)).map((amount) =>
        makeCase("SLA.CREDIT", [a, one(min), amount, one(alloc), pool, d], shapeOf(a))
      )
    ),

  "SLA.CREDITS": fc
    .tuple(
      fc.array(orBlank(fc.constantFrom(0.999, 0.985, 0.995, 0.99, 0.998, 1, 0.9999), 1, 5), {
        minLength: 1,
        maxLength: 16,
      }),
      column,
      fc.constantFrom(0.999, 0.995, 0.99),
      fc.constantFrom(0.99, 0.985, 0.995),
      money,
      nonNegative,
      optionalNumber(fc.integer({ min: 1, max: 4 })),
      optionalNumber(fc.integer({ min: 1, max: 12 })),
      direction
    )
    .map(([v, col, exp, min, risk, alloc, rep, win, d]) => {
      const actuals = series(v, col);
      return makeCase(
        "SLA.CREDITS",
        [actuals, one(exp), one(min), one(risk), one(alloc), rep, win, d],
        shapeOf(actuals)
      );
    }),

  "SLA.TIERCREDIT": fc
    .tuple(
      firstArgument(orBlank(level)),
      fc.array(
        fc.tuple(orBlank(fc.oneof(level, fc.constantFrom(0.9999, 0.99, 0.95)), 1, 5), nonNegative),
        { minLength: 1, maxLength: 4 }
      ),
      column,
      column,
      direction,
      fc.boolean()
    )
    .chain(([a, tiers, tc, pc, d, withFee]) =>
      (withFee ? perPeriod(a, orBlank(money, 1, 6)) : fc.constantFrom<Arg>(null, lit('""'))).map(
        (fee) =>
          makeCase(
            "SLA.TIERCREDIT",
            [
              a,
              series(
                tiers.map(([t]) => t),
                tc
              ),
              series(
                tiers.map(([, p]) => p),
                pc
              ),
              fee,
              d,
            ],
            shapeOf(a)
          )
      )
    ),

  "SLA.LINEARCREDIT": fc
    .tuple(
      firstArgument(orBlank(fc.oneof(level, fc.constantFrom(0.75, 0.97, 0.965, 0.9)))),
      fc.oneof(level, fc.constantFrom(0.98)),
      fc.constantFrom(1, 0.5, 2, 0, 0.1 + 0.2),
      optionalNumber(fc.constantFrom(0.01, 0.005, 0.1, 0.05, 0.1 + 0.2)),
      optionalNumber(fc.constantFrom(0.1, 0.2, 0, 1, 0.05)),
      direction
    )
    .map(([a, t, r, s, cap, d]) =>
      makeCase("SLA.LINEARCREDIT", [a, one(t), one(r), s, cap, d], shapeOf(a))
    ),

  "SLA.POINTS": fc
    .tuple(
      fc.array(orBlank(fc.constantFrom(96.5, 98.5, 99, 97, 100, 101.5, 99.5, 98, 95), 1, 4), {
        minLength: 1,
        maxLength: 8,
      }),
      column,
      fc.constantFrom(99, 98.5, 97),
      fc.constantFrom(1, 0.5, 2, 0.1, 0.3),
      fc.constantFrom(4, 0, 1, 3, 10),
      direction
    )
    .map(([v, col, t, band, max, d]) => {
      const actuals = series(v, col);
      return makeCase("SLA.POINTS", [actuals, one(t), one(band), one(max), d], shapeOf(actuals));
    }),

  "SLA.TOTAL": fc.oneof(
    // One month: credits in a row or column, one fee.
    fc
      .tuple(
        fc.array(orBlank(fc.oneof(money, fc.constant<PlanCell>("n/a"))), {
          minLength: 1,
          maxLength: 5,
        }),
        column,
        money,
        fc.oneof(fc.constantFrom(0.1, 0.12, 0.15, 0, 0.1 + 0.2).map((p) => one(p))),
        fc.constantFrom("0.1", "0.15").map(lit)
      )
      .chain(([c, col, fee, pctCell, pctLit]) =>
        fc
          .constantFrom(pctCell, pctLit)
          .map((pct) => makeCase("SLA.TOTAL", [series(c, col), one(fee), pct]))
      ),
    // Service levels × periods, a row of fees: one capped total per period (or one fee: one
    // total of the whole matrix).
    fc
      .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 2, max: 6 }))
      .chain(([s, p]) =>
        fc.tuple(
          fc.array(fc.array(orBlank(money), { minLength: p, maxLength: p }), {
            minLength: s,
            maxLength: s,
          }),
          fc.array(money, { minLength: p, maxLength: p }),
          fc.constantFrom(0.1, 0.12, 0.15, 0),
          fc.boolean()
        )
      )
      .map(([m, fees, pct, perPeriod]) =>
        perPeriod
          ? makeCase("SLA.TOTAL", [grid(m), series(fees, false), one(pct)], {
              rows: 1,
              columns: fees.length,
            })
          : makeCase("SLA.TOTAL", [grid(m), one(fees[0]), one(pct)])
      )
  ),

  "SLA.EARNBACK": fc
    .integer({ min: 1, max: 9 })
    .chain((n) =>
      fc.tuple(
        fc.array(orBlank(fc.constantFrom(0, 0, 2000, 1500.5, 10000), 1, 5), {
          minLength: n,
          maxLength: n,
        }),
        fc.array(orBlank(fc.constantFrom(0.985, 0.999, 0.998, 0.9985, 1, 0.99), 1, 5), {
          minLength: n,
          maxLength: n,
        }),
        column,
        column,
        fc.constantFrom(0.998, 0.999, 0.99),
        optionalNumber(fc.integer({ min: 1, max: 4 })),
        direction,
        optionText(["credit", "earned"])
      )
    )
    .map(([c, a, cc, ac, exp, months, d, timing]) => {
      const credits = series(c, cc);
      return makeCase(
        "SLA.EARNBACK",
        [credits, series(a, ac), one(exp), months, d, timing],
        shapeOf(credits)
      );
    }),

  // Actuals at fractions of the way from target to stretch (0 and 1 exactly on them); now and
  // then a stretch on the wrong side of the target (#NUM!) or equal to it (#DIV/0!).
  "SLA.INCENTIVE": fc
    .tuple(
      fc.constantFrom(0.999, 0.99, 1, 20, 0.3, 0.1 + 0.2),
      fc.oneof(
        { weight: 8, arbitrary: fc.constantFrom(0.001, 0.0005, 0.01, 5, 0.1 + 0.2) },
        { weight: 1, arbitrary: fc.constant(0) }
      ),
      directionAndWay,
      fc.oneof(
        { weight: 8, arbitrary: fc.constant(false) },
        { weight: 1, arbitrary: fc.constant(true) }
      )
    )
    .chain(([t, gap, d, wrongSide]) => {
      const s = d.lower !== wrongSide ? t - gap : t + gap;
      const actual = fc.oneof(
        fc.constantFrom(-0.5, 0, 0.25, 0.5, 1, 1.5, 1 / 3, 0.7).map((k) => t + k * (s - t)),
        fc.constant(t),
        fc.constant(s),
        level
      );
      return fc
        .tuple(firstArgument(orBlank(actual)), money)
        .map(([a, bonus]) =>
          makeCase("SLA.INCENTIVE", [a, one(t), one(s), one(bonus), d.arg], shapeOf(a))
        );
    }),

  // Mostly actuals above the level (so that the last 12 all are, often), some on it or below.
  "SLA.IMPROVE": fc
    .constantFrom(0.99, 0.995, 0.999, 0.98, 0.3, 1)
    .chain((lv) =>
      fc.tuple(
        fc.constant(lv),
        fc.array(
          orBlank(
            fc.oneof(
              {
                weight: 14,
                arbitrary: fc.constantFrom(0.0005, 0.001, 0.006, 0.01).map((d) => lv + d),
              },
              // On the level (to 9 decimal places), or below it.
              {
                weight: 1,
                arbitrary: fc.constantFrom(lv, lv + (0.1 + 0.2 - 0.3), lv - 0.001, 0.1 + 0.2),
              }
            ),
            1,
            8
          ),
          { minLength: 10, maxLength: 17 }
        ),
        column,
        optionalNumber(fc.constantFrom(0.5, 0.1, 0, 1, 0.25))
      )
    )
    .map(([lv, v, col, step]) => makeCase("SLA.IMPROVE", [one(lv), series(v, col), step])),
};

const GENERATORS: Record<string, fc.Arbitrary<Case>> = Object.fromEntries(
  Object.entries(BY_FUNCTION).map(([fn, arb]) => [
    fn,
    fc.tuple(arb, fc.nat({ max: 2 ** 30 })).map(([c, mask]) => withLiterals(c, mask)),
  ])
);

const NON_FROZEN = customFunctions.map((f) => f.id).filter((id) => !FROZEN.has(id));

test("every non-frozen function has a generator", () => {
  expect(Object.keys(GENERATORS).sort()).toEqual([...NON_FROZEN].sort());
});

describe.each(Object.keys(GENERATORS))("MSP.%s", (fn) => {
  test("its portable copy shows the original's values (HyperFormula)", () => {
    fc.assert(
      fc.property(GENERATORS[fn], (c) => {
        const diffs = check(c);
        if (diffs.length) throw new Error(`${c.formula}\n${diffs.join("\n")}`);
      }),
      { seed: SEED, numRuns: RUNS }
    );
  });
});

const formulaCase = (fn: string, formula: string, shape = { rows: 1, columns: 1 }): Case => {
  const spills = shape.rows > 1 || shape.columns > 1;
  return {
    fn,
    cells: [[spills ? { formula, spill: shape } : { formula }]],
    formula,
    result: { row: 0, col: 0, ...shape },
  };
};

/**
 * The help's example of each function (as the Function examples sheet shows it), with array
 * constants for its ranges. HyperFormula reads no TRUE inside an array constant: GATE's example
 * says 1 there (and a second one lets every gate pass).
 */
const EXAMPLES: Case[] = [
  ...FUNCTIONS.filter((d) => !FROZEN.has(d.id)).map((doc) => {
    const r = exampleResult(doc);
    return formulaCase(
      doc.id,
      doc.example.formula.replace(/\{TRUE,/, "{1,"),
      Array.isArray(r) ? { rows: r.length, columns: r[0].length } : { rows: 1, columns: 1 }
    );
  }),
  formulaCase("GATE", '=MSP.GATE(3.9,{1," Yes ","PASS";"y",1,"yes"})'),
  // Levels that change with the contract year (one per period), across the year end.
  ...[
    "=MSP.SLA.CREDITS({0.9985,0.999,0.9975,0.9992,0.9991,0.9993},{0.999,0.999,0.999,0.9995,0.9995,0.9995},{0.99,0.99,0.99,0.995,0.995,0.995},10000,0.4,3,4)",
    '=MSP.SLA.CREDITS({0.9985;0.999;0.9975;0.9992},{0.999;0.999;0.9995;0.9995},0.99,10000,0.4,2,12,"higher")',
    "=MSP.SLA.POINTS({0.985,0.995,0.994,0.999},{0.99,0.99,0.995,0.995},0.001,4)",
    '=MSP.SLA.EARNBACK({2000,0,0,0,0},{0.985,0.999,0.9992,0.9996,0.9991},{0.999,0.999,0.9995,0.9995,0.9995},3,"higher","earned")',
    "=MSP.SLA.EARNBACK({2000,0,0,0},{0.985,0.999,0.9996,0.9996},{0.999,0.999,0.9995,0.9995},2)",
    "=MSP.SLA.LINEARCREDIT({0.9,0.95,0.97},{0.95,0.96,0.98},1)",
    "=MSP.SLA.INCENTIVE({0.9995,0.9998,0.9999},{0.999,0.999,0.9995},{1,1,0.9999},1000)",
  ].map((formula) => {
    const fn = /MSP\.([A-Z.]+)\(/.exec(formula)![1];
    const n = formula.slice(formula.indexOf("{"), formula.indexOf("}")).split(/[,;]/).length;
    const column = formula.slice(formula.indexOf("{"), formula.indexOf("}")).includes(";");
    return formulaCase(fn, formula, column ? { rows: n, columns: 1 } : { rows: 1, columns: n });
  }),
];

test.each(EXAMPLES.map((e) => [e.formula, e] as const))(
  "%s: its portable copy shows the original's values",
  (_, c) => {
    expect(check(c)).toEqual([]);
  }
);

// ---- LibreOffice: many copies at once ----

const LO_CASES_PER_FUNCTION = Number(process.env.LO_CASES ?? 25);
/** Rows between stacked cases. */
const GAP = 1;

/** Cases stacked down one sheet: where each starts. */
function stackedPlan(name: string, cases: Case[]): { plan: SheetPlan; tops: number[] } {
  const plan = emptyPlan("native-test", name);
  const tops: number[] = [];
  let top = 0;
  for (const c of cases) {
    tops.push(top);
    const cells = c.cells.map((row) =>
      row.map((cell) =>
        isFormula(cell) && top > 0 ? { ...cell, formula: moveRows(cell.formula, top) } : cell
      )
    );
    plan.blocks.push({ at: `A${top + 1}`, cells });
    top += c.cells.length + Math.max(0, c.result.rows - 1) + GAP;
  }
  return { plan, tops };
}

test("LibreOffice shows the original's values in the copies", async () => {
  const lo = new InBrowserWorkbook(customFunctions);
  const groups: [string, Case[]][] = [
    ...Object.keys(GENERATORS).map((fn, i): [string, Case[]] => [
      fn,
      fc.sample(GENERATORS[fn], { seed: SEED + i, numRuns: LO_CASES_PER_FUNCTION }),
    ]),
    ["Examples", EXAMPLES],
  ];
  const sheets = groups.map(([fn, cases]) => {
    const { plan, tops } = stackedPlan(fn.replace(/\./g, " "), cases);
    const { sheetName } = lo.applyPlan(plan);
    const original = lo.snapshot(sheetName);
    const copy = portablePlan({ sheet: original, plan, others: [], madeAt: "2026-11-22 10:15" });
    // The stacked copy in HyperFormula first: one sheet's helper rows serve many cases.
    const hf = lo.snapshot(lo.applyPlan(copy).sheetName).values;
    const hfDiffs = cases.flatMap((c, k) =>
      differences(c, original.values, hf, HF_TOLERANCE, tops[k]).map((d) => `${c.formula}: ${d}`)
    );
    expect([fn, hfDiffs]).toEqual([fn, []]);
    return { fn, cases, tops, original, copy };
  });
  const values = await libreOfficeValues(sheets.map((s) => s.copy));
  const diffs = sheets.flatMap(({ fn, cases, tops, original, copy }) => {
    const computed = values.get(copy.name) ?? [];
    return cases.flatMap((c, k) =>
      differences(c, original.values, computed, LO_TOLERANCE, tops[k]).map(
        (d) => `${fn}: ${c.formula} at row ${tops[k] + 1} of '${copy.name}': ${d}`
      )
    );
  });
  expect(diffs).toEqual([]);
});
