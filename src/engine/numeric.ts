/**
 * Floating-point tolerance shared by every formula (docs/functions.md, "Conventions"): derived
 * quantities are rounded to 9 decimal places before `ceil`, `floor`, `<` or `>=`, so that
 * 99 − 98.0 counts as exactly 1 and 0.3 − 0.1 as exactly 0.2.
 */
export function round9(x: number): number {
  const r = Math.round(x * 1e9) / 1e9;
  return Number.isFinite(r) ? r : x;
}

/** `a < b` after rounding both sides to 9 decimal places. */
export function lessThan(a: number, b: number): boolean {
  return round9(a) < round9(b);
}

/** Σ of a list of numbers. */
export function sum(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}

/** Arithmetic mean of a non-empty list. */
export function mean(xs: readonly number[]): number {
  return sum(xs) / xs.length;
}

/** Clamp x into [lo, hi]. */
export function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

/**
 * Excel's automatic percent entry: a number typed into a percentage cell is read as a percentage
 * when it is 1 or more (95 → 95%, 0.95 stays 95%) — Microsoft support, "Format numbers as
 * percentages". The task pane's percent fields read numbers the same way.
 */
export function percentEntry(n: number): number {
  return Math.abs(n) >= 1 ? percent(n) : n;
}

/** n% as a fraction, to Excel's 15 significant digits (99.9% is 0.999, not 0.9990000000000001). */
export function percent(n: number): number {
  return Number((n / 100).toPrecision(15));
}
