import { numError, valueError } from "../errors";

/** Saaty: a consistency ratio above 0.10 means the judgements should be revisited. */
export const CR_LIMIT = 0.1;
/**
 * Saaty's analytic hierarchy process (AHP): pairwise judgements on the 1–9 scale, aᵢⱼ = how much
 * more important criterion i is than criterion j.
 *
 * Sources: T. L. Saaty, "A scaling method for priorities in hierarchical structures", J. Math.
 * Psychology 15 (1977); random indices as tabulated by Saaty (1980) for n = 1..15.
 */

/** Saaty's random consistency index RI(n), n = 1..15. */
export const RANDOM_INDEX = [
  0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59,
];

const RECIPROCAL_TOLERANCE = 1e-6;

/** A cell counts as "not filled" on the diagonal or in the lower triangle when blank or 0. */
function unfilled(x: number | null): x is null | 0 {
  return x === null || x === 0;
}

/**
 * Complete and check a pairwise matrix. Accepts a full reciprocal matrix or one with only the
 * upper triangle filled (blank or 0 on the diagonal / lower triangle = not filled, completed as 1
 * and 1/aⱼᵢ). Non-square, a non-positive upper entry, a pair that is not reciprocal within 1e-6,
 * or a pair with neither cell filled: `#VALUE!` naming the cell as (row, column).
 */
export function completePairwise(
  matrix: readonly (readonly (number | null)[])[],
  argName = "matrix"
): number[][] {
  const n = matrix.length;
  if (n === 0) valueError(`${argName}: is empty`);
  matrix.forEach((row) => {
    if (row.length !== n)
      valueError(`${argName}: must be square (${n} rows × ${row.length} columns)`);
  });
  const a: number[][] = matrix.map(() => new Array<number>(n).fill(1));
  for (let i = 0; i < n; i++) {
    const d = matrix[i][i];
    if (!unfilled(d) && Math.abs(d - 1) > RECIPROCAL_TOLERANCE) {
      valueError(`${argName}: cell (${i + 1}, ${i + 1}) on the diagonal must be 1, not ${d}`);
    }
    for (let j = i + 1; j < n; j++) {
      const upper = matrix[i][j];
      const lower = matrix[j][i];
      if (upper !== null && upper <= 0) {
        valueError(`${argName}: cell (${i + 1}, ${j + 1}) must be positive, not ${upper}`);
      }
      if (!unfilled(lower) && lower < 0) {
        valueError(`${argName}: cell (${j + 1}, ${i + 1}) must be positive, not ${lower}`);
      }
      if (upper === null) {
        if (unfilled(lower)) valueError(`${argName}: cell (${i + 1}, ${j + 1}) is blank`);
        a[i][j] = 1 / lower;
        a[j][i] = lower;
        continue;
      }
      if (!unfilled(lower) && Math.abs(upper * lower - 1) > RECIPROCAL_TOLERANCE) {
        valueError(`${argName}: cell (${j + 1}, ${i + 1}) is not 1/cell (${i + 1}, ${j + 1})`);
      }
      a[i][j] = upper;
      a[j][i] = 1 / upper;
    }
  }
  return a;
}

function checkSize(n: number): void {
  if (n > RANDOM_INDEX.length)
    numError(`matrix: ${n} criteria; AHP allows at most ${RANDOM_INDEX.length}`);
}

function multiply(a: readonly number[][], w: readonly number[]): number[] {
  return a.map((row) => row.reduce((s, x, j) => s + x * w[j], 0));
}

/** Principal right eigenvector of a positive matrix, normalised to sum 1 (power iteration to 1e-12). */
function principalEigenvector(a: readonly number[][]): number[] {
  const n = a.length;
  // Start from the normalised row geometric means: exact for a consistent matrix.
  let w = a.map((row) => Math.exp(row.reduce((s, x) => s + Math.log(x), 0) / n));
  let total = w.reduce((s, x) => s + x, 0);
  w = w.map((x) => x / total);
  for (let iteration = 0; iteration < 10_000; iteration++) {
    const next = multiply(a, w);
    total = next.reduce((s, x) => s + x, 0);
    let change = 0;
    for (let i = 0; i < n; i++) {
      next[i] /= total;
      change = Math.max(change, Math.abs(next[i] - w[i]));
    }
    w = next;
    if (change < 1e-12) break;
  }
  return w;
}

/** MSP.AHP.WEIGHTS — priorities (sum 1) of an n × n pairwise matrix. n > 15: `#NUM!`. */
export function ahpWeights(matrix: readonly (readonly (number | null)[])[]): number[] {
  const a = completePairwise(matrix);
  checkSize(a.length);
  return principalEigenvector(a);
}

/**
 * MSP.AHP.CR — consistency ratio CR = CI / RI(n), CI = (λmax − n)/(n − 1),
 * λmax = mean over i of (A·w)ᵢ / wᵢ. n ≤ 2: 0. Above CR_LIMIT (0.10) the judgements should be
 * revisited.
 */
export function ahpConsistencyRatio(matrix: readonly (readonly (number | null)[])[]): number {
  const a = completePairwise(matrix);
  const n = a.length;
  checkSize(n);
  if (n <= 2) return 0;
  const w = principalEigenvector(a);
  const aw = multiply(a, w);
  const lambdaMax = aw.reduce((s, x, i) => s + x / w[i], 0) / n;
  const ci = (lambdaMax - n) / (n - 1);
  // λmax ≥ n for every positive reciprocal matrix; a tiny negative is rounding noise.
  return Math.max(0, ci / RANDOM_INDEX[n - 1]);
}

/**
 * MSP.AHP.COMBINE — element-wise geometric mean of several evaluators' pairwise matrices (each
 * completed first), which keeps the result reciprocal. All matrices must be the same size.
 */
export function ahpCombine(
  matrices: readonly (readonly (readonly (number | null)[])[])[]
): number[][] {
  if (matrices.length === 0) valueError("matrix1: no matrix given");
  const completed = matrices.map((m, k) => completePairwise(m, `matrix${k + 1}`));
  const n = completed[0].length;
  completed.forEach((m, k) => {
    if (m.length !== n)
      valueError(`matrix${k + 1}: is ${m.length} × ${m.length}, matrix1 is ${n} × ${n}`);
  });
  return completed[0].map((row, i) =>
    row.map((_, j) =>
      Math.exp(completed.reduce((s, m) => s + Math.log(m[i][j]), 0) / completed.length)
    )
  );
}
