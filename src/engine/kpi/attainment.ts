import { Direction } from "../direction";
import { div0Error } from "../errors";

/**
 * MSP.KPI.ATTAINMENT — how far the actual reaches the target.
 * higher: actual / target; lower: max(0, 2 − actual / target) (on target = 1, twice the target
 * or worse = 0). target 0: `#DIV/0!`.
 */
export function attainment(
  actual: number,
  target: number,
  direction: Direction = "higher"
): number {
  if (target === 0) div0Error("target: is 0");
  const ratio = actual / target;
  return direction === "higher" ? ratio : Math.max(0, 2 - ratio);
}
