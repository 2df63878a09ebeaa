/**
 * The MSP.* custom functions inside HyperFormula, for the workbench and for tests that evaluate
 * whole sheets. Each function is registered from the same wrapper Excel calls (found through its
 * CustomFunctions.associate id), with Excel's argument conventions: ranges as 2-D arrays, empty
 * cells as null (as Excel on the web sends them), omitted optional arguments as null, and
 * CustomFunctions.Error as the matching spreadsheet error.
 *
 * HyperFormula is GPL-3.0: this module is for the workbench and tests only, never the add-in.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  ImplementedFunctions,
  SimpleRangeValue,
} from "hyperformula";
import type { FunctionMetadata } from "../functions/metadata";

export interface RegisteredFunction {
  id: string;
  metadata: FunctionMetadata;
  call: (...args: unknown[]) => unknown;
}

type Size = { width: number; height: number };

/**
 * The size of a function's array result from its arguments' sizes (HyperFormula needs it before
 * evaluating), read from the function's @spill: "like <param>", "row as wide as <param>" or
 * "column as tall as <param>". Undefined for a function that returns one value.
 */
export function resultSize(f: FunctionMetadata): ((args: Size[]) => Size) | undefined {
  if (!f.spill) return undefined;
  const m = /^(like|row as wide as|column as tall as) (\w+)$/.exec(f.spill);
  const index = f.parameters.findIndex((p) => p.name === m?.[2]);
  if (!m || index < 0) throw new Error(`MSP.${f.id}: @spill "${f.spill}" is not understood`);
  if (m[1] === "like") return (args) => args[index];
  if (m[1] === "row as wide as") return (args) => ({ width: args[index].width, height: 1 });
  return (args) => ({ width: 1, height: args[index].height });
}

const ERROR_TYPES: Record<string, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#NUM!": ErrorType.NUM,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#N/A": ErrorType.NA,
  "#REF!": ErrorType.REF,
  "#NAME?": ErrorType.NAME,
};

/**
 * What an empty cell reaches a custom function as: null, as Excel on the web sends it, or 0, as
 * desktop Excel does. Tests switch it to prove sheets never depend on telling a blank from a 0.
 */
export const emptyCells: { as: null | 0 } = { as: null };

/** A value from HyperFormula as Excel passes it to a custom function. */
function excelValue(v: unknown): unknown {
  if (v === undefined) return null; // an omitted optional argument: null on every platform
  if (v === EmptyValue) return emptyCells.as;
  if (typeof v === "object" && v !== null && "val" in v) return (v as { val: number }).val; // dates, currency…
  return v;
}

function isExcelError(e: unknown): e is { code: string; message?: string } {
  return (
    typeof e === "object" &&
    e !== null &&
    typeof (e as { code?: unknown }).code === "string" &&
    (e as { code: string }).code.startsWith("#")
  );
}

function cellError(e: { code: string; message?: string }): CellError {
  return new CellError(ERROR_TYPES[e.code] ?? ErrorType.VALUE, e.message);
}

/** A custom function's result as a HyperFormula value. */
function hyperFormulaValue(result: unknown): unknown {
  if (isExcelError(result)) return cellError(result);
  if (Array.isArray(result)) {
    return SimpleRangeValue.onlyValues(
      (result as unknown[][]).map((row) =>
        row.map((v) => (isExcelError(v) ? cellError(v) : v))
      ) as never
    );
  }
  return result;
}

/** The first error inside an argument (Excel does not call a custom function with errors). */
function firstError(arg: unknown): CellError | undefined {
  if (arg instanceof CellError) return arg;
  if (arg instanceof SimpleRangeValue) {
    for (const v of arg.valuesFromTopLeftCorner()) if (v instanceof CellError) return v;
  }
  return undefined;
}

function excelArgument(arg: unknown): unknown {
  if (arg instanceof SimpleRangeValue) return arg.rawData().map((row) => row.map(excelValue));
  return excelValue(arg);
}

