/**
 * Excel arguments → engine inputs. Excel passes ranges as 2-D arrays of numbers, text, booleans
 * and blanks (`null` on the web, `0` on desktop; a formula's `""` is blank too). These helpers
 * check them and fail with a `#VALUE!` that names the argument and the cell.
 */
import { EngineError, numError, valueError } from "../engine/errors";

/** null, undefined and "" are blank. (Desktop Excel sends an empty cell as 0: not blank here.) */
export function isBlank(v: unknown): v is null | undefined | "" {
  return v === null || v === undefined || v === "";
}

/** A short description of a bad value for an error message. */
function describe(v: unknown): string {
  if (typeof v === "string") return `text '${v.length > 24 ? `${v.slice(0, 24)}…` : v}'`;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") return `${v}`;
  if (Array.isArray(v)) return "a range";
  return `a ${typeof v}`;
}

/**
 * A number or blank (null); text, booleans, NaN or ±Infinity fail, naming `where()` (built only
 * on failure: ranges can hold a million cells).
 */
function numberOrBlank(v: unknown, where: () => string): number | null {
  if (typeof v === "number") {
    if (Number.isFinite(v)) return v;
    return numError(`${where()} is not a finite number`);
  }
  if (isBlank(v)) return null;
  return valueError(`${where()} is ${describe(v)}, not a number`);
}

const isFiniteNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/** Unwrap a 1 × 1 range passed where one value belongs; a larger range fails. */
function single(v: unknown, name: string): unknown {
  if (!Array.isArray(v)) return v;
  const cells = cellsOf(v);
  if (cells.length !== 1)
    return valueError(`${name}: expects one value, got ${cells.length} cells`);
  return cells[0];
}

/** The cells of a range argument in reading order (rows, then columns); a scalar is one cell. */
export function cellsOf(arg: unknown): unknown[] {
  if (!Array.isArray(arg)) return [arg];
  const out: unknown[] = [];
  for (const row of arg) {
    if (Array.isArray(row)) for (const cell of row) out.push(cell);
    else out.push(row);
  }
  return out;
}

/** A scalar argument that may be blank: the number, or null when blank. */
export function optionalNumber(arg: unknown, name: string): number | null {
  return numberOrBlank(single(arg, name), () => `${name}:`);
}

/** A required number: blank fails with "`name`: is blank". */
export function requiredNumber(arg: unknown, name: string): number {
  const n = optionalNumber(arg, name);
  if (n === null) return valueError(`${name}: is blank`);
  return n;
}

/** A scalar option (text or number), unwrapped from a 1 × 1 range; blank becomes null. */
export function option(arg: unknown, name: string): unknown {
  const v = single(arg, name);
  return isBlank(v) ? null : v;
}

/** Every cell of a range as a number, or null where blank: "`name`: cell 3 is text 'high'". */
export function numbersOrBlanks(arg: unknown, name: string): (number | null)[] {
  const cells = cellsOf(arg);
  const out = new Array<number | null>(cells.length);
  for (let i = 0; i < cells.length; i++) {
    const v = cells[i];
    out[i] = isFiniteNumber(v) ? v : numberOrBlank(v, () => `${name}: cell ${i + 1}`);
  }
  return out;
}

/** Every cell of a range as a number; a blank cell counts as 0 (as on desktop Excel). */
export function numbersBlankAsZero(arg: unknown, name: string): number[] {
  return numbersOrBlanks(arg, name).map((v) => v ?? 0);
}

/** The numeric cells of a range; text, booleans and blanks are left out (as SUM does). */
export function numericCells(arg: unknown): number[] {
  return cellsOf(arg).filter(isFiniteNumber);
}

/** A rectangular, non-empty 2-D range. A scalar is a 1 × 1 range. */
export function matrixOf(arg: unknown, name: string): unknown[][] {
  if (!Array.isArray(arg)) return [[arg]];
  if (arg.length === 0) return valueError(`${name}: is empty`);
  const rows = arg.map((row) => (Array.isArray(row) ? row : [row]));
  const width = rows[0].length;
  if (width === 0) return valueError(`${name}: is empty`);
  rows.forEach((row, r) => {
    if (row.length !== width)
      valueError(`${name}: row ${r + 1} has ${row.length} cells, row 1 has ${width}`);
  });
  return rows;
}

/** A matrix of numbers or blanks (null); bad cells named as (row, column). */
export function numberMatrix(arg: unknown, name: string): (number | null)[][] {
  return matrixOf(arg, name).map((row, r) => {
    const out = new Array<number | null>(row.length);
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      out[c] = isFiniteNumber(v) ? v : numberOrBlank(v, () => `${name}: cell (${r + 1}, ${c + 1})`);
    }
    return out;
  });
}

