/** A1 addresses: column letters ↔ numbers, cell and range parsing. Rows and columns are 0-based here. */

export interface CellRef {
  row: number;
  col: number;
}

export interface RangeRef {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnName(col: number): string {
  let name = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** "A" → 0, "AA" → 26. */
export function columnIndex(name: string): number {
  let n = 0;
  for (const ch of name.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function cellAddress(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

export function rangeAddress(r: RangeRef): string {
  const tl = cellAddress(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? tl : `${tl}:${cellAddress(r.bottom, r.right)}`;
}

const CELL = /^\$?([A-Z]{1,3})\$?([1-9][0-9]{0,6})$/i;

export function parseCell(address: string): CellRef {
  const m = CELL.exec(address.trim());
  if (!m) throw new Error(`not a cell address: ${address}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** "B2:D5" or "B2" → a range (corners normalised). */
export function parseRange(address: string): RangeRef {
  const [a, b = a] = address.split(":");
  const p = parseCell(a);
  const q = parseCell(b);
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

export function isRange(address: string): boolean {
  const parts = address.split(":");
  return parts.length <= 2 && parts.every((p) => CELL.test(p.trim()));
}

export function rangeSize(r: RangeRef): { rows: number; columns: number } {
  return { rows: r.bottom - r.top + 1, columns: r.right - r.left + 1 };
}

export function overlaps(a: RangeRef, b: RangeRef): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function contains(outer: RangeRef, inner: RangeRef): boolean {
  return (
    inner.top >= outer.top &&
    inner.bottom <= outer.bottom &&
    inner.left >= outer.left &&
    inner.right <= outer.right
  );
}

/** The range `rows` × `columns` whose top-left cell is `at`. */
export function rangeAt(at: string, rows: number, columns: number): RangeRef {
  const c = parseCell(at);
  return { top: c.row, left: c.col, bottom: c.row + rows - 1, right: c.col + columns - 1 };
}

/** "$B$2:$D$5": the range with absolute references, as defined names use. */
export function absoluteAddress(r: RangeRef): string {
  const abs = (row: number, col: number) => `$${columnName(col)}$${row + 1}`;
  return `${abs(r.top, r.left)}:${abs(r.bottom, r.right)}`;
}
