import { Direction, misses } from "../direction";
import { valueError } from "../errors";
import { wholeNumber } from "./checks";

/**
 * MSP.SLA.EARNBACK — credit earned back by meeting the expected level afterwards.
 *
 * The credit of period t is earned back when the `months` periods after t (default 3) all meet
 * `expected`: the result is that credit. If one of them misses: 0. If fewer than `months`
 * periods after t are reported yet: null (shown as ""). Periods with no credit: 0; periods whose
 * credit is blank (not reported): null.
 */
export function earnback(
  credits: readonly (number | null)[],
  actuals: readonly (number | null)[],
  expected: number,
  months = 3,
  direction: Direction = "higher"
): (number | null)[] {
  if (credits.length !== actuals.length) {
    valueError(`credits and actuals differ in size (${credits.length} vs ${actuals.length} cells)`);
  }
  wholeNumber(months, "months", 1);
  return credits.map((c, t) => {
    if (c === null) return null;
    if (c === 0) return 0;
    let reported = 0;
    for (let s = t + 1; s <= t + months && s < actuals.length; s++) {
      const a = actuals[s];
      if (a === null) continue;
      if (misses(a, expected, direction)) return 0;
      reported++;
    }
    return reported === months ? c : null;
  });
}
