import { numError } from "../errors";
import { lessThan } from "../numeric";
import { nonNegative } from "./checks";

/**
 * MSP.SLA.IMPROVE — next period's expected level under continuous improvement (higher-is-better
 * levels such as availability, as fractions).
 *
 * Needs at least 12 reported actuals (fewer: `level` unchanged). If every one of the last 12 is
 * strictly above `level`, the new level is level + (average of those 12 − level)/2; with
 * `max_step`, the increase is at most max_step × (1 − level). Otherwise `level` is unchanged.
 */
export function improve(
  level: number,
  actuals: readonly (number | null)[],
  maxStep: number | null = null
): number {
  if (maxStep !== null) {
    nonNegative(maxStep, "max_step");
    if (level > 1) numError(`level: must be a fraction ≤ 1 when max_step is given (${level})`);
  }
  const reported = actuals.filter((a): a is number => a !== null);
  if (reported.length < 12) return level;
  const last = reported.slice(-12);
  if (last.some((a) => !lessThan(level, a))) return level;
  const average = last.reduce((s, a) => s + a, 0) / 12;
  const increase = (average - level) / 2;
  return level + (maxStep === null ? increase : Math.min(increase, maxStep * (1 - level)));
}
