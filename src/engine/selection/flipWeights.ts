import { valueError } from "../errors";
import { round9 } from "../numeric";
import { eligibleProviders } from "./eligible";
import { normalizedWeights } from "./weights";

/**
 * MSP.FLIPWEIGHTS — sensitivity of the winner to each criterion's weight.
 *
 * With weights normalised to sum 1, Sₚ = Σᵢ wᵢ xᵢₚ and the leader A is the highest score (first
 * on ties). Moving criterion k's weight to x while the others are rescaled by (1 − x)/(1 − wₖ)
 * makes every Sₚ linear in x. For each other provider B, with D = S_A − S_B and
 * d = x_Ak − x_Bk, S_A(x) = S_B(x) at x* = (D − wₖ·d)/(D − d) (the closed form in docs/functions.md
 * (wₖ + Δ)/(1 + Δ), Δ = D/(−d)); it counts when 0 ≤ x* ≤ 1. The flip weight of k is the solution
 * nearest wₖ; none, or wₖ = 1: null (Excel shows "").
 *
 * `eligible` (one cell per provider, see eligibleProviders): the leader and its rivals are
 * eligible providers only — the sensitivity of the recommendation, not of a provider a must-have
 * has excluded. Fewer than two eligible providers: null for every criterion.
 *
 * Source: the one-at-a-time weight sensitivity of Triantaphyllou & Sánchez, "A sensitivity
 * analysis approach for some deterministic multi-criteria decision-making methods",
 * Decision Sciences 28 (1997).
 */
export function flipWeights(
  matrix: readonly (readonly number[])[],
  weights: readonly number[],
  eligible: readonly unknown[] | null = null
): (number | null)[] {
  const criteria = matrix.length;
  if (weights.length !== criteria) {
    valueError(`weights has ${weights.length} cells but matrix has ${criteria} criteria rows`);
  }
  if (criteria === 0) valueError("matrix: is empty");
  const w = normalizedWeights(weights);
  const providers = matrix[0].length;
  if (eligible !== null && eligible.length !== providers) {
    valueError(`eligible has ${eligible.length} cells but matrix has ${providers} providers`);
  }
  const among = eligibleProviders(eligible, providers).flatMap((t, p) => (t ? [p] : []));
  if (among.length < 2) return w.map(() => null);
  const totals = new Array<number>(providers).fill(0);
  for (let i = 0; i < criteria; i++) {
    for (const p of among) totals[p] += w[i] * matrix[i][p];
  }
  let leader = among[0];
  for (const p of among) if (round9(totals[p]) > round9(totals[leader])) leader = p;

  return w.map((wk, k) => {
    if (round9(wk) === 1) return null;
    let nearest: number | null = null;
    for (const b of among) {
      if (b === leader) continue;
      const gap = totals[leader] - totals[b];
      const d = matrix[k][leader] - matrix[k][b];
      let x: number;
      if (round9(gap - d) === 0) {
        if (round9(gap) !== 0) continue; // parallel lines: the gap never closes
        x = wk; // already tied whatever the weight
      } else {
        x = (gap - wk * d) / (gap - d);
      }
      if (round9(x) < 0 || round9(x) > 1) continue;
      x = Math.min(1, Math.max(0, x));
      if (nearest === null || Math.abs(x - wk) < Math.abs(nearest - wk)) nearest = x;
    }
    return nearest;
  });
}
