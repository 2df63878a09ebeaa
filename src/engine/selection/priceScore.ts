import { numError, valueError } from "../errors";
import { lessThan } from "../numeric";

export type PriceMethod = "ratio" | "linear";

export function parsePriceMethod(value: unknown): PriceMethod {
  if (value === null || value === undefined || value === "") return "ratio";
  if (typeof value === "string") {
    const text = value.trim().toLowerCase();
    if (text === "ratio" || text === "linear") return text;
  }
  return valueError(`method: '${String(value)}' is not "ratio" or "linear"`);
}

/** The lowest bid: the smallest positive number among `bids`. None: `#NUM!`. */
export function lowestBid(bids: readonly number[]): number {
  let lowest = Infinity;
  for (const b of bids) if (b > 0 && b < lowest) lowest = b;
  if (lowest === Infinity) numError("lowest: no positive bid");
  return lowest;
}

/**
 * MSP.PRICESCORE — price points.
 * ratio (default): max_points × lowest / price.
 * linear: max_points × max(0, 1 − (price − lowest)/lowest), zero at twice the lowest bid.
 * price ≤ 0 or price < lowest: `#NUM!`.
 */
export function priceScore(
  price: number,
  lowest: number,
  maxPoints: number,
  method: PriceMethod = "ratio"
): number {
  if (price <= 0) numError(`price: must be positive (${price})`);
  if (lowest <= 0) numError(`lowest: must be positive (${lowest})`);
  if (lessThan(price, lowest)) numError(`price: ${price} is below the lowest bid ${lowest}`);
  if (maxPoints < 0) numError(`max_points: must not be negative (${maxPoints})`);
  if (method === "ratio") return (maxPoints * lowest) / price;
  return maxPoints * Math.max(0, 1 - (price - lowest) / lowest);
}
