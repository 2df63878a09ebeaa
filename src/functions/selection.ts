/**
 * Custom functions for provider selection (SPEC.md, "Provider selection"). Thin wrappers: they
 * check Excel arguments (src/functions/args.ts) and call the engine (src/engine/selection/).
 * Help: help.html, one section per function; examples: src/functions/catalog.ts.
 */
import * as engine from "../engine";
import {
  cellsOf,
  filledMatrix,
  numberMatrix,
  numbersBlankAsZero,
  numbersOrBlanks,
  numericCells,
  option,
  optionalNumber,
  requiredNumber,
} from "./args";
import { excel, toExcelError } from "./excel";

/**
 * The criteria × providers matrix and the optional `eligible` range (null when omitted): a blank
 * score is allowed only for a provider that takes no part.
 */
function providersMatrix(matrix: unknown, eligible: unknown) {
  const cells = eligible === null || eligible === undefined ? null : cellsOf(eligible);
  const taking = engine.eligibleProviders(cells, cells?.length ?? 0);
  return {
    matrix: filledMatrix(matrix, "matrix", (p) => cells === null || taking[p] !== false),
    eligible: cells,
  };
}

/**
 * Weighted score of one provider: the sum of weight × score divided by the sum of the weights.
 * @customfunction SCORE
 * @helpurl https://localhost:3000/help.html#MSP.SCORE
 * @param scores The provider's score on each criterion (a row or a column).
 * @param weights One weight per criterion, the same number of cells as scores; need not sum to 1.
 * @param [missing] What a blank score means: "error" (default), "zero", or "skip" (leave the criterion out).
 * @returns The weighted score.
 */
export function score(scores: any[][], weights: any[][], missing?: any): number {
  return excel(() =>
    engine.score(
      numbersOrBlanks(scores, "scores"),
      numbersBlankAsZero(weights, "weights"),
      engine.parseMissing(option(missing, "missing"))
    )
  );
}

/**
 * Weighted score of every provider: criteria in rows, providers in columns; returns one score per provider (a row).
 * @customfunction SCORES
 * @helpurl https://localhost:3000/help.html#MSP.SCORES
 * @param matrix Scores, criteria in rows and providers in columns.
 * @param weights One weight per criterion row (a row or a column).
 * @param [missing] What a blank score means: "error" (default), "zero", or "skip".
 * @returns One weighted score per provider column.
 */
export function scores(matrix: any[][], weights: any[][], missing?: any): any[][] {
  return excel(() => {
    const result = engine.scores(
      numberMatrix(matrix, "matrix"),
      numbersBlankAsZero(weights, "weights"),
      engine.parseMissing(option(missing, "missing"))
    );
    return [result.map((s) => (s instanceof engine.EngineError ? toExcelError(s) : s))];
  });
}

/**
 * Rescales a raw value onto a score scale: scale × (value − worst) / (best − worst), clamped to 0..scale.
 * @customfunction NORMALIZE
 * @helpurl https://localhost:3000/help.html#MSP.NORMALIZE
 * @param value The raw value (price, hours, percentage…). Blank gives "".
 * @param worst The value that scores 0. For lower-is-better values, the highest value.
 * @param best The value that scores the full scale.
 * @param [scale] The top of the score scale (default 1).
 * @returns The normalised score, or "" when value is blank.
 */
export function normalize(value: any, worst: any, best: any, scale?: any): any {
  return excel(() => {
    const v = optionalNumber(value, "value");
    const w = requiredNumber(worst, "worst");
    const b = requiredNumber(best, "best");
    const s = optionalNumber(scale, "scale") ?? undefined;
    return v === null ? "" : engine.normalize(v, w, b, s);
  });
}

/**
 * Price points for a bid: "ratio" (max_points × lowest / price, default) or "linear" (zero at twice the lowest bid).
 * @customfunction PRICESCORE
 * @helpurl https://localhost:3000/help.html#MSP.PRICESCORE
 * @param price This provider's price. Blank gives "".
 * @param lowest The lowest bid, or the range of all bids (its smallest positive number is used).
 * @param max_points The points a bid at the lowest price gets.
 * @param [method] "ratio" (default) or "linear".
 * @returns The price points, or "" when price is blank.
 */
export function priceScore(price: any, lowest: any[][], max_points: any, method?: any): any {
  return excel(() => {
    const p = optionalNumber(price, "price");
    const low = engine.lowestBid(numericCells(lowest));
    const points = requiredNumber(max_points, "max_points");
    const m = engine.parsePriceMethod(option(method, "method"));
    return p === null ? "" : engine.priceScore(p, low, points, m);
  });
}

