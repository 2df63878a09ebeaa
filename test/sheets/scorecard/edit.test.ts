/**
 * Keep editing without loss: a scorecard built, then typed into (scores, weights, notes,
 * must-have checks, a user's own cell beside it), then read back and rebuilt with a provider or a
 * criterion added or removed — every typed value is still there.
 */
import { ahpLayout, ahpPlan, ahpShape } from "../../../src/sheets/scorecard/ahp";
import { cellAddress } from "../../../src/formula/a1";
import {
  COL,
  PROVIDER_COL,
  scorecardLayout,
  scorecardPlan,
  scorecardShape,
} from "../../../src/sheets/scorecard/sheet";
import { Criterion, defaultScorecard, ScorecardConfig } from "../../../src/sheets/scorecard/model";
import { readScorecard, rebuildScorecard } from "../../../src/sheets/scorecard/reader";
import { InBrowserWorkbook } from "../../../src/workbench/workbook";
import { plainValue } from "../../../src/sheets/plan/plan";
import { customFunctions } from "../../support/functions";

const base: ScorecardConfig = {
  ...defaultScorecard(),
  criteria: defaultScorecard().criteria.slice(0, 4),
  evaluators: ["Ann", "Bo"],
};
const newCriterion: Criterion = {
  category: "Strategy",
  name: "Innovation",
  weight: 5,
  mustHave: false,
  mode: "score",
  notes: "",
};

function typedScorecard(config = base) {
  const book = new InBrowserWorkbook(customFunctions);
  const { sheetName } = book.applyPlans([scorecardPlan(config)]);
  const L = scorecardLayout(scorecardShape(config));
  // Ann's scores, Bo's scores, a weight changed, a note, must-have checks, a user's own cell.
  config.providers.forEach((_, j) =>
    config.criteria.forEach((_, i) =>
      book.type(sheetName, cellAddress(L.firstRow + i, PROVIDER_COL + j), String(1 + ((i + j) % 5)))
    )
  );
  book.type(sheetName, cellAddress(L.evaluatorBlocks[0].first + 1, PROVIDER_COL + 2), "2");
  book.type(sheetName, cellAddress(L.firstRow + 2, COL.weight), "33");
  book.type(sheetName, cellAddress(L.firstRow + 3, L.notesCol), "Ask for the SOC 2 report");
  book.type(sheetName, cellAddress(L.gates!.first, PROVIDER_COL), "yes");
  book.type(sheetName, cellAddress(L.gates!.first, PROVIDER_COL + 1), "no");
  book.type(sheetName, "Z1", "my own note");
  return { book, sheetName };
}

describe("read back", () => {
  test("the sheet gives back its configuration and every typed value", () => {
    const { book, sheetName } = typedScorecard();
    const { config, inputs } = readScorecard(book.snapshot(sheetName));
    expect(config.providers).toEqual(base.providers);
    expect(config.criteria.map((c) => c.name)).toEqual(base.criteria.map((c) => c.name));
    expect(config.criteria[2].weight).toBe(33);
    expect(config.criteria[3].notes).toBe("Ask for the SOC 2 report");
    expect(config.criteria[1].mustHave).toBe(true);
    expect(config.evaluators).toEqual(["Ann", "Bo"]);
    expect(inputs.scores.Ann.Cost["Provider A"]).toBe(1);
    expect(inputs.scores.Ann["Scope coverage"]["Provider C"]).toBe(1 + ((3 + 2) % 5));
    expect(inputs.scores.Bo.Security["Provider C"]).toBe(2);
    expect(inputs.gates.Security).toEqual({
      "Provider A": "yes",
      "Provider B": "no",
      "Provider C": null,
    });
  });
});

