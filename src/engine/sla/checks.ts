import { numError } from "../errors";

/** A money amount or fraction that must not be negative. */
export function nonNegative(value: number, argName: string): number {
  if (value < 0) numError(`${argName}: must not be negative (${value})`);
  return value;
}

/** A count such as repeat_limit, window or months: a whole number ≥ `min`. */
export function wholeNumber(value: number, argName: string, min: number): number {
  if (!Number.isInteger(value) || value < min)
    numError(`${argName}: must be a whole number ≥ ${min} (${value})`);
  return value;
}

/**
 * A level that may change from one period to the next (a contract year's expected level): one
 * number for every period, or one per period.
 */
export type PerPeriod = number | readonly number[];

/** The level of period t. */
export function levelAt(level: PerPeriod, t: number): number {
  return typeof level === "number" ? level : level[t];
}
