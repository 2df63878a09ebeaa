import { Direction } from "../direction";
import { numError } from "../errors";
import { round9 } from "../numeric";
import { nonNegative } from "./checks";

/**
 * MSP.SLA.LINEARCREDIT — credit as a fraction of charges, linear in the shortfall (e.g. 1% of
 * charges per percentage point below target).
 *
 * shortfall = max(0, target − actual) (higher) or max(0, actual − target) (lower). With `step`
 * only full steps count: floor(shortfall / step) × step. Credit = rate × counted shortfall, at
 * most `cap` when given. Example: target 98%, actual 75%, rate 1 → 0.23.
 */
export function linearCredit(
  actual: number,
  target: number,
  rate: number,
  step: number | null = null,
  cap: number | null = null,
  direction: Direction = "higher"
): number {
  nonNegative(rate, "rate");
  if (step !== null && step <= 0) numError(`step: must be positive (${step})`);
  if (cap !== null) nonNegative(cap, "cap");
  const shortfall = Math.max(0, round9(direction === "higher" ? target - actual : actual - target));
  const counted = step === null ? shortfall : Math.floor(round9(shortfall / step)) * step;
  const value = rate * counted;
  return cap === null ? value : Math.min(value, cap);
}
