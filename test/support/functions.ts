/**
 * Every custom function as Excel would call it: id (from the JSDoc metadata), its parameters,
 * and the wrapper itself, found through the same id → function association the build uses.
 */
import * as path from "path";
import * as kpi from "../../src/functions/kpi";
import * as selection from "../../src/functions/selection";
import * as sla from "../../src/functions/sla";
import { FUNCTIONS, FunctionMetadata } from "../../src/functions/metadata";
import { CustomFunctionsError } from "./customFunctionsGlobal";

type Wrapper = (...args: unknown[]) => unknown;

const modules: Record<string, Record<string, unknown>> = {
  "selection.ts": selection,
  "kpi.ts": kpi,
  "sla.ts": sla,
};

declare const __MSP_FUNCTIONS_ASSOCIATE__: {
  id: string;
  functionName: string;
  sourceFileName: string;
}[];

export interface CustomFunction {
  id: string;
  metadata: FunctionMetadata;
  call: Wrapper;
}

export const customFunctions: CustomFunction[] = FUNCTIONS.map((metadata) => {
  const association = __MSP_FUNCTIONS_ASSOCIATE__.find((a) => a.id === metadata.id);
  if (!association) throw new Error(`no association for ${metadata.id}`);
  const fn = modules[path.basename(association.sourceFileName)][association.functionName];
  if (typeof fn !== "function") throw new Error(`${association.functionName} is not exported`);
  return { id: metadata.id, metadata, call: fn as Wrapper };
});

export function fn(id: string): Wrapper {
  const found = customFunctions.find((f) => f.id === id);
  if (!found) throw new Error(`no function ${id}`);
  return found.call;
}

/**
 * Call a wrapper and return what Excel would show in its cell: the value, or the error thrown. A
 * 1 × 1 result is a single value in Excel (one call for one cell), so it is returned unwrapped.
 */
export function excelResult(call: () => unknown): unknown {
  try {
    const r = call();
    return Array.isArray(r) && r.length === 1 && Array.isArray(r[0]) && r[0].length === 1
      ? r[0][0]
      : r;
  } catch (e) {
    if (e instanceof CustomFunctionsError) return e;
    throw e;
  }
}

/** The Excel error a call throws (fails the test when it returns a value instead). */
export function excelError(call: () => unknown): CustomFunctionsError {
  const r = excelResult(call);
  if (!(r instanceof CustomFunctionsError))
    throw new Error(`expected an Excel error, got ${JSON.stringify(r)}`);
  return r;
}
