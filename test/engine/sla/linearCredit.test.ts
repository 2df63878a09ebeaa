import fc from "fast-check";
import { linearCredit } from "../../../src/engine/sla/linearCredit";
import { expectFailure } from "../../support/engine";

describe("linearCredit (MSP.SLA.LINEARCREDIT)", () => {
  test("reference example: target 98%, actual 75%, rate 1 → 0.23", () => {
    expect(linearCredit(0.75, 0.98, 1)).toBe(0.23);
  });

  test("only full steps count: target 30%, actual 10%, step 10% → two full steps", () => {
    expect(0.3 - 0.1).not.toBe(0.2);
    expect(linearCredit(0.1, 0.3, 1, 0.1)).toBeCloseTo(0.2, 15);
    expect(linearCredit(0.15, 0.3, 1, 0.1)).toBeCloseTo(0.1, 15);
  });

  test("no shortfall, no credit; cap limits the credit", () => {
    expect(linearCredit(0.99, 0.98, 1)).toBe(0);
    expect(linearCredit(0.5, 0.98, 1, null, 0.25)).toBe(0.25);
  });

  test("lower is better: shortfall = actual − target", () => {
    expect(linearCredit(6, 4, 0.01, null, null, "lower")).toBeCloseTo(0.02, 15);
    expect(linearCredit(3, 4, 0.01, null, null, "lower")).toBe(0);
  });

  test("bad numbers are #NUM!", () => {
    expectFailure(() => linearCredit(0.5, 0.9, -1), "num", "rate");
    expectFailure(() => linearCredit(0.5, 0.9, 1, 0), "num", "step");
    expectFailure(() => linearCredit(0.5, 0.9, 1, null, -1), "num", "cap");
  });

  test("property: the credit never decreases as the actual gets worse", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.option(fc.constantFrom(0.001, 0.01, 0.05, 0.1), { nil: null }),
        fc.constantFrom<"higher" | "lower">("higher", "lower"),
        (actual, target, worsening, step, direction) => {
          const worse = direction === "higher" ? actual - worsening : actual + worsening;
          expect(linearCredit(worse, target, 1, step, null, direction)).toBeGreaterThanOrEqual(
            linearCredit(actual, target, 1, step, null, direction) - 1e-12
          );
        }
      )
    );
  });
});
