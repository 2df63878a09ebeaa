/**
 * The bridge between engine results and what Excel shows: EngineError → CustomFunctions.Error
 * (with the message where Excel displays one: #VALUE! and #N/A), "no value" (null) → "".
 */
import { EngineError, ErrorKind } from "../engine/errors";

function errorCode(kind: ErrorKind): CustomFunctions.ErrorCode {
  switch (kind) {
    case "value":
      return CustomFunctions.ErrorCode.invalidValue;
    case "num":
      return CustomFunctions.ErrorCode.invalidNumber;
    case "div0":
      return CustomFunctions.ErrorCode.divisionByZero;
    case "na":
      return CustomFunctions.ErrorCode.notAvailable;
  }
}

/** The Excel error for an engine failure. Excel shows messages only for #VALUE! and #N/A. */
export function toExcelError(e: EngineError): CustomFunctions.Error {
  const withMessage = e.kind === "value" || e.kind === "na";
  return withMessage
    ? new CustomFunctions.Error(errorCode(e.kind), e.message)
    : new CustomFunctions.Error(errorCode(e.kind));
}

/** Run a wrapper body; an EngineError becomes the matching CustomFunctions.Error. */
export function excel<T>(body: () => T): T {
  try {
    return body();
  } catch (e) {
    if (e instanceof EngineError) throw toExcelError(e);
    throw e;
  }
}

/** null ("no value") → "" so Excel shows an empty-looking cell, not 0. */
export function blankIfNull<T>(v: T | null): T | "" {
  return v === null ? "" : v;
}
