import { Direction, misses } from "../direction";
import { numError } from "../errors";

export type Rag = "Green" | "Amber" | "Red";

/**
 * MSP.KPI.STATUS — red/amber/green. `tolerance` is a fraction of the target (default 0.1).
 * higher: Green when actual ≥ target; Amber when actual ≥ target − tolerance·|target|; else Red.
 * lower: Green when actual ≤ target; Amber when actual ≤ target + tolerance·|target|; else Red.
 * Comparisons round to 9 decimal places, so an actual exactly on the amber line is Amber.
 */
/** The amber band when none is given: 10% of the target. */
export const DEFAULT_TOLERANCE = 0.1;

export function status(
  actual: number,
  target: number,
  tolerance = DEFAULT_TOLERANCE,
  direction: Direction = "higher"
): Rag {
  if (tolerance < 0) numError(`tolerance: must not be negative (${tolerance})`);
  if (!misses(actual, target, direction)) return "Green";
  const band = tolerance * Math.abs(target);
  const amberLine = direction === "higher" ? target - band : target + band;
  return misses(actual, amberLine, direction) ? "Red" : "Amber";
}
