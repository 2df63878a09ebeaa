/**
 * The built add-in (npm test builds first): dist/functions.json matches the golden signatures,
 * and dist/functions.js registers every function on its own — loaded alone in a bare JavaScript
 * context that has only `CustomFunctions` and a minimal `Office`.
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import golden from "../golden/functions-signatures.json";

const dist = path.resolve(__dirname, "../../dist");
const read = (file: string) => fs.readFileSync(path.join(dist, file), "utf8");

interface Param {
  name: string;
  dimensionality?: string;
  optional?: boolean;
  repeating?: boolean;
}
interface Fn {
  id: string;
  name: string;
  helpUrl: string;
  description: string;
  parameters: Param[];
  result: { dimensionality?: string; type?: string };
}

describe("dist/functions.json", () => {
  const metadata: { functions: Fn[] } = JSON.parse(read("functions.json"));
  const signature = (f: Fn) => ({
    id: f.id,
    parameters: f.parameters.map((p) =>
      [
        p.name,
        p.dimensionality ?? "scalar",
        p.optional ? "optional" : "required",
        ...(p.repeating ? ["repeating"] : []),
      ].join(" ")
    ),
    result: `${f.result.dimensionality ?? "scalar"} ${f.result.type ?? "any"}`,
  });

  test("holds every function with the golden signatures", () => {
    expect(metadata.functions).toHaveLength(golden.length);
    expect(metadata.functions.map(signature)).toEqual(golden);
  });

  test("every range parameter is a matrix, never a 1-D (repeating) array", () => {
    const ranges = [
      "scores",
      "weights",
      "matrix",
      "lowest",
      "gates",
      "directions",
      "values",
      "actuals",
      "thresholds",
      "credit_pcts",
      "credits",
      "eligible",
      "actual",
      "fee",
      "monthly_fee",
    ];
    for (const f of metadata.functions) {
      for (const p of f.parameters) {
        if (ranges.includes(p.name))
          expect(`${f.id}.${p.name}: ${p.dimensionality}`).toBe(`${f.id}.${p.name}: matrix`);
      }
    }
  });

  test("exactly one repeating parameter: AHP.COMBINE's", () => {
    const repeating = metadata.functions.flatMap((f) =>
      f.parameters.filter((p) => p.repeating).map((p) => `${f.id}.${p.name}`)
    );
    expect(repeating).toEqual(["AHP.COMBINE.matrix"]);
  });

  test("every function has a description, described parameters and a help link to its own section", () => {
    for (const f of metadata.functions) {
      expect(f.description.length).toBeGreaterThan(20);
      f.parameters.forEach((p) =>
        expect((p as { description?: string }).description ?? "").not.toBe("")
      );
      expect(f.helpUrl).toBe(`https://localhost:3000/help.html#MSP.${f.id}`);
      expect(f.name).toBe(f.id);
    }
  });
});

describe("dist/functions.js", () => {
  test("loaded alone, it associates every id listed in functions.json", () => {
    const ids: string[] = JSON.parse(read("functions.json")).functions.map((f: Fn) => f.id);
    const associated = new Map<string, unknown>();
    class CfError {
      constructor(
        readonly code: string,
        readonly message?: string
      ) {}
    }
    const context = vm.createContext({
      CustomFunctions: {
        associate: (id: string, fn: unknown) => associated.set(id, fn),
        Error: CfError,
        ErrorCode: {
          invalidValue: "#VALUE!",
          notAvailable: "#N/A",
          divisionByZero: "#DIV/0!",
          invalidNumber: "#NUM!",
        },
      },
      Office: { onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }) },
    });
    vm.runInContext(read("functions.js"), context, { filename: "functions.js" });
    expect([...associated.keys()].sort()).toEqual([...ids].sort());
    for (const fn of associated.values()) expect(typeof fn).toBe("function");

    // And the registered functions compute: the reference's Texas DIR example, and an error.
    const credit = associated.get("SLA.CREDIT") as (...a: unknown[]) => unknown;
    expect(credit(0.985, 0.99, 10000, 0.4, 0.5, null)).toEqual([[2000]]);
    expect(credit([[0.985, 0.999]], 0.99, 10000, 0.4, 0.5, null)).toEqual([[2000, 0]]);
    const score = associated.get("SCORE") as (...a: unknown[]) => unknown;
    expect(() => score([[1], ["high"]], [[1], [1]], null)).toThrow(CfError);
  });

  test("the task pane page loads the functions and commands too (shared runtime)", () => {
    const html = read("taskpane.html");
    for (const script of ["taskpane.js", "functions.js", "commands.js"])
      expect(html).toContain(script);
    expect(html).toContain("https://officeapis.public.onecdn.static.microsoft/1/office.js");
  });
});
