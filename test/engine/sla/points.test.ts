import fc from "fast-check";
import { points } from "../../../src/engine/sla/points";
import { expectFailure } from "../../support/engine";

describe("points (MSP.SLA.POINTS)", () => {
  test("reference example: target 99, band 1, max 4: 96.5, 98.5, 96.5 → 3, 2, 6", () => {
    expect(points([96.5, 98.5, 96.5], 99, 1, 4)).toEqual([3, 2, 6]);
  });

  test("floating point: target 99%, actual 98%, band 1% → 1 point", () => {
    expect((0.99 - 0.98) / 0.01).not.toBe(1);
    expect(points([0.98], 0.99, 0.01, 4)).toEqual([1]);
  });

  test("max_points caps the base before doubling; meeting the target scores 0", () => {
    expect(points([90, 90, 99, 90], 99, 1, 4)).toEqual([4, 8, 0, 4]);
  });

  test("a blank period gives null and breaks a repeat run", () => {
    expect(points([97, null, 97], 99, 1, 4)).toEqual([2, null, 2]);
  });

  test("lower is better", () => {
    expect(points([5, 7], 4, 1, 10, "lower")).toEqual([1, 6]);
  });

  test("band must be positive, max_points not negative", () => {
    expectFailure(() => points([1], 2, 0, 4), "num", "band");
    expectFailure(() => points([1], 2, 1, -4), "num", "max_points");
  });

  test("property: a failure right after a failure scores exactly double its base", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 90, max: 100 }), { minLength: 2, maxLength: 24 }),
        (actuals) => {
          const r = points(actuals, 99, 1, 4);
          const single = actuals.map((a) => points([a], 99, 1, 4)[0] as number);
          r.forEach((v, t) => {
            const doubled = t > 0 && single[t - 1] > 0;
            expect(v).toBe(doubled ? 2 * single[t] : single[t]);
          });
        }
      )
    );
  });

  test("targets per period: doubling runs across the contract year end", () => {
    // December misses 99 (3 points), January misses the new target 99.5 by 1 band: doubled, 2.
    expect(points([96.5, 98.5], [99, 99.5], 1, 4)).toEqual([3, 2 * 1]);
  });
});
