import { Direction, misses } from "../direction";
import { valueError } from "../errors";
import { levelAt, PerPeriod, wholeNumber } from "./checks";

/** When an earned-back credit is shown: in the credit's own period, or when it is earned. */
export type EarnbackTiming = "credit" | "earned";

export function parseEarnbackTiming(value: unknown): EarnbackTiming {
  if (value === null || value === undefined || value === "") return "credit";
  if (typeof value === "string") {
    const text = value.trim().toLowerCase();
    if (text === "credit" || text === "earned") return text;
  }
  return valueError(`timing: '${String(value)}' is not "credit" or "earned"`);
}

/**
 * MSP.SLA.EARNBACK — credit earned back by meeting the expected level afterwards.
 *
 * The credit of period t is earned back when the `months` periods after t (default 3) all meet
 * `expected`. `timing` "credit" (default) shows it in period t: that credit; 0 if one of them
 * misses; null (shown as "") while fewer than `months` of them are reported; 0 without a credit;
 * null when the credit itself is blank.
 *
 * `timing` "earned" books it in the period it is earned, t + `months` — the month whose invoice
 * it goes back on: each period shows the sum of every credit earned back then (0 if none), null
 * while that period is not reported. A credit whose following periods include an unreported one
 * is not earned. A month's figure then depends only on that month and the ones before it, so an
 * invoiced adjustment never changes when later months are typed. `expected` may be one per period
 * (each contract year's level): a December credit is earned back by meeting January–March at the
 * new year's level.
 */
export function earnback(
  credits: readonly (number | null)[],
  actuals: readonly (number | null)[],
  expected: PerPeriod,
  months = 3,
  direction: Direction = "higher",
  timing: EarnbackTiming = "credit"
): (number | null)[] {
  if (credits.length !== actuals.length) {
    valueError(`credits and actuals differ in size (${credits.length} vs ${actuals.length} cells)`);
  }
  wholeNumber(months, "months", 1);
  const meets = (s: number) =>
    actuals[s] !== null && !misses(actuals[s]!, levelAt(expected, s), direction);
  if (timing === "earned") {
    return actuals.map((a, s) => {
      if (a === null) return null;
      const t = s - months;
      const c = t >= 0 ? credits[t] : null;
      if (c === null || c === 0) return 0;
      for (let u = t + 1; u <= s; u++) if (!meets(u)) return 0;
      return c;
    });
  }
  return credits.map((c, t) => {
    if (c === null) return null;
    if (c === 0) return 0;
    let reported = 0;
    for (let s = t + 1; s <= t + months && s < actuals.length; s++) {
      const a = actuals[s];
      if (a === null) continue;
      if (misses(a, levelAt(expected, s), direction)) return 0;
      reported++;
    }
    return reported === months ? c : null;
  });
}
