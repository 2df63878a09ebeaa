import { div0Error, valueError } from "../errors";
import { Direction } from "../direction";
import { eligibleProviders } from "./eligible";
import { normalizedWeights } from "./weights";

/**
 * MSP.TOPSIS — closeness of each provider to the ideal (Hwang & Yoon, "Multiple Attribute
 * Decision Making", 1981).
 *
 * matrix: C × P raw values (criteria rows, provider columns). rᵢⱼ = xᵢⱼ / √(Σⱼ xᵢⱼ²);
 * vᵢⱼ = wᵢ·rᵢⱼ with weights normalised to sum 1; ideal = best per criterion, anti-ideal = worst;
 * Cⱼ = D⁻ⱼ / (D⁺ⱼ + D⁻ⱼ) with Euclidean distances, in [0, 1]. A criterion whose values are all 0:
 * `#DIV/0!`. D⁺ = D⁻ = 0 (all providers identical): 0.5.
 *
 * `eligible` (one cell per provider, see eligibleProviders): excluded providers take no part —
 * the normalisation, the ideal and the anti-ideal are over eligible providers only — and get
 * null (Excel shows ""). Fewer than two eligible providers: null for every provider.
 */
export function topsis(
  matrix: readonly (readonly number[])[],
  weights: readonly number[],
  directions: readonly Direction[],
  eligible: readonly unknown[] | null = null
): (number | null)[] {
  const criteria = matrix.length;
  if (weights.length !== criteria) {
    valueError(`weights has ${weights.length} cells but matrix has ${criteria} criteria rows`);
  }
  if (directions.length !== criteria) {
    valueError(
      `directions has ${directions.length} cells but matrix has ${criteria} criteria rows`
    );
  }
  const w = normalizedWeights(weights);
  const providers = criteria === 0 ? 0 : matrix[0].length;
  if (eligible !== null && eligible.length !== providers) {
    valueError(`eligible has ${eligible.length} cells but matrix has ${providers} providers`);
  }
  const taking = eligibleProviders(eligible, providers);
  const among = taking.flatMap((t, j) => (t ? [j] : []));
  if (eligible !== null && among.length < 2) return new Array<null>(providers).fill(null);
  const dPlus = new Array<number>(providers).fill(0);
  const dMinus = new Array<number>(providers).fill(0);
  for (let i = 0; i < criteria; i++) {
    const row = among.map((j) => matrix[i][j]);
    let norm = 0;
    for (const x of row) norm += x * x;
    norm = Math.sqrt(norm);
    if (norm === 0) div0Error(`matrix: every value of criterion ${i + 1} is 0`);
    const v = row.map((x) => (w[i] * x) / norm);
    const best =
      directions[i] === "higher"
        ? v.reduce((m, x) => Math.max(m, x))
        : v.reduce((m, x) => Math.min(m, x));
    const worst =
      directions[i] === "higher"
        ? v.reduce((m, x) => Math.min(m, x))
        : v.reduce((m, x) => Math.max(m, x));
    among.forEach((j, k) => {
      dPlus[j] += (v[k] - best) ** 2;
      dMinus[j] += (v[k] - worst) ** 2;
    });
  }
  return dPlus.map((sq, j) => {
    if (!taking[j]) return null;
    const plus = Math.sqrt(sq);
    const minus = Math.sqrt(dMinus[j]);
    return plus + minus === 0 ? 0.5 : minus / (plus + minus);
  });
}
