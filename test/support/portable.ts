/** Comparing a portable copy with its original, cell by cell. */
import { HEADER_ROWS } from "../../src/sheets/portable/copy";

/**
 * Equal values: text exactly; numbers within 1e-9, or 1e-13 relative (LibreOffice saves 15
 * significant digits in .xlsx).
 */
export const sameValue = (a: unknown, b: unknown): boolean =>
  typeof a === "number" && typeof b === "number"
    ? Math.abs(a - b) <= Math.max(1e-9, 1e-13 * Math.abs(a))
    : a === b;

/**
 * Cells of the original whose value the copy (moved down HEADER_ROWS rows) does not show — an
 * empty cell where the copy has put its "Values as of…" note aside — at most the first 20.
 */
export function differences(original: unknown[][], copy: unknown[][]): string[] {
  const out: string[] = [];
  original.forEach((row, r) =>
    row.forEach((v, c) => {
      const got = copy[r + HEADER_ROWS]?.[c] ?? "";
      const note = v === "" && String(got).startsWith("Values as of");
      if (!sameValue(v, got) && !note)
        out.push(`(${r},${c}): ${JSON.stringify(v)} vs ${JSON.stringify(got)}`);
    })
  );
  return out.slice(0, 20);
}
