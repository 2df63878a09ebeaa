import { lowestBid, parsePriceMethod, priceScore } from "../../../src/engine/selection/priceScore";
import { expectFailure } from "../../support/engine";

describe("priceScore (MSP.PRICESCORE)", () => {
  test("ratio: max_points × lowest / price (default)", () => {
    expect(priceScore(120000, 100000, 30)).toBe(25);
    expect(priceScore(100000, 100000, 30)).toBe(30);
  });

  test("linear: max_points × max(0, 1 − (price − lowest)/lowest), zero at twice the lowest", () => {
    expect(priceScore(120000, 100000, 30, "linear")).toBeCloseTo(24, 12);
    expect(priceScore(200000, 100000, 30, "linear")).toBe(0);
    expect(priceScore(300000, 100000, 30, "linear")).toBe(0);
  });

  test("price ≤ 0 or below the lowest bid is #NUM!", () => {
    expectFailure(() => priceScore(0, 100, 10), "num", "price");
    expectFailure(() => priceScore(-5, 100, 10), "num", "price");
    expectFailure(() => priceScore(90, 100, 10), "num", "below the lowest bid");
  });

  test("lowest of a range: the smallest positive bid", () => {
    expect(lowestBid([150000, 0, -3, 120000, 100000])).toBe(100000);
    expectFailure(() => lowestBid([0, -1]), "num", "lowest");
    expectFailure(() => lowestBid([]), "num", "lowest");
  });

  test("method is ratio or linear", () => {
    expect(parsePriceMethod(null)).toBe("ratio");
    expect(parsePriceMethod("Linear")).toBe("linear");
    expectFailure(() => parsePriceMethod("log"), "value", "method: 'log'");
  });
});
