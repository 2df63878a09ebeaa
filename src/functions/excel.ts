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

const overflow = () => new EngineError("num", "the result is beyond Excel's number range");
const isOverflow = (v: unknown) => typeof v === "number" && !Number.isFinite(v);

/**
 * Run a wrapper body; an EngineError becomes the matching CustomFunctions.Error. A result
 * beyond Excel's number range (±Infinity, or NaN from ∞ − ∞) is #NUM!, as Excel shows an
 * overflow: the whole result for a single value, the cell alone inside an array.
 */
export function excel<T>(body: () => T): T {
  let result: T;
  try {
    result = body();
  } catch (e) {
    if (e instanceof EngineError) throw toExcelError(e);
    throw e;
  }
  if (isOverflow(result)) throw toExcelError(overflow());
  if (!Array.isArray(result)) return result;
  return result.map((row: unknown) =>
    Array.isArray(row) ? row.map((v) => (isOverflow(v) ? toExcelError(overflow()) : v)) : row
  ) as T;
}

/** null ("no value") → "" so Excel shows an empty-looking cell, not 0. */
export function blankIfNull<T>(v: T | null): T | "" {
  return v === null ? "" : v;
}
