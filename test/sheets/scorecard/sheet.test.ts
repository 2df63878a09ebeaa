/**
 * The scorecard sheet evaluated as a user sees it (HyperFormula with the MSP.* functions), for a
 * worked example: three providers, a scored criterion, a must-have, a lower-is-better raw value
 * and a price.
 */
import { flipWeights, topsis } from "../../../src/engine";
import { ahpLayout, ahpPlan, ahpShape } from "../../../src/sheets/scorecard/ahp";
import {
  scorecardLayout,
  scorecardPlan,
  scorecardShape,
  PROVIDER_COL,
} from "../../../src/sheets/scorecard/sheet";
import {
  Criterion,
  defaultScorecard,
  ScorecardConfig,
  ScorecardInputs,
} from "../../../src/sheets/scorecard/model";
import { cellAddress } from "../../../src/formula/a1";
import { InBrowserWorkbook } from "../../../src/workbench/workbook";
import { customFunctions } from "../../support/functions";

const criterion = (name: string, weight: number, extra: Partial<Criterion> = {}): Criterion => ({
  category: "General",
  name,
  weight,
  mustHave: false,
  mode: "score",
  notes: "",
  ...extra,
});

const config: ScorecardConfig = {
  name: "Scorecard",
  providers: ["Acme", "Beta", "Core"],
  criteria: [
    criterion("Cost", 40),
    criterion("Security", 30, { mustHave: true, category: "Security & compliance" }),
    criterion("Response time (h)", 20, { mode: "lower" }),
    criterion("Price", 10, { mode: "price" }),
  ],
  scale: 5,
  evaluators: ["Evaluator 1"],
  ahp: false,
  priceMethod: "ratio",
};

const typed: ScorecardInputs = {
  scores: {
    "Evaluator 1": {
      Cost: { Acme: 4, Beta: 3, Core: 5 },
      Security: { Acme: 5, Beta: 4, Core: 2 },
      "Response time (h)": { Acme: 4, Beta: 2, Core: 8 },
      Price: { Acme: 100000, Beta: 120000, Core: 90000 },
    },
  },
  gates: { Security: { Acme: "yes", Beta: "yes", Core: "no" } },
  judgements: {},
};

function build(c: ScorecardConfig, inputs: ScorecardInputs) {
  const book = new InBrowserWorkbook(customFunctions);
  const plans = c.ahp ? [scorecardPlan(c, inputs), ahpPlan(c, inputs)] : [scorecardPlan(c, inputs)];
  const { sheetName, sheetNames } = book.applyPlans(plans);
  const L = scorecardLayout(scorecardShape(c));
  const row = (r: number) =>
    c.providers.map((_, j) => book.value(sheetName, cellAddress(r, PROVIDER_COL + j)));
  return { book, sheetName, sheetNames, L, row };
}

describe("scorecard worked example", () => {
  const { book, sheetName, L, row } = build(config, typed);
  const used = config.criteria.map((_, i) => row(L.results.first + i) as number[]);

  test("scores used: scores as typed, raw values rescaled, bids scored against the lowest", () => {
    expect(used[0]).toEqual([4, 3, 5]);
    expect(used[1]).toEqual([5, 4, 2]);
    // Response time, lower is better: 1 + 4 × (value − 8)/(2 − 8).
    expect(used[2][0]).toBeCloseTo(1 + (4 * 4) / 6, 9);
    expect(used[2].slice(1)).toEqual([5, 1]);
    // Price, ratio: 1 + 4 × 90,000 / bid.
    expect(used[3][0]).toBeCloseTo(4.6, 9);
    expect(used[3][1]).toBeCloseTo(4, 9);
    expect(used[3][2]).toBe(5);
  });

  test("weighted totals, must-have gates, rank and the recommendation", () => {
    const totals = row(L.rows.total) as number[];
    expect(totals[0]).toBeCloseTo(1.6 + 1.5 + 0.2 * (1 + 16 / 6) + 0.46, 9);
    expect(totals[1]).toBeCloseTo(3.8, 9);
    expect(totals[2]).toBeCloseTo(3.3, 9);
    expect(row(L.rows.afterGates)).toEqual([totals[0], totals[1], "Excluded"]);
    expect(row(L.rows.rank)).toEqual([1, 2, "Excluded"]);
    expect(book.value(sheetName, "C3")).toBe("Acme");
    expect(book.value(sheetName, "C4")).toBeCloseTo(totals[0], 9);
    // Weight % shown.
    expect(book.cell(sheetName, L.firstRow, 5).text).toBe("40.0%");
  });

  test("TOPSIS and flip weights are the engine's, among the providers the must-haves keep", () => {
    const after = row(L.rows.afterGates);
    expect(after[2]).toBe("Excluded"); // Core fails Security
    const expected = topsis(
      used,
      [40, 30, 20, 10],
      ["higher", "higher", "higher", "higher"],
      after
    );
    expect(expected[2]).toBeNull();
    row(L.rows.topsis).forEach((v, j) =>
      expected[j] === null ? expect(v).toBe("") : expect(v).toBeCloseTo(expected[j]!, 9)
    );
    const flips = flipWeights(used, [40, 30, 20, 10], after);
    flips.forEach((f, i) => {
      const shown = book.value(sheetName, cellAddress(L.results.first + i, L.flipCol));
      if (f === null) expect(shown).toBe("");
      else expect(shown).toBeCloseTo(f, 9);
    });
  });

  test("if Core passed the must-have it would still rank third; if Acme failed, Beta is recommended", () => {
    const g = L.gates!;
    book.type(sheetName, cellAddress(g.first, PROVIDER_COL + 2), "yes");
    expect(row(L.rows.rank)).toEqual([1, 2, 3]);
    book.type(sheetName, cellAddress(g.first, PROVIDER_COL), "no");
    expect(row(L.rows.rank)).toEqual(["Excluded", 1, 2]);
    expect(book.value(sheetName, "C3")).toBe("Beta");
  });

  test("typing a score updates the total and can change the recommendation", () => {
    book.type(sheetName, cellAddress(L.firstRow, PROVIDER_COL + 1), "5"); // Beta's cost 3 → 5
    expect(row(L.rows.total)[1]).toBeCloseTo(4.6, 9);
  });
});

