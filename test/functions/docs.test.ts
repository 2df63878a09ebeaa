/**
 * Each function's documentation, from its JSDoc (src/functions/metadata.ts): every function has a
 * formula, an example and a source, and every example — shown on the help page, in
 * docs/functions.md, in the README and on the examples sheet — gives its stated result through
 * the real wrapper.
 */
import {
  exampleArgs,
  exampleResult,
  formatResult,
  FUNCTIONS,
  GROUPS,
  syntax,
} from "../../src/functions/metadata";
import { CustomFunctionsError } from "../support/customFunctionsGlobal";
import { excelResult, fn } from "../support/functions";

test("every function is documented, in one of the three groups", () => {
  expect(GROUPS).toEqual(["Provider selection", "Monthly KPI review", "Penalties and incentives"]);
  for (const f of FUNCTIONS) {
    expect([f.id, f.formula.length > 10, f.source.length > 10]).toEqual([f.id, true, true]);
    expect(f.example.formula.startsWith(`=MSP.${f.id}(`)).toBe(true);
    expect(f.example.meaning.length).toBeGreaterThan(10);
  }
});

test.each(FUNCTIONS.map((f) => [f.id, f] as const))(
  "%s example gives its stated result",
  (_, f) => {
    const given = exampleArgs(f);
    // Omitted optional arguments arrive as null, as from Excel.
    const args = [...given, ...Array(Math.max(0, f.parameters.length - given.length)).fill(null)];
    const result = excelResult(() => fn(f.id)(...args));
    expect(result).not.toBeInstanceOf(CustomFunctionsError);
    const expected = exampleResult(f);
    if (Array.isArray(expected)) {
      expect(Array.isArray(result)).toBe(true);
      const r = result as unknown[][];
      expect(r.map((row) => row.length)).toEqual(expected.map((row) => row.length));
      expected.forEach((row, i) => row.forEach((v, j) => expectSame(r[i][j], v)));
    } else {
      expectSame(result, expected);
    }
    // The result is written as the reference shows it (4 decimals at most).
    expect(formatResult(expected)).toBe(f.example.result);
  }
);

function expectSame(actual: unknown, expected: unknown) {
  if (typeof expected === "number") expect(actual as number).toBeCloseTo(expected, 4);
  else expect(actual).toEqual(expected);
}

test("examples are read as Excel passes them: ranges as rows of cells, a repeating parameter's ranges as one list", () => {
  const by = (id: string) => FUNCTIONS.find((f) => f.id === id)!;
  expect(exampleArgs(by("SCORE"))).toEqual([
    [[4], [3], [5]],
    [[0.5], [0.3], [0.2]],
  ]);
  expect(exampleArgs(by("GATE"))).toEqual([3.9, [[true, "no"]]]);
  expect(exampleArgs(by("AHP.COMBINE"))).toEqual([
    [
      [
        [1, 2],
        [0, 1],
      ],
      [
        [1, 8],
        [0, 1],
      ],
    ],
  ]);
  expect(formatResult([[1 / 3, 2 / 3]])).toBe("{0.3333,0.6667}");
});

test("syntax shows optional and repeating arguments as Excel does", () => {
  const by = (id: string) => syntax(FUNCTIONS.find((f) => f.id === id)!);
  expect(by("SCORE")).toBe("MSP.SCORE(scores, weights, [missing])");
  expect(by("AHP.COMBINE")).toBe("MSP.AHP.COMBINE(matrix1, [matrix2], …)");
  expect(by("SLA.CREDIT")).toBe(
    "MSP.SLA.CREDIT(actual, minimum, at_risk_amount, allocation, [pool_allocation], [direction])"
  );
});
