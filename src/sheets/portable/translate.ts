/**
 * One formula of a sheet → its portable formulas: every MSP.* call replaced by its native
 * translation (./native.ts), one formula per cell of what it spills, references to other sheets
 * pointed at local copies of their values. A formula calling a function whose results are kept as
 * values (./native.ts, FROZEN) is reported as frozen.
 */
import { cellAddress, RangeRef } from "../../formula/a1";
import {
  Expr,
  formulaNodes,
  Literal,
  literalText,
  mapFormula,
  parseFormula,
  printFormula,
  Ref,
  refText,
} from "../../formula/formula";
import { FROZEN, Helpers, NATIVE, Operand } from "./native";

export interface TranslateContext {
  /** The sheet the formula is on: references to it (or with no sheet) are local. */
  sheet: string;
  helpers: Helpers;
  /** A reference to another sheet → a reference to a local copy of its values, the same shape. */
  local(ref: Ref): Ref;
}

export type Translated =
  | { kind: "formulas"; cells: string[][] }
  /** Its results are kept as values (an AHP, TOPSIS or flip-weights call). */
  | { kind: "frozen" };

/** The namespace of the add-in's functions in formulas. */
const MSP = "MSP.";
/** Native functions that work element by element when a spilling formula gives them a range. */
const ELEMENTWISE = new Set([
  "IF",
  "IFERROR",
  "ISBLANK",
  "ISNUMBER",
  "ROUND",
  "ABS",
  "N",
  "AND",
  "OR",
  "NOT",
]);

const size = (r: RangeRef) => ({ rows: r.bottom - r.top + 1, columns: r.right - r.left + 1 });
const isMsp = (e: Expr): e is Extract<Expr, { t: "call" }> =>
  e.t === "call" && e.fn.startsWith(MSP);

/**
 * The formula of one cell as portable formulas for the cells it fills: `spill` when the plan
 * declares one, else as many as its MSP.* results and the ranges it works on element by element
 * have (1 × 1 when it does not spill).
 */
export function translateFormula(
  formula: string,
  spill: { rows: number; columns: number } | null,
  ctx: TranslateContext
): Translated {
  const tree = mapFormula(parseFormula(formula), (e) =>
    e.t === "ref" && e.sheet !== undefined && e.sheet !== ctx.sheet
      ? ctx.local(e)
      : e.t === "ref" && e.sheet !== undefined
        ? { ...e, sheet: undefined }
        : e
  );
  const nodes = [...formulaNodes(tree)];
  if (
    nodes.some((n) => n.t === "call" && n.fn.startsWith(MSP) && FROZEN.has(n.fn.slice(MSP.length)))
  )
    return { kind: "frozen" };

  // Each MSP.* call translated once (its helper cells written once).
  const translations = new Map<Expr, string[][]>();
  for (const n of nodes) {
    if (!isMsp(n)) continue;
    const name = n.fn.slice(MSP.length);
    const translate = NATIVE[name];
    if (!translate) throw new Error(`MSP.${name} has no portable formula`);
    if (n.args.some((a) => [...formulaNodes(a)].some(isMsp)))
      throw new Error(`MSP.${name}: a call inside another MSP.* call is not portable`);
    translations.set(n, translate(n.args.map(operand), ctx.helpers));
  }

  const { rows, columns } = spill ?? naturalSize(tree, translations);
  const cells = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: columns }, (_, j) => `=${printFormula(elementOf(tree, i, j))}`)
  );
  return { kind: "formulas", cells };

  /** The formula of cell (i, j) of the result. */
  function elementOf(e: Expr, i: number, j: number): Expr {
    const translated = translations.get(e);
    if (translated) {
      const r = translated.length === 1 ? 0 : i;
      const c = translated[0].length === 1 ? 0 : j;
      const text = translated[r]?.[c];
      if (text === undefined)
        throw new Error(`a result of ${printFormula(e)} does not fit its cells`);
      return { t: "paren", e: parseFormula(text) };
    }
    const spills = rows > 1 || columns > 1;
    switch (e.t) {
      case "ref": {
        const { rows: h, columns: w } = size(e.range);
        if (!spills || (h === 1 && w === 1)) return e;
        const row = e.range.top + (h === 1 ? 0 : i);
        const col = e.range.left + (w === 1 ? 0 : j);
        return cellRef(row, col);
      }
      case "call": {
        if (spills && !ELEMENTWISE.has(e.fn) && e.args.some(hasRange))
          throw new Error(`${e.fn} over a range in a spilling formula is not portable`);
        return { ...e, args: e.args.map((a) => elementOf(a, i, j)) };
      }
      case "unary":
      case "percent":
        return { ...e, arg: elementOf(e.arg, i, j) };
      case "bin":
        return { ...e, l: elementOf(e.l, i, j), r: elementOf(e.r, i, j) };
      case "paren":
        return { ...e, e: elementOf(e.e, i, j) };
      default:
        return e;
    }
  }
}

