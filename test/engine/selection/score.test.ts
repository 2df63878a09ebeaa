import fc from "fast-check";
import { EngineError } from "../../../src/engine/errors";
import { parseMissing, score, scores } from "../../../src/engine/selection/score";
import { expectFailure } from "../../support/engine";

describe("score (MSP.SCORE)", () => {
  test("weighted mean Σwᵢsᵢ / Σwᵢ; weights need not sum to 1", () => {
    expect(score([4, 3, 5], [0.5, 0.3, 0.2])).toBeCloseTo(3.9, 12);
    expect(score([4, 3, 5], [50, 30, 20])).toBeCloseTo(3.9, 12);
    expect(score([2, 4], [1, 3])).toBe(3.5);
  });

  test("missing: error names the criterion, zero counts 0, skip renormalises", () => {
    expectFailure(() => score([4, null, 5], [1, 1, 2]), "value", "scores: criterion 2 is blank");
    expect(score([4, null, 5], [1, 1, 2], "zero")).toBe(3.5);
    expect(score([4, null, 5], [1, 1, 2], "skip")).toBeCloseTo(14 / 3, 12);
  });

  test("negative weight is #NUM!, all-zero weights #DIV/0!, sizes must match", () => {
    expectFailure(() => score([1, 2], [1, -1]), "num", "weights: cell 2 is negative");
    expectFailure(() => score([1, 2], [0, 0]), "div0", "weights");
    expectFailure(() => score([4, null], [0, 1], "skip"), "div0");
    expectFailure(() => score([1, 2, 3], [1, 1]), "value", "3 vs 2");
  });

  test("parseMissing accepts error/zero/skip in any case, blank = error", () => {
    expect(parseMissing(null)).toBe("error");
    expect(parseMissing(" SKIP ")).toBe("skip");
    expect(parseMissing("Zero")).toBe("zero");
    expectFailure(() => parseMissing("ignore"), "value", "missing: 'ignore'");
    expectFailure(() => parseMissing(1), "value", "missing");
  });

  const criteria = fc
    .integer({ min: 1, max: 12 })
    .chain((n) =>
      fc.tuple(
        fc.array(fc.double({ min: 0, max: 10, noNaN: true }), { minLength: n, maxLength: n }),
        fc.array(fc.double({ min: 0.01, max: 100, noNaN: true }), { minLength: n, maxLength: n }),
        fc.double({ min: 0.001, max: 1000, noNaN: true })
      )
    );

  test("property: scaling every weight leaves the score unchanged", () => {
    fc.assert(
      fc.property(criteria, ([s, w, k]) => {
        const a = score(s, w);
        const b = score(
          s,
          w.map((x) => x * k)
        );
        expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(a)));
      })
    );
  });

  test("property: the score lies between the smallest and the largest score", () => {
    fc.assert(
      fc.property(criteria, ([s, w]) => {
        const r = score(s, w);
        expect(r).toBeGreaterThanOrEqual(Math.min(...s) - 1e-9);
        expect(r).toBeLessThanOrEqual(Math.max(...s) + 1e-9);
      })
    );
  });
});

describe("scores (MSP.SCORES)", () => {
  test("one weighted score per provider column", () => {
    const r = scores(
      [
        [4, 2],
        [3, 5],
        [5, 3],
      ],
      [0.5, 0.3, 0.2]
    );
    expect(r[0]).toBeCloseTo(3.9, 12);
    expect(r[1]).toBeCloseTo(3.1, 12);
  });

  test("a blank score fails only its provider, naming it", () => {
    const r = scores(
      [
        [4, null],
        [3, 5],
      ],
      [1, 1]
    );
    expect(r[0]).toBe(3.5);
    expect(r[1]).toBeInstanceOf(EngineError);
    expect((r[1] as EngineError).message).toBe("matrix: provider 2: criterion 1 is blank");
  });

  test("weights must have one cell per criterion row", () => {
    expectFailure(() => scores([[1, 2]], [1, 1]), "value", "1 criteria rows but weights has 2");
    expectFailure(() => scores([[1, 2]], [0]), "div0");
  });

  test("property: equals score of each column", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 6 }),
        fc.infiniteStream(fc.integer({ min: 0, max: 10 })),
        (c, p, stream) => {
          const m = Array.from({ length: c }, () =>
            Array.from({ length: p }, () => stream.next().value)
          );
          const w = Array.from({ length: c }, () => 1 + stream.next().value);
          const r = scores(m, w);
          r.forEach((v, j) =>
            expect(v).toBeCloseTo(
              score(
                m.map((row) => row[j]),
                w
              ),
              12
            )
          );
        }
      )
    );
  });
});