describe("scorecard while scores are still coming in", () => {
  test("a blank score: that provider's total is blank (no error) and the sheet asks for the scores", () => {
    const partial: ScorecardInputs = JSON.parse(JSON.stringify(typed));
    partial.scores["Evaluator 1"].Cost.Beta = null;
    const { book, sheetName, L, row } = build(config, partial);
    const totals = row(L.rows.total);
    expect(typeof totals[0]).toBe("number");
    expect(totals[1]).toBe("");
    expect(row(L.rows.rank)[1]).toBe("");
    expect(book.value(sheetName, "C3")).toBe("Complete the scores to see a recommendation");
    expect(book.value(sheetName, "D3")).toBe("");
    expect(row(L.rows.topsis)).toEqual(["", "", ""]);
    expect(book.value(sheetName, cellAddress(L.results.first, L.flipCol))).toBe("");
  });

  test("nobody has passed the must-haves yet", () => {
    const noGates = { ...typed, gates: {} };
    const { book, sheetName } = build(config, noGates);
    expect(book.value(sheetName, "C3")).toBe("No provider passes the must-haves yet");
  });
});

describe("several evaluators", () => {
  test("the scorecard uses their average; blank scores of one evaluator are left out", () => {
    const c = { ...config, evaluators: ["Ann", "Bo"] };
    const inputs: ScorecardInputs = JSON.parse(JSON.stringify(typed));
    inputs.scores.Ann = inputs.scores["Evaluator 1"];
    inputs.scores.Bo = { Cost: { Acme: 2, Beta: 5 }, Security: { Acme: 5, Beta: 4, Core: 4 } };
    const { book, sheetName, L, row } = build(c, inputs);
    expect(row(L.results.first)).toEqual([3, 4, 5]);
    expect(row(L.results.first + 1)).toEqual([5, 4, 3]);
    // A raw-value row is typed once, in the main table: empty and grey in Bo's block.
    const rawValue = cellAddress(L.evaluatorBlocks[0].first + 2, PROVIDER_COL);
    expect(book.value(sheetName, rawValue)).toBeNull();
    expect(book.cell(sheetName, L.evaluatorBlocks[0].first + 2, PROVIDER_COL).style).toBe("note");
  });
});

