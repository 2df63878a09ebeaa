import { Direction, misses } from "../direction";
import { numError } from "../errors";
import { round9 } from "../numeric";
import { levelAt, nonNegative, PerPeriod } from "./checks";

/**
 * MSP.SLA.POINTS — service points per period, as in UK government service-credit models.
 *
 * A period that meets the target scores 0; otherwise base = min(max_points, ceil(shortfall /
 * band)), doubled when the previous period also scored points (repeat failure). `null` = period
 * not reported: null (shown as ""), and it breaks a repeat run.
 * Example: target 99, band 1, max 4, actuals 96.5, 98.5, 96.5 → 3, 2, 6. `target` may be one per
 * period (each contract year's level); doubling runs across the year end.
 */
export function points(
  actuals: readonly (number | null)[],
  target: PerPeriod,
  band: number,
  maxPoints: number,
  direction: Direction = "higher"
): (number | null)[] {
  if (band <= 0) numError(`band: must be positive (${band})`);
  nonNegative(maxPoints, "max_points");
  let previousScored = false;
  return actuals.map((a, t) => {
    const level = levelAt(target, t);
    if (a === null) {
      previousScored = false;
      return null;
    }
    if (!misses(a, level, direction)) {
      previousScored = false;
      return 0;
    }
    const shortfall = round9(Math.abs(level - a));
    const base = Math.min(maxPoints, Math.ceil(round9(shortfall / band)));
    const result = previousScored ? 2 * base : base;
    previousScored = base > 0;
    return result;
  });
}
