import { improve } from "../../../src/engine/sla/improve";
import { expectFailure } from "../../support/engine";

describe("improve (MSP.SLA.IMPROVE)", () => {
  const year = Array<number>(12).fill(0.996);

  test("12 actuals all above the level: halfway to their average", () => {
    expect(improve(0.99, year)).toBeCloseTo(0.993, 12);
  });

  test("fewer than 12 reported: unchanged (blanks do not count)", () => {
    expect(improve(0.99, year.slice(1))).toBe(0.99);
    expect(improve(0.99, [...year.slice(1), null, null])).toBe(0.99);
  });

  test("only the last 12 reported count; one at or below the level: unchanged", () => {
    expect(improve(0.99, [0.5, ...year])).toBeCloseTo(0.993, 12);
    expect(improve(0.99, [...year.slice(1), 0.99])).toBe(0.99);
  });

  test("max_step caps the rise at max_step × (1 − level)", () => {
    expect(improve(0.99, year, 0.1)).toBeCloseTo(0.991, 12);
    expect(improve(0.99, year, 0.5)).toBeCloseTo(0.993, 12);
    expectFailure(() => improve(0.99, year, -1), "num", "max_step");
    expectFailure(() => improve(99, year, 0.1), "num", "level");
  });
});
