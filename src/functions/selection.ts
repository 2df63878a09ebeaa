/**
 * Custom functions for provider selection (docs/functions.md, "Provider selection"). Thin wrappers: they
 * check Excel arguments (src/functions/args.ts) and call the engine (src/engine/selection/).
 * Each JSDoc block is the function's one description: scripts/functions-metadata.js reads it
 * for Excel, the help page, docs/functions.md, the README and the examples sheet.
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
 * @param scores The provider's score on each criterion (a row or a column).
 * @param weights One weight per criterion, the same number of cells as scores; need not sum to 1.
 * @param [missing] What a blank score means: "error" (default), "zero", or "skip" (leave the criterion out).
 * @returns The weighted score.
 * @formula Σ wᵢ·sᵢ / Σ wᵢ. missing: "error" (blank score → #VALUE!), "zero", or "skip"
 *   (criterion left out, weights renormalised).
 * @example =MSP.SCORE({4;3;5},{0.5;0.3;0.2}) → 3.9
 *   4×0.5 + 3×0.3 + 5×0.2 = 3.9 out of 5.
 * @source Weighted-sum (simple additive weighting) model: Fishburn, "Additive utilities with
 *   incomplete product sets", Operations Research 15 (1967).
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
 * @param matrix Scores, criteria in rows and providers in columns.
 * @param weights One weight per criterion row (a row or a column).
 * @param [missing] What a blank score means: "error" (default), "zero", or "skip".
 * @returns One weighted score per provider column.
 * @formula For each provider column p: Σ wᵢ·xᵢₚ / Σ wᵢ. A blank score errors only that
 *   provider's cell.
 * @example =MSP.SCORES({4,2;3,5;5,3},{0.5;0.3;0.2}) → {3.9,3.1}
 *   Provider 1 scores 3.9, provider 2 scores 3.1.
 * @source Weighted-sum model, as MSP.SCORE.
 * @spill row as wide as matrix
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
 * @param value The raw value (price, hours, percentage…). Blank gives "".
 * @param worst The value that scores 0. For lower-is-better values, the highest value.
 * @param best The value that scores the full scale.
 * @param [scale] The top of the score scale (default 1).
 * @returns The normalised score, or "" when value is blank.
 * @formula scale × (value − worst)/(best − worst), clamped to [0, scale]; scale defaults to 1.
 *   best = worst → #DIV/0!.
 * @example =MSP.NORMALIZE(70,100,50,5) → 3
 *   A 70-hour resolution time, where 100 h is worst and 50 h best, scores 3 of 5.
 * @source Linear min–max scaling of attribute values (Hwang & Yoon, Multiple Attribute Decision
 *   Making, 1981).
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
 * @param price This provider's price. Blank gives "".
 * @param lowest The lowest bid, or the range of all bids (its smallest positive number is used).
 * @param max_points The points a bid at the lowest price gets.
 * @param [method] "ratio" (default) or "linear".
 * @returns The price points, or "" when price is blank.
 * @formula ratio: max_points × lowest/price; linear: max_points × max(0, 1 − (price −
 *   lowest)/lowest). price ≤ 0 or below lowest → #NUM!.
 * @example =MSP.PRICESCORE(120000,{100000;120000;150000},30) → 25
 *   A bid of 120,000 against a lowest bid of 100,000 earns 25 of 30 price points.
 * @source The lowest-price ratio formula of public tenders (e.g. UK Crown Commercial Service
 *   and EU procurement evaluation guidance).
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
 * @param total The provider's score.
 * @param gates The provider's must-have checks; each must be TRUE, 1, "yes", "pass" or "y".
 * @returns total, or the text "Excluded".
 * @formula total if every gate is TRUE, 1, "yes", "pass" or "y" (any case); else "Excluded".
 *   Blank fails.
 * @example =MSP.GATE(3.9,{TRUE,"no"}) → "Excluded"
 *   The provider fails one must-have, so it drops out of the ranking.
 * @source Pass/fail (knock-out) mandatory requirements ahead of scored criteria, as in public
 *   procurement evaluation.
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
 * @param matrix n × n judgements on the 1–9 scale: row i over column j. Blank lower triangle is completed as 1/aji.
 * @returns A column of n weights.
 * @formula Principal right eigenvector of the completed reciprocal matrix (aⱼᵢ = 1/aᵢⱼ),
 *   normalised to sum 1.
 * @example =MSP.AHP.WEIGHTS({1,2,6;0,1,3;0,0,1}) → {0.6;0.3;0.1}
 *   Cost is twice as important as security and 6× as important as innovation: weights 60%, 30%,
 *   10%.
 * @source Saaty, "A scaling method for priorities in hierarchical structures", J. Mathematical
 *   Psychology 15 (1977).
 * @spill column as tall as matrix
 * @format 0.0%
 */
