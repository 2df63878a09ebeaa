/**
 * The functions' metadata (what Excel reads from dist/functions.json): ids, descriptions and
 * parameters, generated from the wrappers' JSDoc — the one place each function is described.
 * Injected at build time by webpack's DefinePlugin and in tests by jest's globalSetup.
 */
export interface ParameterMetadata {
  name: string;
  description?: string;
  type: string;
  dimensionality?: "scalar" | "matrix";
  optional?: boolean;
  repeating?: boolean;
}

export interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  helpUrl?: string;
  parameters: ParameterMetadata[];
  result: { type?: string; dimensionality?: "scalar" | "matrix" };
}

declare const __MSP_FUNCTIONS_METADATA__: { functions: FunctionMetadata[] };

export const FUNCTIONS: readonly FunctionMetadata[] = __MSP_FUNCTIONS_METADATA__.functions;

/** How a user types it: MSP.SLA.CREDIT(actual, minimum, …, [pool_allocation], [direction]). */
export function syntax(f: FunctionMetadata): string {
  const params = f.parameters.map((p) => {
    if (p.repeating) return `${p.name}1, [${p.name}2], …`;
    return p.optional ? `[${p.name}]` : p.name;
  });
  return `MSP.${f.id}(${params.join(", ")})`;
}
