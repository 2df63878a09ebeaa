import { attainment } from "../../../src/engine/kpi/attainment";
import { expectFailure } from "../../support/engine";

describe("attainment (MSP.KPI.ATTAINMENT)", () => {
  test("higher: actual / target", () => {
    expect(attainment(0.72, 0.75)).toBeCloseTo(0.96, 12);
    expect(attainment(0.95, 0.9)).toBeCloseTo(0.95 / 0.9, 12);
  });

  test("lower: max(0, 2 − actual / target)", () => {
    expect(attainment(5, 4, "lower")).toBe(0.75);
    expect(attainment(2, 4, "lower")).toBe(1.5);
    expect(attainment(4, 4, "lower")).toBe(1);
    expect(attainment(9, 4, "lower")).toBe(0);
  });

  test("target 0 is #DIV/0!", () => {
    expectFailure(() => attainment(1, 0), "div0", "target");
  });
});
