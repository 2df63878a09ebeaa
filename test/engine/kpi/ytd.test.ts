import { parseYtdMethod, ytd } from "../../../src/engine/kpi/ytd";
import { expectFailure } from "../../support/engine";

describe("ytd (MSP.KPI.YTD)", () => {
  const months = [0.91, null, 0.95, 0.93, null];

  test("average (default) of the reported months only", () => {
    expect(ytd(months)).toBeCloseTo(0.93, 12);
  });

  test("sum, last, min, max", () => {
    expect(ytd(months, "sum")).toBeCloseTo(2.79, 12);
    expect(ytd(months, "last")).toBe(0.93);
    expect(ytd(months, "min")).toBe(0.91);
    expect(ytd(months, "max")).toBe(0.95);
  });

  test('nothing reported: null ("")', () => {
    expect(ytd([null, null])).toBeNull();
    expect(ytd([], "sum")).toBeNull();
  });

  test("method names any case; others #VALUE!", () => {
    expect(parseYtdMethod("MAX")).toBe("max");
    expect(parseYtdMethod("")).toBe("average");
    expectFailure(() => parseYtdMethod("median"), "value", "method: 'median'");
  });
});
