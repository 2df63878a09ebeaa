import { Direction } from "../direction";
import { div0Error, numError } from "../errors";
import { clamp, round9 } from "../numeric";
import { nonNegative } from "./checks";

/**
 * MSP.SLA.INCENTIVE — performance bonus, linear from 0 at `target` to `max_bonus` at `stretch`:
 * max_bonus × clamp((actual − target)/(stretch − target), 0, 1). For lower-is-better levels the
 * stretch lies below the target (the same formula mirrors). stretch = target: `#DIV/0!`; a
 * stretch on the wrong side of the target for `direction`: `#NUM!`.
 */
export function incentive(
  actual: number,
  target: number,
  stretch: number,
  maxBonus: number,
  direction: Direction = "higher"
): number {
  nonNegative(maxBonus, "max_bonus");
  if (stretch === target) div0Error("stretch equals target");
  if ((direction === "higher") !== stretch > target) {
    numError(
      `stretch: must be ${direction === "higher" ? "above" : "below"} target for direction "${direction}"`
    );
  }
  return maxBonus * clamp(round9((actual - target) / (stretch - target)), 0, 1);
}
