import { div0Error, EngineError, valueError } from "../errors";
import { checkWeights } from "./weights";

/** What a blank score means: `error` (default), `zero`, or `skip` (drop the criterion). */
export type MissingRule = "error" | "zero" | "skip";

export function parseMissing(value: unknown): MissingRule {
  if (value === null || value === undefined || value === "") return "error";
  if (typeof value === "string") {
    const text = value.trim().toLowerCase();
    if (text === "error" || text === "zero" || text === "skip") return text;
  }
  return valueError(`missing: '${String(value)}' is not "error", "zero" or "skip"`);
}

/**
 * MSP.SCORE — weighted score Σwᵢsᵢ / Σwᵢ.
 *
 * `scores[i]` is `null` when the cell is blank; `missing` decides what that means. Weights need
 * not sum to 1. Negative weight: `#NUM!`; all weights 0 (after skipping): `#DIV/0!`.
 * `label` prefixes the blank-score message (SCORES names the provider).
 */
export function score(
  scores: readonly (number | null)[],
  weights: readonly number[],
  missing: MissingRule = "error",
  label = "scores"
): number {
  if (scores.length !== weights.length) {
    valueError(`scores and weights differ in size (${scores.length} vs ${weights.length} cells)`);
  }
  checkWeights(weights);
  let weighted = 0;
  let total = 0;
  for (let i = 0; i < scores.length; i++) {
    let s = scores[i];
    if (s === null) {
      if (missing === "skip") continue;
      if (missing === "error") valueError(`${label}: criterion ${i + 1} is blank`);
      s = 0;
    }
    weighted += weights[i] * s;
    total += weights[i];
  }
  if (total === 0) div0Error("weights: all weights are 0");
  return weighted / total;
}

/**
 * MSP.SCORES — `score` of each provider column of a C × P matrix (criteria in rows). Returns one
 * entry per provider: the score, or the EngineError for that provider alone (a blank score in
 * one column does not hide the others' totals).
 */
export function scores(
  matrix: readonly (readonly (number | null)[])[],
  weights: readonly number[],
  missing: MissingRule = "error"
): (number | EngineError)[] {
  if (matrix.length !== weights.length) {
    valueError(`matrix has ${matrix.length} criteria rows but weights has ${weights.length} cells`);
  }
  checkWeights(weights);
  if (weights.every((w) => w === 0)) div0Error("weights: all weights are 0");
  const providers = matrix.length === 0 ? 0 : matrix[0].length;
  const out: (number | EngineError)[] = [];
  for (let p = 0; p < providers; p++) {
    const column = matrix.map((row) => row[p]);
    try {
      out.push(score(column, weights, missing, `matrix: provider ${p + 1}`));
    } catch (e) {
      if (!(e instanceof EngineError)) throw e;
      out.push(e);
    }
  }
  return out;
}
