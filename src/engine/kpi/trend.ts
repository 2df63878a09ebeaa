import { Direction } from "../direction";
import { numError } from "../errors";
import { round9 } from "../numeric";

export type Trend = "Improving" | "Worsening" | "Stable";

/**
 * MSP.KPI.TREND — direction of the last `periods` (default 3, at least 2) reported values.
 *
 * The least-squares slope of those values against their position in the series (`null` is a
 * month not reported: skipped, but it still counts as a month). Fewer than 2 values: null (Excel
 * shows ""). Stable when |slope| × (n − 1) ≤ 0.01 × |mean| (or the slope is 0); otherwise
 * Improving when the slope points the good way for `direction`, Worsening when not.
 */
export function trend(
  values: readonly (number | null)[],
  direction: Direction = "higher",
  periods = 3
): Trend | null {
  if (!Number.isInteger(periods) || periods < 2)
    numError(`periods: must be a whole number ≥ 2 (${periods})`);
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = values.length - 1; i >= 0 && xs.length < periods; i--) {
    const v = values[i];
    if (v === null) continue;
    xs.push(i);
    ys.push(v);
  }
  const n = xs.length;
  if (n < 2) return null;
  const meanX = xs.reduce((s, x) => s + x, 0) / n;
  const meanY = ys.reduce((s, y) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let k = 0; k < n; k++) {
    sxy += (xs[k] - meanX) * (ys[k] - meanY);
    sxx += (xs[k] - meanX) ** 2;
  }
  const slope = sxy / sxx;
  if (round9(slope) === 0 || round9(Math.abs(slope) * (n - 1)) <= round9(0.01 * Math.abs(meanY)))
    return "Stable";
  return slope > 0 === (direction === "higher") ? "Improving" : "Worsening";
}
