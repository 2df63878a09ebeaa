import { Direction } from "../direction";
import { valueError } from "../errors";
import { lessThan } from "../numeric";

/**
 * MSP.SLA.TIERCREDIT — tier-table credits as in cloud and MSP contracts (e.g. below 99.99% →
 * 10%, below 99.0% → 30%, below 95.0% → 100% of the month's fee).
 *
 * A tier is breached when the actual is strictly below its threshold (higher) or strictly above
 * it (lower); thresholds may come in any order. The credit is that of the most severe breached
 * tier (the lowest breached threshold for higher, the highest for lower), times `fee` when
 * given; none breached: 0. `null` thresholds (blank rows of the table) are skipped.
 */
export function tierCredit(
  actual: number,
  thresholds: readonly (number | null)[],
  creditPcts: readonly (number | null)[],
  fee: number | null = null,
  direction: Direction = "higher"
): number {
  if (thresholds.length !== creditPcts.length) {
    valueError(
      `thresholds and credit_pcts differ in size (${thresholds.length} vs ${creditPcts.length} cells)`
    );
  }
  let worst: number | null = null;
  let pct = 0;
  thresholds.forEach((threshold, i) => {
    if (threshold === null) return;
    const p = creditPcts[i];
    if (p === null) valueError(`credit_pcts: cell ${i + 1} is blank`);
    const breached =
      direction === "higher" ? lessThan(actual, threshold) : lessThan(threshold, actual);
    if (!breached) return;
    const moreSevere =
      worst === null || (direction === "higher" ? threshold < worst : threshold > worst);
    if (moreSevere) {
      worst = threshold;
      pct = p;
    }
  });
  return fee === null ? pct : pct * fee;
}
