import fc from "fast-check";
import { tierCredit } from "../../../src/engine/sla/tierCredit";
import { expectFailure } from "../../support/engine";

describe("tierCredit (MSP.SLA.TIERCREDIT)", () => {
  const thresholds = [0.9999, 0.99, 0.95];
  const pcts = [0.1, 0.3, 1];

  test("the most severe breached tier (the reference's tier table)", () => {
    expect(tierCredit(0.99995, thresholds, pcts)).toBe(0);
    expect(tierCredit(0.995, thresholds, pcts)).toBe(0.1);
    expect(tierCredit(0.985, thresholds, pcts)).toBe(0.3);
    expect(tierCredit(0.9, thresholds, pcts)).toBe(1);
  });

  test("strictly below: exactly on a threshold is not a breach", () => {
    expect(tierCredit(0.99, thresholds, pcts)).toBe(0.1);
    expect(tierCredit(0.9999, thresholds, pcts)).toBe(0);
  });

  test("thresholds in any order; × fee when given", () => {
    expect(tierCredit(0.985, [0.95, 0.9999, 0.99], [1, 0.1, 0.3], 50000)).toBe(15000);
  });

  test("lower is better: strictly above a threshold breaches it", () => {
    expect(tierCredit(5, [4, 8, 24], [0.05, 0.1, 0.25], null, "lower")).toBe(0.05);
    expect(tierCredit(30, [4, 8, 24], [0.05, 0.1, 0.25], null, "lower")).toBe(0.25);
    expect(tierCredit(4, [4, 8, 24], [0.05, 0.1, 0.25], null, "lower")).toBe(0);
  });

  test("blank rows of the table are skipped; sizes must match", () => {
    expect(tierCredit(0.985, [0.9999, null, 0.99], [0.1, null, 0.3])).toBe(0.3);
    expectFailure(() => tierCredit(0.9, [0.99, 0.95], [0.1]), "value", "2 vs 1");
    expectFailure(() => tierCredit(0.9, [0.99], [null]), "value", "credit_pcts: cell 1 is blank");
  });

  test("property: the credit never decreases as the actual gets worse", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 10000 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 0, max: 10000 }),
        fc.integer({ min: 0, max: 3000 }),
        fc.constantFrom<"higher" | "lower">("higher", "lower"),
        (levels, actual, worsening, direction) => {
          // Credits rise with severity; the table is given shuffled.
          const sorted = [...levels].sort((a, b) => (direction === "higher" ? b - a : a - b));
          const table = sorted.map((t, i) => ({ t: t / 100, p: (i + 1) / 10 })).reverse();
          const th = table.map((r) => r.t);
          const pc = table.map((r) => r.p);
          const a = actual / 100;
          const worse = direction === "higher" ? a - worsening / 100 : a + worsening / 100;
          expect(tierCredit(worse, th, pc, null, direction)).toBeGreaterThanOrEqual(
            tierCredit(a, th, pc, null, direction)
          );
        }
      )
    );
  });
});
