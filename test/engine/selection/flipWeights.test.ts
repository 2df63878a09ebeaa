import fc from "fast-check";
import { flipWeights } from "../../../src/engine/selection/flipWeights";
import { expectFailure } from "../../support/engine";

/** Scores with criterion k's weight moved to x and the others rescaled by (1 − x)/(1 − wₖ). */
function scoresAt(m: number[][], w: number[], k: number, x: number): number[] {
  const total = w.reduce((s, v) => s + v, 0);
  const wn = w.map((v) => v / total);
  const adjusted = wn.map((v, i) => (i === k ? x : (v * (1 - x)) / (1 - wn[k])));
  return m[0].map((_, p) => m.reduce((s, row, i) => s + adjusted[i] * row[p], 0));
}

describe("flipWeights (MSP.FLIPWEIGHTS)", () => {
  test("worked example: at 50% / 50% the two providers tie", () => {
    const r = flipWeights(
      [
        [3, 4],
        [4, 3],
      ],
      [2, 1]
    ) as number[];
    expect(r[0]).toBeCloseTo(0.5, 12);
    expect(r[1]).toBeCloseTo(0.5, 12);
  });

  test("a leader that wins on every criterion never flips: null", () => {
    expect(
      flipWeights(
        [
          [5, 1],
          [5, 1],
        ],
        [1, 1]
      )
    ).toEqual([null, null]);
  });

  test("a criterion holding all the weight: null", () => {
    const r = flipWeights(
      [
        [3, 4],
        [4, 3],
      ],
      [1, 0]
    );
    expect(r[0]).toBeNull();
    expect(r[1]).toBeCloseTo(0.5, 12);
  });

  test("three providers: the flip nearest the current weight", () => {
    // Leader C; challengers A and B tie with it at different weights of criterion 1.
    const m = [
      [5, 4, 1],
      [1, 2, 6],
    ];
    const r = flipWeights(m, [1, 1]);
    const at = scoresAt(m, [1, 1], 0, r[0] as number);
    expect(Math.max(at[0], at[1])).toBeCloseTo(at[2], 9);
    // Scores 3, 3, 3.5. A ties with C at 5/9 ≈ 0.556, B at 4/7 ≈ 0.571: the nearest to 0.5 is A's.
    expect(r[0]).toBeCloseTo(5 / 9, 9);
  });

  test("sizes are checked", () => {
    expectFailure(() => flipWeights([[1, 2]], [1, 2]), "value", "weights has 2 cells");
    expectFailure(() => flipWeights([], []), "value", "empty");
  });

  test("property: at a flip weight the leader and a challenger tie", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 2, max: 6 }),
        fc.infiniteStream(fc.integer({ min: 1, max: 10 })),
        (c, p, ints) => {
          const m = Array.from({ length: c }, () =>
            Array.from({ length: p }, () => ints.next().value)
          );
          const w = Array.from({ length: c }, () => ints.next().value);
          const total = w.reduce((s, v) => s + v, 0);
          const base = scoresAt(m, w, 0, w[0] / total);
          const leader = base.indexOf(Math.max(...base));
          flipWeights(m, w).forEach((x, k) => {
            if (x === null) return;
            expect(x).toBeGreaterThanOrEqual(0);
            expect(x).toBeLessThanOrEqual(1);
            const s = scoresAt(m, w, k, x);
            const tie = s.some((v, b) => b !== leader && Math.abs(v - s[leader]) < 1e-6);
            expect(tie).toBe(true);
          });
        }
      )
    );
  });
});

describe("flipWeights with eligible (the recommendation's sensitivity)", () => {
  // B (excluded by a must-have) has the highest total; A leads C among the providers that can win.
  const m = [
    [5, 5, 3], // Cost: A strong
    [3, 5, 5], // Service: C strong
  ];
  const w = [1, 1];

  test("the leader and its rivals are eligible providers only", () => {
    const all = flipWeights(m, w) as number[];
    const eligible = flipWeights(m, w, [4, "Excluded", 4]) as number[];
    // Without eligible the sheet asked when B would lose its lead; with it, when A and C tie.
    const ac = flipWeights(
      m.map((r) => [r[0], r[2]]),
      w
    );
    expect(eligible).toEqual(ac);
    expect(eligible).not.toEqual(all);
    expect(eligible[0]).toBeCloseTo(0.5, 12);
  });

  test("fewer than two eligible: null for every criterion", () => {
    expect(flipWeights(m, w, [4, "Excluded", false])).toEqual([null, null]);
  });

  test("eligible must have one cell per provider", () => {
    expectFailure(() => flipWeights(m, w, [1]), "value", "eligible has 1 cells");
  });
});
