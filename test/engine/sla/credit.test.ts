import { credit } from "../../../src/engine/sla/credit";
import { expectFailure } from "../../support/engine";

describe("credit (MSP.SLA.CREDIT)", () => {
  test("Texas DIR worked example: $10,000 at risk × 40% × 50% pool = $2,000", () => {
    const atRisk = 100000 * 0.1;
    expect(atRisk).toBe(10000);
    expect(credit(0.985, 0.99, atRisk, 0.4, 0.5)).toBe(2000);
  });

  test("no credit when the minimum is met (exactly on it counts as met)", () => {
    expect(credit(0.99, 0.99, 10000, 0.4, 0.5)).toBe(0);
    expect(credit(0.995, 0.99, 10000, 0.4)).toBe(0);
  });

  test("pool_allocation defaults to 1; lower is better misses above the minimum", () => {
    expect(credit(0.5, 0.9, 10000, 0.4)).toBe(4000);
    expect(credit(5, 4, 10000, 0.25, 1, "lower")).toBe(2500);
    expect(credit(4, 4, 10000, 0.25, 1, "lower")).toBe(0);
  });

  test("negative amounts are #NUM!", () => {
    expectFailure(() => credit(0.5, 0.9, -1, 0.4), "num", "at_risk_amount");
    expectFailure(() => credit(0.5, 0.9, 1, -0.4), "num", "allocation");
    expectFailure(() => credit(0.5, 0.9, 1, 0.4, -1), "num", "pool_allocation");
  });
});
