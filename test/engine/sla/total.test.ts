import { total } from "../../../src/engine/sla/total";
import { expectFailure } from "../../support/engine";

describe("total (MSP.SLA.TOTAL)", () => {
  test("MIN(Σ credits, monthly_fee × at_risk_pct)", () => {
    expect(total([2000, 4000, 7000], 100000, 0.1)).toBe(10000);
    expect(total([2000, 4000], 100000, 0.1)).toBe(6000);
    expect(total([], 100000, 0.1)).toBe(0);
  });

  test("negative fee or percentage is #NUM!", () => {
    expectFailure(() => total([1], -1, 0.1), "num", "monthly_fee");
    expectFailure(() => total([1], 1, -0.1), "num", "at_risk_pct");
  });
});