/**
 * Must-have criteria: returns total when every gate passes (TRUE, 1, yes, pass, y), otherwise "Excluded".
 * @customfunction GATE
 * @helpurl https://localhost:3000/help.html#MSP.GATE
 * @param total The provider's score.
 * @param gates The provider's must-have checks; each must be TRUE, 1, "yes", "pass" or "y".
 * @returns total, or the text "Excluded".
 */
export function gate(total: any, gates: any[][]): any {
  return excel(() => {
    const t = optionalNumber(total, "total");
    return engine.gate(t === null ? "" : t, cellsOf(gates));
  });
}

/**
 * Criteria weights (summing to 1) from an AHP pairwise comparison matrix; the upper triangle alone is enough.
 * @customfunction AHP.WEIGHTS
 * @helpurl https://localhost:3000/help.html#MSP.AHP.WEIGHTS
 * @param matrix n × n judgements on the 1–9 scale: row i over column j. Blank lower triangle is completed as 1/aji.
 * @returns A column of n weights.
 */
export function ahpWeights(matrix: any[][]): number[][] {
  return excel(() => engine.ahpWeights(numberMatrix(matrix, "matrix")).map((w) => [w]));
}

/**
 * Consistency ratio of an AHP pairwise comparison matrix; above 0.10 the judgements should be revisited.
 * @customfunction AHP.CR
 * @helpurl https://localhost:3000/help.html#MSP.AHP.CR
 * @param matrix n × n judgements on the 1–9 scale (upper triangle, or a full reciprocal matrix).
 * @returns The consistency ratio (0 for n ≤ 2).
 */
export function ahpCr(matrix: any[][]): number {
  return excel(() => engine.ahpConsistencyRatio(numberMatrix(matrix, "matrix")));
}

/**
 * Combines several evaluators' AHP matrices into one by the element-wise geometric mean.
 * @customfunction AHP.COMBINE
 * @helpurl https://localhost:3000/help.html#MSP.AHP.COMBINE
 * @param matrix One n × n pairwise matrix per evaluator (matrix1, matrix2, …), all the same size.
 * @returns The combined n × n reciprocal matrix.
 */
export function ahpCombine(matrix: any[][][]): number[][] {
  return excel(() => {
    const list = Array.isArray(matrix) ? matrix : [matrix];
    return engine.ahpCombine(list.map((m, k) => numberMatrix(m, `matrix${k + 1}`)));
  });
}

/**
 * TOPSIS closeness of each provider to the ideal provider, from 0 (worst) to 1 (best); a second opinion to the weighted sum.
 * @customfunction TOPSIS
 * @helpurl https://localhost:3000/help.html#MSP.TOPSIS
 * @param matrix Raw values, criteria in rows and providers in columns.
 * @param weights One weight per criterion row.
 * @param directions One "higher" or "lower" per criterion row (blank = "higher").
 * @param [eligible] One cell per provider, e.g. the "after must-haves" row: a number, TRUE or yes takes part; blank, FALSE or other text ("Excluded") does not.
 * @returns One closeness value per provider (a row); "" for an excluded provider.
 */
export function topsis(
  matrix: any[][],
  weights: any[][],
  directions: any[][],
  eligible?: any[][]
): any[][] {
  return excel(() => {
    const dirs = cellsOf(directions).map((d, i) =>
      engine.parseDirection(d, `directions: cell ${i + 1}`)
    );
    const m = providersMatrix(matrix, eligible);
    const result = engine.topsis(
      m.matrix,
      numbersBlankAsZero(weights, "weights"),
      dirs,
      m.eligible
    );
    return [result.map((x) => (x === null ? "" : x))];
  });
}

/**
 * For each criterion, the weight at which the leading provider would change (weighted sum), or "" when no weight would change it.
 * @customfunction FLIPWEIGHTS
 * @helpurl https://localhost:3000/help.html#MSP.FLIPWEIGHTS
 * @param matrix Scores, criteria in rows and providers in columns.
 * @param weights One weight per criterion row.
 * @param [eligible] One cell per provider, e.g. the "after must-haves" row: only providers with a number, TRUE or yes can lead or overtake.
 * @returns A column: one flip weight (a fraction of the total weight) or "" per criterion.
 */
export function flipWeights(matrix: any[][], weights: any[][], eligible?: any[][]): any[][] {
  return excel(() => {
    const m = providersMatrix(matrix, eligible);
    return engine
      .flipWeights(m.matrix, numbersBlankAsZero(weights, "weights"), m.eligible)
      .map((x) => [x === null ? "" : x]);
  });
}
