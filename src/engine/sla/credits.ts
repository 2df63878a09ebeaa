import { Direction, misses } from "../direction";
import { levelAt, nonNegative, PerPeriod, wholeNumber } from "./checks";

/**
 * MSP.SLA.CREDITS — each period's credit under the service-level-default rules of large
 * outsourcing contracts. `null` = period not reported (result null, shown as "").
 *
 * Period t is a default when it misses `minimum`, or when it misses `expected` and the reported
 * periods in the window [t − window + 1, t] that miss `expected` (minimum misses included)
 * number at least `repeat_limit` (default 4 in a rolling 12). A default's credit is
 * at_risk_amount × allocation; otherwise 0. `expected` and `minimum` may be one per period (the
 * levels of each period's contract year): each period is judged by its own, so a rolling window
 * that crosses a contract year counts last year's misses against last year's levels.
 */
/** A service level default: missing expected this many times… */
export const DEFAULT_REPEAT_LIMIT = 4;
/** …within a rolling window of this many periods. */
export const DEFAULT_WINDOW = 12;

export function credits(
  actuals: readonly (number | null)[],
  expected: PerPeriod,
  minimum: PerPeriod,
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
  const missesMinimum = (a: number, t: number) => misses(a, levelAt(minimum, t), direction);
  const missedExpected = actuals.map(
    (a, t) => a !== null && (misses(a, levelAt(expected, t), direction) || missesMinimum(a, t))
  );
  let inWindow = 0; // misses of `expected` among periods [t − window + 1, t]
  return actuals.map((a, t) => {
    if (missedExpected[t]) inWindow++;
    if (t >= window && missedExpected[t - window]) inWindow--;
    if (a === null) return null;
    const isDefault = missesMinimum(a, t) || (missedExpected[t] && inWindow >= repeatLimit);
    return isDefault ? amount : 0;
  });
}
