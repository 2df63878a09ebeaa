import fc from "fast-check";
import { normalize } from "../../../src/engine/selection/normalize";
import { expectFailure } from "../../support/engine";

describe("normalize (MSP.NORMALIZE)", () => {
  test("scale × (value − worst)/(best − worst)", () => {
    expect(normalize(70, 100, 50, 5)).toBeCloseTo(3, 12);
    expect(normalize(75, 50, 100)).toBe(0.5);
    expect(normalize(4, 1, 5, 10)).toBe(7.5);
  });

  test("clamped to [0, scale]", () => {
    expect(normalize(120, 100, 50, 5)).toBe(0);
    expect(normalize(40, 100, 50, 5)).toBe(5);
  });

  test("best = worst is #DIV/0!, negative scale #NUM!", () => {
    expectFailure(() => normalize(1, 2, 2), "div0");
    expectFailure(() => normalize(1, 0, 2, -1), "num", "scale");
  });

  test("property: result always within [0, scale]", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (v, w, b, s) => {
          fc.pre(w !== b);
          const r = normalize(v, w, b, s);
          expect(r).toBeGreaterThanOrEqual(0);
          expect(r).toBeLessThanOrEqual(s);
        }
      )
    );
  });
});
