import { earnback } from "../../../src/engine/sla/earnback";
import { expectFailure } from "../../support/engine";

describe("earnback (MSP.SLA.EARNBACK)", () => {
  test("earned back when the next 3 periods all meet expected", () => {
    expect(earnback([2000, 0, 0, 0], [0.985, 0.999, 0.999, 0.999], 0.998)).toEqual([2000, 0, 0, 0]);
  });

  test("one miss in the following periods: 0", () => {
    expect(earnback([2000, 0, 0, 0], [0.985, 0.999, 0.997, 0.999], 0.998)).toEqual([
      2000 * 0,
      0,
      0,
      0,
    ]);
  });

  test('fewer than `months` periods reported after it yet: null ("")', () => {
    expect(earnback([2000, 0, 0, null], [0.985, 0.999, 0.999, null], 0.998)).toEqual([
      null,
      0,
      0,
      null,
    ]);
    expect(earnback([2000], [0.985], 0.998)).toEqual([null]);
  });

  test("a reported miss decides at once, even before all periods are in", () => {
    expect(earnback([2000, 0, null], [0.985, 0.99, null], 0.998)).toEqual([0, 0, null]);
  });

  test("months and direction", () => {
    expect(earnback([500, 0], [9, 3], 4, 1, "lower")).toEqual([500, 0]);
    expectFailure(() => earnback([1], [1], 1, 0), "num", "months");
  });

  test("credits and actuals must line up", () => {
    expectFailure(() => earnback([1, 2], [1], 1), "value", "2 vs 1");
  });
});
