import { valueError } from "./errors";
import { lessThan } from "./numeric";

/**
 * Which way is good: `"higher"` (higher is better, the default) or `"lower"`. Excel accepts the
 * text in any case, or `1` / `-1`; anything else is `#VALUE!` naming the value.
 */
export type Direction = "higher" | "lower";

/** Parse a direction argument; blank (null, undefined, "") means "higher". */
export function parseDirection(value: unknown, argName = "direction"): Direction {
  if (value === null || value === undefined || value === "") return "higher";
  if (value === 1) return "higher";
  if (value === -1) return "lower";
  if (typeof value === "string") {
    const text = value.trim().toLowerCase();
    if (text === "higher" || text === "lower") return text;
    return valueError(`${argName}: '${value}' is not "higher" or "lower"`);
  }
  return valueError(`${argName}: ${String(value)} is not "higher" or "lower"`);
}

/**
 * Does `actual` miss `level`? higher: actual < level; lower: actual > level (both rounded to
 * 9 decimal places first, so an actual exactly on the level meets it).
 */
export function misses(actual: number, level: number, direction: Direction): boolean {
  return direction === "higher" ? lessThan(actual, level) : lessThan(level, actual);
}