describe("AHP-weighted scorecard", () => {
  const c: ScorecardConfig = { ...config, ahp: true, evaluators: ["Ann"] };

  test("the weights come live from the AHP sheet; equal judgements give equal weights", () => {
    const { book, sheetName, sheetNames, L } = build(c, typed);
    expect(sheetNames).toEqual(["Scorecard", "Scorecard AHP"]);
    for (let i = 0; i < 4; i++)
      expect(book.value(sheetName, cellAddress(L.firstRow + i, 4))).toBeCloseTo(0.25, 12);
    expect(book.value("Scorecard AHP", "E5")).toBeCloseTo(0, 12);
    expect(book.value("Scorecard AHP", "E6")).toBe("Consistent (CR at most 0.10)");
    // Cost 3× as important as everything else: weights 0.5, 1/6, 1/6, 1/6 (consistent).
    const m = ahpLayout(ahpShape(c)).matrices[0].first + 1; // Excel row of the first criterion, Cost
    for (const col of ["C", "D", "E"]) book.type("Scorecard AHP", `${col}${m}`, "3");
    expect(book.value(sheetName, cellAddress(L.firstRow, 4))).toBeCloseTo(0.5, 9);
    expect(book.value("Scorecard AHP", "E5")).toBeCloseTo(0, 9);
    // An inconsistent judgement is flagged.
    book.type("Scorecard AHP", `D${m + 1}`, "9");
    book.type("Scorecard AHP", `E${m + 1}`, "=1/9");
    expect(book.value("Scorecard AHP", "E5")).toBeGreaterThan(0.1);
    expect(book.value("Scorecard AHP", "E6")).toBe("Revisit the judgements (CR above 0.10)");
  });

  test("taken names: both sheets get (2) and the weights follow", () => {
    const book = new InBrowserWorkbook(customFunctions);
    book.applyPlans([scorecardPlan(c), ahpPlan(c)]);
    const second = book.applyPlans([scorecardPlan(c), ahpPlan(c)]);
    expect(second.sheetNames).toEqual(["Scorecard (2)", "Scorecard AHP (2)"]);
    book.type("Scorecard AHP (2)", `C${ahpLayout(ahpShape(c)).matrices[0].first + 1}`, "3");
    expect(book.value("Scorecard (2)", "E6")).not.toBeCloseTo(0.25, 3);
    expect(book.value("Scorecard", "E6")).toBeCloseTo(0.25, 12);
  });

  test("two evaluators' judgements are combined by geometric mean", () => {
    const two: ScorecardConfig = { ...c, evaluators: ["Ann", "Bo"] };
    const inputs: ScorecardInputs = {
      ...typed,
      judgements: { Ann: { Cost: { Security: 2 } }, Bo: { Cost: { Security: 8 } } },
    };
    const { book } = build(two, inputs);
    const combined = ahpLayout(ahpShape(two)).combined!.first + 1;
    expect(book.value("Scorecard AHP", `C${combined}`)).toBeCloseTo(4, 9);
    expect(book.value("Scorecard AHP", `B${combined + 1}`)).toBeCloseTo(0.25, 9);
  });
});

describe("sensitivity when the highest total is excluded by a must-have", () => {
  // B has the highest total but fails Security; A leads C among the providers that can win.
  const c: ScorecardConfig = { ...defaultScorecard(), providers: ["A", "B", "C"] };
  const scores = {
    A: [4, 5, 4, 4, 3, 4, 4, 3, 4, 4],
    B: [5, 2, 5, 5, 5, 4, 4, 4, 4, 5],
    C: [3, 4, 4, 4, 4, 4, 4, 4, 5, 4],
  };
  const inputs: ScorecardInputs = {
    scores: {
      "Evaluator 1": Object.fromEntries(
        c.criteria.map((cr, i) => [
          cr.name,
          Object.fromEntries(c.providers.map((p) => [p, scores[p as "A"][i]])),
        ])
      ),
    },
    gates: { Security: { A: "yes", B: "no", C: "yes" } },
    judgements: {},
  };
  const { book, sheetName, L, row } = build(c, inputs);
  const weights = c.criteria.map((x) => x.weight);
  const used = c.criteria.map((_, i) => row(L.results.first + i) as number[]);

  test("flip weights and TOPSIS are computed among A and C only", () => {
    const totals = row(L.rows.total) as number[];
    expect(totals[1]).toBeGreaterThan(Math.max(totals[0], totals[2]));
    const after = row(L.rows.afterGates);
    expect(after[1]).toBe("Excluded");
    expect(book.value(sheetName, "C3")).toBe("A");
    const among = flipWeights(used, weights, after);
    const everyone = flipWeights(used, weights);
    expect(among).not.toEqual(everyone);
    among.forEach((f, i) => {
      const shown = book.value(sheetName, cellAddress(L.results.first + i, L.flipCol));
      if (f === null) expect(shown).toBe("");
      else expect(shown).toBeCloseTo(f, 9);
    });
    expect(row(L.rows.topsis)[1]).toBe("");
  });

  test("each margin is the flip weight's distance from the current weight, in points; the lead's fragility is stated", () => {
    const total = weights.reduce((a, b) => a + b, 0);
    const among = flipWeights(used, weights, row(L.rows.afterGates));
    const margins = among.map((_, i) =>
      book.value(sheetName, cellAddress(L.results.first + i, L.marginCol))
    );
    among.forEach((f, i) => {
      if (f === null) expect(margins[i]).toBe("");
      else expect(margins[i]).toBeCloseTo((f - weights[i] / total) * 100, 9);
    });
    const fragile = margins.some((m) => typeof m === "number" && Math.abs(m) <= 5);
    expect(book.value(sheetName, "D3")).toMatch(fragile ? /^Fragile lead/ : /^Robust lead/);
    const i = margins.findIndex((m) => typeof m === "number" && Math.abs(m) <= 5);
    if (i >= 0) expect(book.cell(sheetName, L.results.first + i, L.marginCol).fill).toBe("#FFF4CE");
  });
});
