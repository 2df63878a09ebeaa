import { trend } from "../../../src/engine/kpi/trend";
import { expectFailure } from "../../support/engine";

describe("trend (MSP.KPI.TREND)", () => {
  test("slope of the last 3 values against their month", () => {
    expect(trend([0.91, 0.93, 0.95])).toBe("Improving");
    expect(trend([0.95, 0.93, 0.91])).toBe("Worsening");
    expect(trend([0.95, 0.93, 0.91], "lower")).toBe("Improving");
    expect(trend([4, 5, 6], "lower")).toBe("Worsening");
  });

  test("only the last `periods` reported values count", () => {
    // Long decline, then three rising months.
    expect(trend([10, 8, 6, 4, 5, 6])).toBe("Improving");
    expect(trend([10, 8, 6, 4, 5, 6], "higher", 6)).toBe("Worsening");
  });

  test("Stable when |slope| × (n − 1) ≤ 1% of the mean", () => {
    expect(trend([100, 100.5, 101])).toBe("Stable"); // 1 ≤ 1.005
    expect(trend([100, 101, 102])).toBe("Improving"); // 2 > 1.01
    expect(trend([5, 5, 5])).toBe("Stable");
    expect(trend([0, 0, 0])).toBe("Stable");
  });

  test("blank months are skipped but still count as months", () => {
    // Positions 0, 2, 3: slope of (0, 10), (2, 12), (3, 13) = 1.
    expect(trend([10, null, 12, 13])).toBe("Improving");
    // Trailing blanks (months not yet reported) are ignored.
    expect(trend([0.91, 0.93, 0.95, null, null])).toBe("Improving");
    // A gap widens the spacing: (0, 100), (10, 101) — slope 0.1, × 1 = 0.1 ≤ 1.005: Stable.
    expect(
      trend([100, null, null, null, null, null, null, null, null, null, 101], "higher", 2)
    ).toBe("Stable");
  });

  test('fewer than 2 values: null ("")', () => {
    expect(trend([])).toBeNull();
    expect(trend([null, 5, null])).toBeNull();
  });

  test("periods must be a whole number ≥ 2", () => {
    expectFailure(() => trend([1, 2, 3], "higher", 1), "num", "periods");
    expectFailure(() => trend([1, 2, 3], "higher", 2.5), "num", "periods");
  });
});
