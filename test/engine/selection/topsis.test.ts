import fc from "fast-check";
import { topsis } from "../../../src/engine/selection/topsis";
import { expectFailure } from "../../support/engine";

describe("topsis (MSP.TOPSIS)", () => {
  test("worked 2 × 2 example: closeness 1/3 and 2/3", () => {
    // r = [[0.6, 0.8], [0.8, 0.6]], w = [2/3, 1/3]; v = [[0.4, 0.533], [0.267, 0.2]];
    // D⁺ = (0.133, 0.067), D⁻ = (0.067, 0.133).
    const c = topsis(
      [
        [3, 4],
        [4, 3],
      ],
      [2, 1],
      ["higher", "higher"]
    );
    expect(c[0]).toBeCloseTo(1 / 3, 12);
    expect(c[1]).toBeCloseTo(2 / 3, 12);
  });

  test("lower is better flips a criterion", () => {
    const c = topsis(
      [
        [3, 4],
        [4, 3],
      ],
      [2, 1],
      ["lower", "lower"]
    );
    expect(c[0]).toBeCloseTo(2 / 3, 12);
    expect(c[1]).toBeCloseTo(1 / 3, 12);
  });

  test("a provider best on every criterion scores 1, the worst on every one 0", () => {
    const c = topsis(
      [
        [9, 1, 5],
        [100, 300, 200],
      ],
      [1, 1],
      ["higher", "lower"]
    );
    expect(c[0]).toBe(1);
    expect(c[1]).toBe(0);
    expect(c[2]).toBeGreaterThan(0);
    expect(c[2]).toBeLessThan(1);
  });

  test("identical providers: 0.5", () => {
    expect(
      topsis(
        [
          [3, 3],
          [2, 2],
        ],
        [1, 1],
        ["higher", "lower"]
      )
    ).toEqual([0.5, 0.5]);
  });

  test("a criterion of zeros is #DIV/0!; sizes are checked", () => {
    expectFailure(
      () =>
        topsis(
          [
            [1, 2],
            [0, 0],
          ],
          [1, 1],
          ["higher", "higher"]
        ),
      "div0",
      "criterion 2"
    );
    expectFailure(() => topsis([[1, 2]], [1, 1], ["higher"]), "value", "weights has 2 cells");
    expectFailure(() => topsis([[1, 2]], [1], []), "value", "directions has 0 cells");
    expectFailure(() => topsis([[1, 2]], [-1], ["higher"]), "num");
  });

  test("property: closeness always lies in [0, 1]", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 8 }),
        fc.infiniteStream(fc.double({ min: 0.01, max: 1000, noNaN: true })),
        fc.infiniteStream(fc.constantFrom<"higher" | "lower">("higher", "lower")),
        (c, p, values, dirs) => {
          const m = Array.from({ length: c }, () =>
            Array.from({ length: p }, () => values.next().value)
          );
          const w = Array.from({ length: c }, () => values.next().value);
          const d = Array.from({ length: c }, () => dirs.next().value);
          for (const x of topsis(m, w, d)) {
            expect(x).toBeGreaterThanOrEqual(0);
            expect(x).toBeLessThanOrEqual(1);
          }
        }
      )
    );
  });
});

describe("topsis with eligible (excluded providers take no part)", () => {
  const m = [
    [3, 5, 4],
    [4, 5, 3],
  ];
  const w = [2, 1];
  const d: ("higher" | "lower")[] = ["higher", "higher"];

  test("an excluded provider is null and changes nobody else's closeness", () => {
    const among = topsis(
      m.map((r) => [r[0], r[2]]),
      w,
      d
    );
    expect(topsis(m, w, d, [3.9, "Excluded", 3.85])).toEqual([among[0], null, among[1]]);
  });

  test("numbers, TRUE and yes/pass/y take part; FALSE, blank and other text do not", () => {
    const take = (cell: unknown) => topsis(m, w, d, [1, cell, true])[1] !== null;
    expect([2, 0, true, "yes", " PASS ", "y"].map(take)).toEqual(Array(6).fill(true));
    expect([false, null, "", "no", "Excluded"].map(take)).toEqual(Array(5).fill(false));
  });

  test('fewer than two eligible providers: null (shown "") for every provider', () => {
    expect(topsis(m, w, d, ["Excluded", "no", 4])).toEqual([null, null, null]);
    expect(topsis(m, w, d, [null, null, null])).toEqual([null, null, null]);
  });

  test("eligible must have one cell per provider", () => {
    expectFailure(() => topsis(m, w, d, [1, 2]), "value", "eligible has 2 cells");
  });
});
