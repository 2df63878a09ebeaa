/**
 * Fuzz: every custom function, 10,000 calls each, with random Excel-shaped arguments — numbers
 * (extremes included, no NaN: Excel never sends one), text, booleans, null, "", 0 where a blank
 * would be on desktop, ragged, empty and 1 × 1 ranges — must return a value Excel can show or
 * throw a CustomFunctions.Error. Anything else thrown, or a null/undefined/NaN/ragged result,
 * fails.
 */
import fc from "fast-check";
import { CustomFunctionsError } from "../support/customFunctionsGlobal";
import { customFunctions } from "../support/functions";

const RUNS = 10_000;

const number = fc.oneof(
  fc.constantFrom(
    0,
    -0,
    1,
    -1,
    0.5,
    0.99,
    0.999,
    4,
    9,
    100,
    1e308,
    -1e308,
    5e-324,
    Number.MAX_SAFE_INTEGER
  ),
  fc.integer({ min: -10, max: 10 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
  fc.double({ noNaN: true, noDefaultInfinity: true })
);
const text = fc.oneof(
  fc.constantFrom(
    "higher",
    "lower",
    "HIGHER",
    "yes",
    "pass",
    "y",
    "no",
    "skip",
    "zero",
    "error",
    "ratio",
    "linear",
    "average",
    "sum",
    "last",
    "min",
    "max",
    "5",
    " ",
    "=1+1"
  ),
  fc.string({ maxLength: 12 })
);
const cell = fc.oneof(
  { weight: 6, arbitrary: number },
  { weight: 2, arbitrary: text },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.constantFrom<null | "" | 0>(null, "", 0) }
);
/** Ranges: rectangular (1 × 1 and empty included), ragged, and square 1–9 judgement matrices. */
const range = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .integer({ min: 1, max: 5 })
      .chain((c) =>
        fc.array(fc.array(cell, { minLength: c, maxLength: c }), { minLength: 1, maxLength: 6 })
      ),
  },
  { weight: 1, arbitrary: fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 5 }) },
  { weight: 1, arbitrary: cell.map((c) => [[c]]) },
  { weight: 1, arbitrary: fc.constantFrom([], [[]]) },
  {
    weight: 2,
    arbitrary: fc.integer({ min: 1, max: 5 }).chain((n) =>
      fc.array(
        fc.array(fc.oneof(fc.integer({ min: 1, max: 9 }), fc.constantFrom(null, 0, 1 / 3)), {
          minLength: n,
          maxLength: n,
        }),
        { minLength: n, maxLength: n }
      )
    ),
  }
);
/** A scalar argument: mostly a cell, sometimes a range (an Excel user can pass one). */
const scalar = fc.oneof({ weight: 9, arbitrary: cell }, { weight: 1, arbitrary: range });

/** What Excel can show: a finite number, text, a boolean, or an error. */
function showable(v: unknown): boolean {
  if (v instanceof CustomFunctionsError) return true;
  if (typeof v === "number") return Number.isFinite(v);
  return typeof v === "string" || typeof v === "boolean";
}

describe.each(customFunctions.map((f) => [f.id, f] as const))("fuzz %s", (_id, f) => {
  test(`${RUNS} random calls return a value or a CustomFunctions.Error`, () => {
    const args = f.metadata.parameters.map((p) => {
      const base = p.repeating
        ? fc.array(range, { maxLength: 3 })
        : p.dimensionality === "matrix"
          ? range
          : scalar;
      return p.optional ? fc.oneof(fc.constant(null), base) : base;
    });
    let calls = 0;
    fc.assert(
      fc.property(fc.tuple(...args), (argList) => {
        calls++;
        let result: unknown;
        try {
          result = f.call(...argList);
        } catch (e) {
          if (e instanceof CustomFunctionsError) return;
          throw e;
        }
        if (f.metadata.result.dimensionality === "matrix") {
          expect(Array.isArray(result)).toBe(true);
          const rows = result as unknown[][];
          expect(rows.length).toBeGreaterThan(0);
          for (const r of rows) {
            expect(r.length).toBe(rows[0].length);
            for (const v of r)
              if (!showable(v))
                throw new Error(`unshowable ${String(v)} for ${JSON.stringify(argList)}`);
          }
        } else if (!showable(result)) {
          throw new Error(`unshowable ${String(result)} for ${JSON.stringify(argList)}`);
        }
      }),
      { numRuns: RUNS }
    );
    expect(calls).toBeGreaterThanOrEqual(RUNS);
  });
});

/** One call per row: each function's first argument as a row, a column or a matrix. */
const PER_PERIOD: [string, unknown[]][] = [
  ["KPI.ATTAINMENT", [0.9, "lower"]],
  ["KPI.STATUS", [0.9, 0.05, null]],
  ["SLA.CREDIT", [0.99, 10000, 0.4, 0.5, null]],
  ["SLA.TIERCREDIT", [[[0.9999], [0.99], [0.95]], [[0.1], [0.3], [1]], 50000, null]],
  ["SLA.LINEARCREDIT", [0.98, 1, null, null, "higher"]],
  ["SLA.INCENTIVE", [0.999, 1, 5000, null]],
];

describe.each(PER_PERIOD)("%s on a row, column or matrix", (id, rest) => {
  const f = customFunctions.find((x) => x.id === id)!;
  const single = (v: unknown) => {
    try {
      const r = f.call([[v]], ...rest) as unknown[][];
      return r[0][0];
    } catch (e) {
      return e;
    }
  };
  test("the shape is kept and each element is that cell's own result (errors and blanks included)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 6 }),
        fc.infiniteStream(cell),
        (rows, cols, cells) => {
          const m = Array.from({ length: rows }, () =>
            Array.from({ length: cols }, () => cells.next().value)
          );
          let result: unknown;
          try {
            result = f.call(m, ...rest);
          } catch (e) {
            // An argument error fails the whole call, as it does for one cell.
            expect(e).toBeInstanceOf(CustomFunctionsError);
            return;
          }
          const r = result as unknown[][];
          expect(r.map((row) => row.length)).toEqual(m.map((row) => row.length));
          m.forEach((row, i) =>
            row.forEach((v, j) => {
              const one = single(v);
              if (one instanceof CustomFunctionsError)
                expect((r[i][j] as CustomFunctionsError).code).toBe(one.code);
              else expect(r[i][j]).toEqual(one);
            })
          );
        }
      ),
      { numRuns: 300 }
    );
  });
});