/** Build the HyperFormula plugin class for these functions. */
export function mspFunctionPlugin(functions: readonly RegisteredFunction[]) {
  class MspFunctions extends FunctionPlugin {
    static implementedFunctions: ImplementedFunctions = {};
  }
  const proto = MspFunctions.prototype as unknown as Record<string, unknown>;
  for (const f of functions) {
    const name = `MSP.${f.id}`;
    const method = `msp_${f.id.replace(/\./g, "_")}`;
    const params = f.metadata.parameters;
    const repeating = params.some((p) => p.repeating);
    const size = resultSize(f.metadata);
    MspFunctions.implementedFunctions[name] = {
      method,
      parameters: params.map((p) => ({
        argumentType:
          p.dimensionality === "matrix" ? FunctionArgumentType.RANGE : FunctionArgumentType.SCALAR,
        optionalArg: Boolean(p.optional),
      })),
      ...(repeating ? { repeatLastArgs: 1 } : {}),
      ...(size ? { sizeOfResultArrayMethod: `${method}_size` } : {}),
      vectorizationForbidden: true,
    };
    proto[method] = function (
      this: FunctionPlugin & Record<string, unknown>,
      ast: { args: unknown[] },
      state: unknown
    ) {
      const run = this["runFunction"] as (
        a: unknown,
        s: unknown,
        m: unknown,
        fn: (...x: unknown[]) => unknown
      ) => unknown;
      const metadata = (this["metadata"] as (n: string) => unknown).call(this, name);
      const result = run.call(this, ast.args, state, metadata, (...args: unknown[]) => {
        const error = args.map(firstError).find(Boolean);
        if (error) return error;
        const excelArgs = repeating
          ? [args.map(excelArgument)]
          : params.map((_, i) => (i < args.length ? excelArgument(args[i]) : null));
        try {
          return hyperFormulaValue(f.call(...excelArgs));
        } catch (e) {
          if (isExcelError(e)) return cellError(e);
          throw e;
        }
      });
      // A spilling function that fails fills its area with the error: HyperFormula 3.5 throws
      // ("Unknown array") when a formula references exactly the range of an array that is one
      // error, as SUM(range-of-a-failed-spill) would.
      if (result instanceof CellError && size) {
        const area = (this[`${method}_size`] as (a: unknown, s: unknown) => ArraySize).call(
          this,
          ast,
          state
        );
        return SimpleRangeValue.onlyValues(
          Array.from({ length: area.height }, () => Array(area.width).fill(result))
        );
      }
      return result;
    };
    if (size) {
      proto[`${method}_size`] = function (
        this: Record<string, unknown>,
        ast: { args: unknown[] },
        state: unknown
      ) {
        const sizeOf = this["arraySizeForAst"] as (a: unknown, s: unknown) => ArraySize;
        const sizes = ast.args.map((a) => sizeOf.call(this, a, state));
        const { width, height } = size(sizes);
        return new ArraySize(width, height);
      };
    }
  }
  return MspFunctions;
}

let registered = false;

/** Register the MSP.* functions with HyperFormula (once per page or process). */
export function registerMspFunctions(functions: readonly RegisteredFunction[]): void {
  if (registered) return;
  const plugin = mspFunctionPlugin(functions);
  const names = Object.fromEntries(functions.map((f) => [`MSP.${f.id}`, `MSP.${f.id}`]));
  HyperFormula.registerFunctionPlugin(plugin as never, { enGB: names });
  registered = true;
}

/**
 * A new, empty HyperFormula engine with the MSP.* functions. Array arithmetic on, as in Excel with
 * dynamic arrays: IFERROR(MSP.SCORES(…), "") spills, element by element. Results keep every digit
 * (smartRounding off): by default HyperFormula rounds them to 10 significant digits, where Excel
 * keeps full double precision (and shows up to 15).
 */
export function createEngine(functions: readonly RegisteredFunction[]): HyperFormula {
  registerMspFunctions(functions);
  return HyperFormula.buildEmpty({
    licenseKey: "gpl-v3",
    useArrayArithmetic: true,
    smartRounding: false,
  });
}