/** The cells a formula fills: its MSP.* results', and ranges outside calls that are not element by element. */
function naturalSize(
  e: Expr,
  translations: Map<Expr, string[][]>
): { rows: number; columns: number } {
  let rows = 1;
  let columns = 1;
  const visit = (n: Expr) => {
    const t = translations.get(n);
    if (t) {
      rows = Math.max(rows, t.length);
      columns = Math.max(columns, t[0].length);
      return;
    }
    if (n.t === "ref") {
      rows = Math.max(rows, size(n.range).rows);
      columns = Math.max(columns, size(n.range).columns);
    } else if (n.t === "call") {
      if (ELEMENTWISE.has(n.fn)) n.args.forEach(visit);
    } else if (n.t === "unary" || n.t === "percent") visit(n.arg);
    else if (n.t === "bin") [n.l, n.r].forEach(visit);
    else if (n.t === "paren") visit(n.e);
  };
  visit(e);
  return { rows, columns };
}

const hasRange = (e: Expr) =>
  [...formulaNodes(e)].some(
    (n) => n.t === "ref" && (n.range.top !== n.range.bottom || n.range.left !== n.range.right)
  );

const cellRef = (row: number, col: number): Ref => ({
  t: "ref",
  range: { top: row, left: col, bottom: row, right: col },
  abs: [false, false, false, false],
  single: true,
});

/** An argument as an operand for a translation. */
export function operand(e: Expr): Operand {
  if (e.t === "missing" || (e.t === "str" && e.v === ""))
    return scalar(e.t === "str" ? '""' : "", true, e.t === "str" ? "" : undefined);
  if (e.t === "num" || e.t === "str" || e.t === "bool") return scalar(printFormula(e), false, e.v);
  if (e.t === "unary" && e.op === "-" && e.arg.t === "num")
    return scalar(printFormula(e), false, -e.arg.v);
  if (e.t === "paren") return operand(e.e);
  if (e.t === "ref") {
    const { rows, columns } = size(e.range);
    const at = (k: number) =>
      cellAddress(e.range.top + Math.floor(k / columns), e.range.left + (k % columns));
    return {
      text: refText(e),
      rows,
      columns,
      omitted: false,
      at,
      part: (top, left, bottom, right) =>
        refText({
          ...e,
          single: top === bottom && left === right,
          range: {
            top: e.range.top + top,
            left: e.range.left + left,
            bottom: e.range.top + bottom,
            right: e.range.left + right,
          },
        }),
    };
  }
  if (e.t === "array") {
    const rows = e.rows.length;
    const columns = e.rows[0].length;
    return {
      text: printFormula(e),
      rows,
      columns,
      omitted: false,
      at: (k) => literalText(e.rows[Math.floor(k / columns)][k % columns]),
      part: (top, left, bottom, right) =>
        printFormula({
          t: "array",
          rows: e.rows.slice(top, bottom + 1).map((r) => r.slice(left, right + 1)),
        }),
    };
  }
  if (hasRange(e))
    throw new Error(`${printFormula(e)}: an argument computed from a range is not portable`);
  const atomic = e.t === "call" || e.t === "name" || e.t === "err";
  return scalar(atomic ? printFormula(e) : `(${printFormula(e)})`, false, undefined);
}

function scalar(text: string, omitted: boolean, literal: Literal | undefined): Operand {
  return {
    text,
    rows: 1,
    columns: 1,
    omitted,
    ...(literal === undefined ? {} : { literal }),
    at: () => text,
    part: () => text,
  };
}
