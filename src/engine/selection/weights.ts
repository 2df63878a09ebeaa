import { div0Error, numError } from "../errors";

/** Check a weight list: no negative weight. Returns it unchanged. */
export function checkWeights(weights: readonly number[]): readonly number[] {
  weights.forEach((w, i) => {
    if (w < 0) numError(`weights: cell ${i + 1} is negative (${w})`);
  });
  return weights;
}

/** Weights scaled to sum 1. Negative weight: `#NUM!`; all 0: `#DIV/0!`. */
export function normalizedWeights(weights: readonly number[]): number[] {
  checkWeights(weights);
  let total = 0;
  for (const w of weights) total += w;
  if (total === 0) div0Error("weights: all weights are 0");
  return weights.map((w) => w / total);
}
