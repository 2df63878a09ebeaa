/**
 * The function reference: every function has a catalog entry (and only those), and every
 * worked example — shown on the help page — gives its stated result through the real wrapper.
 */
import { CATALOG, exampleFormula, formatResult } from "../../src/functions/catalog";
import { FUNCTIONS, syntax } from "../../src/functions/metadata";
import { CustomFunctionsError } from "../support/customFunctionsGlobal";
import { excelResult, fn } from "../support/functions";

describe("catalog", () => {
  test("documents exactly the functions the metadata lists, in the same order", () => {
    expect(CATALOG.map((d) => d.id)).toEqual(FUNCTIONS.map((f) => f.id));
  });

  test.each(CATALOG.map((d) => [d.id, d] as const))(
    "%s example gives its stated result",
    (id, doc) => {
      const params = FUNCTIONS.find((f) => f.id === id)!.parameters;
      // Omitted optional arguments arrive as null, as from Excel.
      const args = [
        ...doc.example.args,
        ...Array(Math.max(0, params.length - doc.example.args.length)).fill(null),
      ];
      const result = excelResult(() => fn(id)(...args));
      expect(result).not.toBeInstanceOf(CustomFunctionsError);
      const expected = doc.example.result;
      if (Array.isArray(expected)) {
        expect(Array.isArray(result)).toBe(true);
        const r = result as unknown[][];
        expect(r.map((row) => row.length)).toEqual(expected.map((row) => row.length));
        expected.forEach((row, i) => row.forEach((v, j) => expectSame(r[i][j], v)));
      } else {
        expectSame(result, expected);
      }
    }
  );

  function expectSame(actual: unknown, expected: unknown) {
    if (typeof expected === "number") expect(actual as number).toBeCloseTo(expected, 4);
    else expect(actual).toEqual(expected);
  }

  test("examples read as formulas a user can type", () => {
    const score = CATALOG.find((d) => d.id === "SCORE")!;
    expect(exampleFormula(score)).toBe("=MSP.SCORE({4;3;5},{0.5;0.3;0.2})");
    const combine = CATALOG.find((d) => d.id === "AHP.COMBINE")!;
    expect(exampleFormula(combine)).toBe("=MSP.AHP.COMBINE({1,2;0,1},{1,8;0,1})");
    const gate = CATALOG.find((d) => d.id === "GATE")!;
    expect(exampleFormula(gate)).toBe('=MSP.GATE(3.9,{TRUE,"no"})');
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
});