export function ahpWeights(matrix: any[][]): number[][] {
  return excel(() => engine.ahpWeights(numberMatrix(matrix, "matrix")).map((w) => [w]));
}

/**
 * Consistency ratio of an AHP pairwise comparison matrix; above 0.10 the judgements should be revisited.
 * @customfunction AHP.CR
 * @param matrix n × n judgements on the 1–9 scale (upper triangle, or a full reciprocal matrix).
 * @returns The consistency ratio (0 for n ≤ 2).
 * @formula λmax = mean of (A·w)ᵢ/wᵢ; CI = (λmax − n)/(n − 1); CR = CI/RI(n), RI = 0, 0, 0.58,
 *   0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59.
 * @example =MSP.AHP.CR({1,3,5;0,1,3;0,0,1}) → 0.0332
 *   CR ≈ 0.033: below 0.10, so the judgements are acceptably consistent.
 * @source Saaty, The Analytic Hierarchy Process (McGraw-Hill, 1980): consistency index and
 *   random indices.
 * @format 0.000
 */
export function ahpCr(matrix: any[][]): number {
  return excel(() => engine.ahpConsistencyRatio(numberMatrix(matrix, "matrix")));
}

/**
 * Combines several evaluators' AHP matrices into one by the element-wise geometric mean.
 * @customfunction AHP.COMBINE
 * @param matrix One n × n pairwise matrix per evaluator (matrix1, matrix2, …), all the same size.
 * @returns The combined n × n reciprocal matrix.
 * @formula cᵢⱼ = (Πₖ aᵢⱼ⁽ᵏ⁾)^(1/K) over the K evaluators' completed matrices; the result stays
 *   reciprocal.
 * @example =MSP.AHP.COMBINE({1,2;0,1},{1,8;0,1}) → {1,4;0.25,1}
 *   One evaluator says 2, the other 8: combined judgement √(2×8) = 4.
 * @source Aczél & Saaty, "Procedures for synthesizing ratio judgements", J. Mathematical
 *   Psychology 27 (1983).
 * @spill like matrix
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
 * @param matrix Raw values, criteria in rows and providers in columns.
 * @param weights One weight per criterion row.
 * @param directions One "higher" or "lower" per criterion row (blank = "higher").
 * @param [eligible] One cell per provider, e.g. the "after must-haves" row: a number, TRUE or yes takes part; blank, FALSE or other text ("Excluded") does not.
 * @returns One closeness value per provider (a row); "" for an excluded provider.
 * @formula rᵢⱼ = xᵢⱼ/√Σⱼxᵢⱼ²; vᵢⱼ = wᵢrᵢⱼ (weights sum 1); Cⱼ = D⁻ⱼ/(D⁺ⱼ + D⁻ⱼ), Euclidean
 *   distances to the ideal and anti-ideal. With eligible, over eligible providers only ("" for
 *   the others; fewer than two: "").
 * @example =MSP.TOPSIS({3,4;4,3},{2;1},{"higher";"higher"}) → {0.3333,0.6667}
 *   Provider 2 is closer to the ideal (0.67 against 0.33).
 * @source Hwang & Yoon, Multiple Attribute Decision Making: Methods and Applications (Springer,
 *   1981).
 * @spill row as wide as matrix
 * @format 0.000
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
 * @param matrix Scores, criteria in rows and providers in columns.
 * @param weights One weight per criterion row.
 * @param [eligible] One cell per provider, e.g. the "after must-haves" row: only providers with a number, TRUE or yes can lead or overtake.
 * @returns A column: one flip weight (a fraction of the total weight) or "" per criterion.
 * @formula With D = S_A − S_B and d = x_Ak − x_Bk: x* = (wₖ + Δ)/(1 + Δ), Δ = D/(−d), valid in
 *   [0, 1]; the x* nearest wₖ over all challengers B. With eligible, leader and challengers are
 *   eligible providers only.
 * @example =MSP.FLIPWEIGHTS({3,4;4,3},{2;1}) → {0.5;0.5}
 *   Provider 2 leads at weights 67%/33%; at 50%/50% the two providers tie.
 * @source Triantaphyllou & Sánchez, "A sensitivity analysis approach for some deterministic
 *   multi-criteria decision-making methods", Decision Sciences 28 (1997).
 * @spill column as tall as matrix
 * @format 0.0%
 */
export function flipWeights(matrix: any[][], weights: any[][], eligible?: any[][]): any[][] {
  return excel(() => {
    const m = providersMatrix(matrix, eligible);
    return engine
      .flipWeights(m.matrix, numbersBlankAsZero(weights, "weights"), m.eligible)
      .map((x) => [x === null ? "" : x]);
  });
}
