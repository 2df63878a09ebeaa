import { incentive } from "../../../src/engine/sla/incentive";
import { expectFailure } from "../../support/engine";

describe("incentive (MSP.SLA.INCENTIVE)", () => {
  test("linear from 0 at target to max_bonus at stretch", () => {
    expect(incentive(0.9995, 0.999, 1, 5000)).toBe(2500);
    expect(incentive(0.999, 0.999, 1, 5000)).toBe(0);
    expect(incentive(0.95, 0.999, 1, 5000)).toBe(0);
    expect(incentive(1, 0.999, 1, 5000)).toBe(5000);
  });

  test("lower is better mirrors it, with stretch below target", () => {
    expect(incentive(3, 4, 2, 1000, "lower")).toBe(500);
    expect(incentive(1, 4, 2, 1000, "lower")).toBe(1000);
    expect(incentive(5, 4, 2, 1000, "lower")).toBe(0);
  });

  test("stretch = target is #DIV/0!; stretch on the wrong side #NUM!", () => {
    expectFailure(() => incentive(1, 2, 2, 10), "div0");
    expectFailure(() => incentive(1, 2, 1, 10), "num", "above target");
    expectFailure(() => incentive(1, 2, 3, 10, "lower"), "num", "below target");
  });
});
