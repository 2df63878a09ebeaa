/**
 * The functions' metadata and documentation, generated from the wrappers' JSDoc — the one place
 * each function is described (scripts/functions-metadata.js): what Excel reads (ids, descriptions,
 * parameters, help URL), and what the help page, the function reference (docs/functions.md), the
 * README table, the examples sheet and the workbench take from it (group, formula, worked example,
 * source, the shape of an array result). Injected at build time by webpack's DefinePlugin and in
 * tests by jest's globalSetup.
 */
import { Literal, parseFormula } from "../formula/formula";

export interface ParameterMetadata {
  name: string;
  description?: string;
  type: string;
  dimensionality?: "scalar" | "matrix";
  optional?: boolean;
  repeating?: boolean;
}

export type Group = "Provider selection" | "Monthly KPI review" | "Penalties and incentives";

export interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  helpUrl?: string;
  parameters: ParameterMetadata[];
  result: { type?: string; dimensionality?: "scalar" | "matrix" };
  /** The wrapper file's group. */
  group: Group;
  /** @formula: how it is computed. */
  formula: string;
  /** @example: a formula a user can type, its result (as Excel shows it) and what it means. */
  example: { formula: string; result: string; meaning: string };
  /** @source: the public source of the method. */
  source: string;
  /** @spill: the shape of an array result — "like <param>", "row as wide as <param>", "column as tall as <param>". */
  spill?: string;
  /** @format: the number format its result shows in (the examples sheet); General when absent. */
  format?: string;
}

declare const __MSP_FUNCTIONS_METADATA__: { functions: FunctionMetadata[] };

export const FUNCTIONS: readonly FunctionMetadata[] = __MSP_FUNCTIONS_METADATA__.functions;

/** The groups, in the reference's order. */
export const GROUPS: readonly Group[] = [...new Set(FUNCTIONS.map((f) => f.group))];

/** How a user types it: MSP.SLA.CREDIT(actual, minimum, …, [pool_allocation], [direction]). */
export function syntax(f: FunctionMetadata): string {
  const params = f.parameters.map((p) => {
    if (p.repeating) return `${p.name}1, [${p.name}2], …`;
    return p.optional ? `[${p.name}]` : p.name;
  });
  return `MSP.${f.id}(${params.join(", ")})`;
}

/** A cell's value in an example: a number, text, TRUE/FALSE, or null (blank). */
export type Cell = number | string | boolean | null;
/** An example's argument as Excel passes it: a value, a range (rows of cells), or several ranges (a repeating parameter). */
export type Arg = Cell | Cell[][] | Cell[][][];

function cell(v: Literal): Cell {
  return typeof v === "object" ? v.error : v;
}

function value(e: ReturnType<typeof parseFormula>): Cell | Cell[][] {
  if (e.t === "array") return e.rows.map((row) => row.map(cell));
  if (e.t === "num" || e.t === "str" || e.t === "bool") return e.v;
  if (e.t === "unary" && e.op === "-" && e.arg.t === "num") return -e.arg.v;
  if (e.t === "missing") return null;
  if (e.t === "err") return e.v;
  throw new Error(`an example argument must be a value or an array constant, not ${e.t}`);
}

/** The example's arguments, as Excel passes them (a repeating parameter's ranges as one list). */
export function exampleArgs(f: FunctionMetadata): Arg[] {
  const call = parseFormula(f.example.formula);
  if (call.t !== "call" || call.fn !== `MSP.${f.id}`)
    throw new Error(`MSP.${f.id}: its example must call it`);
  const args = call.args.map(value);
  const repeating = f.parameters.findIndex((p) => p.repeating);
  if (repeating < 0) return args;
  return [...args.slice(0, repeating), args.slice(repeating) as Cell[][][]];
}

/** The example's stated result. */
export function exampleResult(f: FunctionMetadata): Cell | Cell[][] {
  return value(parseFormula(f.example.result));
}

/** A result as the reference shows it: numbers to at most 4 decimals, arrays as array constants. */
export function formatResult(r: Cell | Cell[][]): string {
  const fmt = (v: Cell) =>
    typeof v === "number"
      ? String(Math.round(v * 1e4) / 1e4)
      : typeof v === "string"
        ? `"${v}"`
        : typeof v === "boolean"
          ? v
            ? "TRUE"
            : "FALSE"
          : "";
  return Array.isArray(r) ? `{${r.map((x) => x.map(fmt).join(",")).join(";")}}` : fmt(r);
}