describe("rebuild", () => {
  const keepsEverything = (
    book: InBrowserWorkbook,
    sheetName: string,
    providers: string[],
    criteria: string[]
  ) => {
    const { config, inputs } = readScorecard(book.snapshot(sheetName));
    expect(config.criteria.find((c) => c.name === "Scope coverage")!.notes).toBe(
      "Ask for the SOC 2 report"
    );
    expect(config.criteria.find((c) => c.name === "Service levels & response time")!.weight).toBe(
      33
    );
    for (const p of providers) {
      for (const c of criteria) {
        const i = base.criteria.findIndex((x) => x.name === c);
        const j = base.providers.indexOf(p);
        expect([p, c, inputs.scores.Ann[c][p]]).toEqual([p, c, 1 + ((i + j) % 5)]);
      }
    }
    expect(book.value(sheetName, "Z1")).toBe("my own note");
    return { config, inputs };
  };

  test("add a provider and a criterion: every typed value kept, new cells blank", () => {
    const { book, sheetName } = typedScorecard();
    book.editPlans([sheetName], (s) =>
      rebuildScorecard(s, (c) => ({ ...c, providers: [...c.providers, "Provider D"] }))
    );
    book.editPlans([sheetName], (s) =>
      rebuildScorecard(s, (c) => ({ ...c, criteria: [...c.criteria, newCriterion] }))
    );
    const { config, inputs } = keepsEverything(
      book,
      sheetName,
      base.providers,
      base.criteria.map((c) => c.name)
    );
    expect(config.providers).toEqual([...base.providers, "Provider D"]);
    expect(config.criteria.map((c) => c.name)).toEqual([
      ...base.criteria.map((c) => c.name),
      "Innovation",
    ]);
    expect(inputs.scores.Ann.Cost["Provider D"]).toBeNull();
    expect(inputs.scores.Bo.Security["Provider C"]).toBe(2);
    expect(inputs.gates.Security["Provider B"]).toBe("no");
    // The totals still compute for the scored providers.
    const L = scorecardLayout(scorecardShape(config));
    // Provider A lacks an Innovation score: a blank total (no error) until it is scored.
    expect(book.value(sheetName, cellAddress(L.rows.total, PROVIDER_COL))).toBe("");
  });

  test("rename a provider and a criterion in the sheet itself: their values follow on the next rebuild", () => {
    const { book, sheetName } = typedScorecard();
    const L = scorecardLayout(scorecardShape(base));
    book.type(sheetName, cellAddress(4, PROVIDER_COL + 1), "Beta Ltd"); // header of Provider B
    book.type(sheetName, cellAddress(L.firstRow + 1, COL.criterion), "Security & compliance"); // was "Security"
    book.editPlans([sheetName], (s) =>
      rebuildScorecard(s, (c) => ({ ...c, providers: [...c.providers, "Provider D"] }))
    );
    const { config, inputs } = readScorecard(book.snapshot(sheetName));
    expect(config.providers).toEqual(["Provider A", "Beta Ltd", "Provider C", "Provider D"]);
    expect(inputs.scores.Ann["Security & compliance"]["Beta Ltd"]).toBe(1 + ((1 + 1) % 5));
    expect(inputs.scores.Bo["Security & compliance"]["Provider C"]).toBe(2);
    expect(inputs.gates["Security & compliance"]).toEqual({
      "Provider A": "yes",
      "Beta Ltd": "no",
      "Provider C": null,
      "Provider D": null,
    });
  });

  test("remove a provider and a criterion: the rest kept", () => {
    const { book, sheetName } = typedScorecard();
    book.editPlans([sheetName], (s) =>
      rebuildScorecard(s, (c) => ({
        ...c,
        providers: c.providers.filter((p) => p !== "Provider B"),
      }))
    );
    book.editPlans([sheetName], (s) =>
      rebuildScorecard(s, (c) => ({ ...c, criteria: c.criteria.filter((x) => x.name !== "Cost") }))
    );
    const { config } = keepsEverything(
      book,
      sheetName,
      ["Provider A", "Provider C"],
      ["Security", "Service levels & response time", "Scope coverage"]
    );
    expect(config.providers).toEqual(["Provider A", "Provider C"]);
  });

  test("a rebuild that would cover a user's cell stops and names it; nothing changes", () => {
    const { book, sheetName } = typedScorecard();
    const L = scorecardLayout(scorecardShape(base));
    // The user typed just right of the results header, where it grows with a new provider.
    const inTheWay = cellAddress(L.results.header, L.marginCol + 1);
    book.type(sheetName, inTheWay, "mine");
    const before = book.snapshot(sheetName).values;
    expect(() =>
      book.editPlans([sheetName], (s) =>
        rebuildScorecard(s, (c) => ({ ...c, providers: [...c.providers, "Provider D"] }))
      )
    ).toThrow(`Cell ${sheetName}!${inTheWay} holds "mine", which MSP Scorecard did not write`);
    expect(book.snapshot(sheetName).values).toEqual(before);
  });

  test("an AHP-weighted scorecard keeps its judgements and its live link when a criterion is added", () => {
    const config: ScorecardConfig = { ...base, ahp: true, evaluators: ["Ann"] };
    const book = new InBrowserWorkbook(customFunctions);
    book.applyPlans([scorecardPlan(config), ahpPlan(config)]);
    const { sheetNames } = book.applyPlans([scorecardPlan(config), ahpPlan(config)]); // "(2)" names
    const m = ahpLayout(ahpShape(config)).matrices[0].first + 1;
    book.type(sheetNames[1], `C${m}`, "3"); // Cost 3× Security
    const weightBefore = book.value(sheetNames[0], "E6") as number;
    expect(weightBefore).toBeGreaterThan(0.3);
    book.editPlans(sheetNames, (s) =>
      rebuildScorecard(s, (c) => ({ ...c, criteria: [...c.criteria, newCriterion] }))
    );
    const read = readScorecard(book.snapshot(sheetNames[0]), book.snapshot(sheetNames[1]));
    expect(plainValue(read.inputs.judgements.Ann.Cost.Security)).toBe(3);
    expect(read.config.criteria).toHaveLength(5);
    // Still linked to its own AHP sheet: five weights summing to 1, Cost still the heaviest.
    const weights = [0, 1, 2, 3, 4].map((i) => book.value(sheetNames[0], `E${6 + i}`) as number);
    expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(Math.max(...weights)).toBe(weights[0]);
    expect(book.value("Scorecard", "E6")).toBeCloseTo(0.25, 9); // the first scorecard untouched
  });
});