/**
 * A matrix of numbers where every cell must be filled (criteria rows × provider columns) — except
 * in the columns of providers `taking` leaves out (they take no part; their blanks count as 0).
 */
export function filledMatrix(
  arg: unknown,
  name: string,
  taking: (provider: number) => boolean = () => true
): number[][] {
  return numberMatrix(arg, name).map((row, r) =>
    row.map((v, c) => {
      if (v !== null) return v;
      if (!taking(c)) return 0;
      return valueError(`${name}: criterion ${r + 1}, provider ${c + 1} is blank`);
    })
  );
}

/** A period series: one row or one column. Remembers which, so results can be laid out alike. */
export interface Series {
  cells: unknown[];
  layout: "row" | "column";
}

export function seriesOf(arg: unknown, name: string): Series {
  const m = matrixOf(arg, name);
  if (m.length === 1) return { cells: m[0], layout: "row" };
  if (m[0].length === 1) return { cells: m.map((row) => row[0]), layout: "column" };
  return valueError(`${name}: must be one row or one column (got ${m.length} × ${m[0].length})`);
}

/** perPeriod for a required number: a blank period is that period's #VALUE!. */
export function requiredPerPeriod(
  arg: unknown,
  name: string,
  first: unknown
): (row: number, col: number) => number {
  const at = perPeriod(arg, name, first);
  return (r, c) => {
    const v = at(r, c);
    return v === null ? valueError(`${name}: is blank for period (${r + 1}, ${c + 1})`) : v;
  };
}

/**
 * A level beside a period series (expected, minimum, target): one cell for every period, or a
 * range laid out like the series, one per period (each contract year's level). Blank: #VALUE!.
 */
export function levels(arg: unknown, name: string, series: Series): number | number[] {
  const m = matrixOf(arg, name);
  if (m.length === 1 && m[0].length === 1) return requiredNumber(m[0][0], name);
  const n = series.cells.length;
  const like = series.layout === "row" ? m.length === 1 : m[0].length === 1;
  if (!like || m.length * m[0].length !== n)
    return valueError(
      `${name}: is ${m.length} × ${m[0].length}, one cell or one per period like the ${series.layout} of ${n}`
    );
  return cellsOf(m).map((v, t) => requiredNumber(v, `${name}: period ${t + 1}`));
}

/** Lay `values` out like `series` (a 1 × N row or an N × 1 column). */
export function laidOutLike<T>(series: Series, values: T[]): T[][] {
  return series.layout === "row" ? [values] : values.map((v) => [v]);
}

/**
 * One call per row (docs/functions.md, "Conventions"): `first` — one cell, or a row, column or matrix of
 * periods — is read element by element. A blank element gives "" (compute is not called); a bad
 * element, or a failure of `compute`, gives that element's error (`toError`); everything else is
 * compute's result. The result has the shape of `first` (one cell: a 1 × 1 result, a single value
 * in Excel).
 */
export function elementwise(
  first: unknown,
  name: string,
  compute: (value: number, row: number, col: number) => unknown,
  toError: (e: EngineError) => unknown
): unknown[][] {
  const m = matrixOf(first, name);
  const one = m.length === 1 && m[0].length === 1;
  return m.map((row, r) =>
    row.map((v, c) => {
      try {
        const x = numberOrBlank(v, () => (one ? name : `${name}: cell (${r + 1}, ${c + 1})`));
        return x === null ? "" : compute(x, r, c);
      } catch (e) {
        if (e instanceof EngineError) return toError(e);
        throw e;
      }
    })
  );
}

/**
 * A per-period argument beside an `elementwise` first argument: one cell (the same for every
 * period) or a range the shape of `first` (its element for each period). Returns the value of
 * period (row, col): the number, or null when blank.
 */
export function perPeriod(
  arg: unknown,
  name: string,
  first: unknown
): (row: number, col: number) => number | null {
  const m = matrixOf(arg, name);
  if (m.length === 1 && m[0].length === 1) {
    const v = numberOrBlank(m[0][0], () => name);
    return () => v;
  }
  const shape = matrixOf(first, "first");
  if (m.length !== shape.length || m[0].length !== shape[0].length)
    return valueError(
      `${name}: is ${m.length} × ${m[0].length}, one cell or ${shape.length} × ${shape[0].length} like the periods`
    );
  return (r, c) => numberOrBlank(m[r][c], () => `${name}: cell (${r + 1}, ${c + 1})`);
}
