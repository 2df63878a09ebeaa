import fc from "fast-check";
import { status } from "../../../src/engine/kpi/status";
import { expectFailure } from "../../support/engine";

describe("status (MSP.KPI.STATUS)", () => {
  test("higher: Green at or above target, Amber within tolerance × |target|, else Red", () => {
    expect(status(0.9, 0.9)).toBe("Green");
    expect(status(0.95, 0.9)).toBe("Green");
    expect(status(0.88, 0.9)).toBe("Amber");
    expect(status(0.8, 0.9)).toBe("Red");
  });

  test("lower: Green at or below target, Amber within tolerance, else Red", () => {
    expect(status(30, 30, 0.1, "lower")).toBe("Green");
    expect(status(32, 30, 0.1, "lower")).toBe("Amber");
    expect(status(34, 30, 0.1, "lower")).toBe("Red");
  });

  test("exactly on the amber line is Amber (floating point tolerance)", () => {
    // 0.53 − 0.1 × 0.53 is 0.47700000000000004 in binary floating point: 0.477 is on the line.
    expect(0.53 - 0.1 * 0.53).toBeGreaterThan(0.477);
    expect(status(0.477, 0.53)).toBe("Amber");
    expect(status(0.4769, 0.53)).toBe("Red");
    expect(status(0.855, 0.95)).toBe("Amber");
    // lower: 0.3 + 0.1 × 0.3 is 0.32999999999999996: 0.33 is on the line.
    expect(0.3 + 0.1 * 0.3).toBeLessThan(0.33);
    expect(status(0.33, 0.3, 0.1, "lower")).toBe("Amber");
    expect(status(0.3301, 0.3, 0.1, "lower")).toBe("Red");
    expect(status(4.4, 4, 0.1, "lower")).toBe("Amber");
  });

  test("custom tolerance; zero tolerance has no amber band; negative tolerance #NUM!", () => {
    expect(status(0.85, 0.9, 0.2)).toBe("Amber");
    expect(status(0.89, 0.9, 0)).toBe("Red");
    expectFailure(() => status(1, 1, -0.1), "num", "tolerance");
  });

  test("negative targets use |target| for the band", () => {
    expect(status(-11, -10)).toBe("Amber");
    expect(status(-12, -10)).toBe("Red");
  });

  test("property: a better actual never gets a worse status", () => {
    const rank = { Red: 0, Amber: 1, Green: 2 };
    fc.assert(
      fc.property(
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 500, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (a, t, gain, tol) => {
          expect(rank[status(a + gain, t, tol)]).toBeGreaterThanOrEqual(rank[status(a, t, tol)]);
          expect(rank[status(a - gain, t, tol, "lower")]).toBeGreaterThanOrEqual(
            rank[status(a, t, tol, "lower")]
          );
        }
      )
    );
  });
});
