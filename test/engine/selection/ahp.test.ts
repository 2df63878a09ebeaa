import fc from "fast-check";
import {
  ahpCombine,
  ahpConsistencyRatio,
  ahpWeights,
  completePairwise,
  RANDOM_INDEX,
} from "../../../src/engine/selection/ahp";
import { expectFailure } from "../../support/engine";

/** The consistent matrix aᵢⱼ = wᵢ/wⱼ. */
const consistent = (w: number[]) => w.map((wi) => w.map((wj) => wi / wj));
/** Keep the upper triangle (and diagonal); the rest becomes `fill` (blank or 0). */
const upperOnly = (m: number[][], fill: null | 0) =>
  m.map((row, i) => row.map((x, j) => (j >= i ? x : fill)));

describe("AHP (MSP.AHP.WEIGHTS, MSP.AHP.CR)", () => {
  test("a consistent 3 × 3 gives its weights back, CR 0", () => {
    const m = [
      [1, 2, 6],
      [0, 1, 3],
      [0, 0, 1],
    ];
    ahpWeights(m).forEach((w, i) => expect(w).toBeCloseTo([0.6, 0.3, 0.1][i], 12));
    expect(ahpConsistencyRatio(m)).toBeCloseTo(0, 12);
  });

  test("CR of an inconsistent 3 × 3 matches the closed form λmax = 1 + r^⅓ + r^−⅓", () => {
    // For a 3 × 3 reciprocal matrix, λmax = 1 + (a13/(a12·a23))^(1/3) + ((a12·a23)/a13)^(1/3).
    const r = 5 / (3 * 3);
    const lambda = 1 + Math.cbrt(r) + Math.cbrt(1 / r);
    const expected = (lambda - 3) / 2 / 0.58;
    expect(
      ahpConsistencyRatio([
        [1, 3, 5],
        [null, 1, 3],
        [null, null, 1],
      ])
    ).toBeCloseTo(expected, 10);
    expect(expected).toBeCloseTo(0.0332, 4);
  });

  test("weights are the principal eigenvector: (A·w)ᵢ/wᵢ is the same for every i", () => {
    const m = [
      [1, 3, 7, 9],
      [0, 1, 5, 7],
      [0, 0, 1, 3],
      [0, 0, 0, 1],
    ];
    const a = completePairwise(m);
    const w = ahpWeights(m);
    expect(w.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
    const ratios = a.map((row, i) => row.reduce((s, x, j) => s + x * w[j], 0) / w[i]);
    ratios.forEach((q) => expect(q).toBeCloseTo(ratios[0], 9));
    expect(w[0]).toBeGreaterThan(w[1]);
    expect(w[1]).toBeGreaterThan(w[2]);
  });

  test("a full reciprocal matrix and its upper triangle give the same result", () => {
    const full = [
      [1, 3, 5],
      [1 / 3, 1, 3],
      [1 / 5, 1 / 3, 1],
    ];
    const upper = upperOnly(full, 0);
    expect(ahpWeights(full)).toEqual(ahpWeights(upper));
    expect(ahpConsistencyRatio(full)).toBe(ahpConsistencyRatio(upper));
  });

  test("n ≤ 2: CR 0; n = 1: weight 1", () => {
    expect(
      ahpConsistencyRatio([
        [1, 7],
        [null, 1],
      ])
    ).toBe(0);
    expect(
      ahpWeights([
        [1, 3],
        [null, 1],
      ])
    ).toEqual([0.75, 0.25]);
    expect(ahpWeights([[null]])).toEqual([1]);
  });

  test("bad matrices name the cell", () => {
    expectFailure(() => ahpWeights([[1, 2, 3]]), "value", "must be square");
    expectFailure(() => ahpWeights([]), "value", "empty");
    expectFailure(
      () =>
        ahpWeights([
          [1, -2],
          [0, 1],
        ]),
      "value",
      "cell (1, 2) must be positive"
    );
    expectFailure(
      () =>
        ahpWeights([
          [1, 0],
          [0, 1],
        ]),
      "value",
      "cell (1, 2) must be positive"
    );
    expectFailure(
      () =>
        ahpWeights([
          [1, 2],
          [2, 1],
        ]),
      "value",
      "cell (2, 1) is not 1/cell (1, 2)"
    );
    expectFailure(
      () =>
        ahpWeights([
          [1, null],
          [null, 1],
        ]),
      "value",
      "cell (1, 2) is blank"
    );
    expectFailure(
      () =>
        ahpWeights([
          [2, 1],
          [1, 1],
        ]),
      "value",
      "cell (1, 1) on the diagonal must be 1"
    );
    expectFailure(
      () =>
        ahpWeights([
          [1, 2],
          [-0.5, 1],
        ]),
      "value",
      "cell (2, 1) must be positive"
    );
  });

  test("only the lower triangle filled is completed too", () => {
    expect(
      ahpWeights([
        [1, null],
        [1 / 3, 1],
      ])
    ).toEqual(
      ahpWeights([
        [1, 3],
        [null, 1],
      ])
    );
  });

  test("n > 15 is #NUM!; RI has Saaty's 15 values", () => {
    expect(RANDOM_INDEX).toHaveLength(15);
    const m = consistent(Array.from({ length: 16 }, (_, i) => i + 1));
    expectFailure(() => ahpWeights(m), "num", "at most 15");
    expectFailure(() => ahpConsistencyRatio(m), "num");
  });

  const weightVector = fc
    .array(fc.double({ min: 0.05, max: 20, noNaN: true }), { minLength: 1, maxLength: 15 })
    .map((w) => w.map((x) => x / w.reduce((s, y) => s + y, 0)));

  test("property: a consistent matrix aᵢⱼ = wᵢ/wⱼ gives back w with CR ≈ 0, also from its upper triangle", () => {
    fc.assert(
      fc.property(weightVector, fc.constantFrom<null | 0>(null, 0), (w, fill) => {
        for (const m of [consistent(w), upperOnly(consistent(w), fill)]) {
          ahpWeights(m).forEach((x, i) => expect(x).toBeCloseTo(w[i], 9));
          expect(ahpConsistencyRatio(m)).toBeLessThan(1e-9);
        }
      })
    );
  });
});

describe("ahpCombine (MSP.AHP.COMBINE)", () => {
  test("element-wise geometric mean of the completed matrices", () => {
    const c = ahpCombine([
      [
        [1, 2],
        [null, 1],
      ],
      [
        [1, 8],
        [0, 1],
      ],
    ]);
    expect(c[0][1]).toBeCloseTo(4, 12);
    expect(c[1][0]).toBeCloseTo(0.25, 12);
    expect(c[0][0]).toBe(1);
  });

  test("a single matrix is completed and returned", () => {
    expect(
      ahpCombine([
        [
          [1, 4],
          [null, 1],
        ],
      ])
    ).toEqual([
      [1, 4],
      [0.25, 1],
    ]);
  });

  test("matrices must be the same size; each is checked and named", () => {
    expectFailure(
      () =>
        ahpCombine([
          [
            [1, 2],
            [0, 1],
          ],
          [
            [1, 2, 3],
            [0, 1, 2],
            [0, 0, 1],
          ],
        ]),
      "value",
      "matrix2: is 3 × 3"
    );
    expectFailure(
      () =>
        ahpCombine([
          [
            [1, 2],
            [0, 1],
          ],
          [
            [1, -2],
            [0, 1],
          ],
        ]),
      "value",
      "matrix2: cell (1, 2)"
    );
    expectFailure(() => ahpCombine([]), "value", "matrix1");
  });

  test("property: the combination stays reciprocal", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }),
        fc.integer({ min: 1, max: 4 }),
        fc.infiniteStream(fc.constantFrom(1 / 9, 1 / 5, 1 / 3, 1, 2, 3, 5, 7, 9)),
        (n, k, judgements) => {
          const ms = Array.from({ length: k }, () =>
            Array.from({ length: n }, (_, i) =>
              Array.from({ length: n }, (_, j) => (j > i ? judgements.next().value : null))
            )
          );
          const c = ahpCombine(ms);
          for (let i = 0; i < n; i++)
            for (let j = 0; j < n; j++) expect(c[i][j] * c[j][i]).toBeCloseTo(1, 9);
        }
      )
    );
  });
});
