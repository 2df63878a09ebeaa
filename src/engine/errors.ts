/**
 * Engine failures. The engine throws an {@link EngineError}; the custom-function layer turns it
 * into the matching Excel error (`#VALUE!`, `#NUM!`, `#DIV/0!`, `#N/A`). Messages name the
 * argument (and the cell) at fault, in the argument names of docs/functions.md, and stay short.
 */
export type ErrorKind = "value" | "num" | "div0" | "na";

export class EngineError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string
  ) {
    super(message);
    this.name = "EngineError";
  }
}

/** `#VALUE!`: wrong kind of input (text where a number belongs, mismatched sizes, bad option). */
export function valueError(message: string): never {
  throw new EngineError("value", message);
}

/** `#NUM!`: an impossible number (negative weight, non-positive price, n > 15). */
export function numError(message: string): never {
  throw new EngineError("num", message);
}

/** `#DIV/0!`: a zero denominator (all weights 0, target 0, stretch = target). */
export function div0Error(message: string): never {
  throw new EngineError("div0", message);
}
