/**
 * Floating-point tolerance shared by every formula (SPEC.md, "Floating point"): derived
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
