import { Direction, misses } from "../direction";
import { nonNegative, wholeNumber } from "./checks";

/**
 * MSP.SLA.CREDITS — each period's credit under the service-level-default rules of large
 * outsourcing contracts. `null` = period not reported (result null, shown as "").
 *
 * Period t is a default when it misses `minimum`, or when it misses `expected` and the reported
 * periods in the window [t − window + 1, t] that miss `expected` (minimum misses included)
 * number at least `repeat_limit` (default 4 in a rolling 12). A default's credit is
 * at_risk_amount × allocation; otherwise 0.
 */
/** A service level default: missing expected this many times… */
export const DEFAULT_REPEAT_LIMIT = 4;
/** …within a rolling window of this many periods. */
export const DEFAULT_WINDOW = 12;

export function credits(
  actuals: readonly (number | null)[],
  expected: number,
  minimum: number,
  atRiskAmount: number,
  allocation: number,
  repeatLimit = DEFAULT_REPEAT_LIMIT,
  window = DEFAULT_WINDOW,
  direction: Direction = "higher"
): (number | null)[] {
  nonNegative(atRiskAmount, "at_risk_amount");
  nonNegative(allocation, "allocation");
  wholeNumber(repeatLimit, "repeat_limit", 1);
  wholeNumber(window, "window", 1);
  const amount = atRiskAmount * allocation;
  const missedExpected = actuals.map(
    (a) => a !== null && (misses(a, expected, direction) || misses(a, minimum, direction))
  );
  let inWindow = 0; // misses of `expected` among periods [t − window + 1, t]
  return actuals.map((a, t) => {
    if (missedExpected[t]) inWindow++;
    if (t >= window && missedExpected[t - window]) inWindow--;
    if (a === null) return null;
    const isDefault =
      misses(a, minimum, direction) || (missedExpected[t] && inWindow >= repeatLimit);
    return isDefault ? amount : 0;
  });
}
