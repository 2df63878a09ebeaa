import { valueError } from "../errors";

export type YtdMethod = "average" | "sum" | "last" | "min" | "max";

const METHODS: readonly YtdMethod[] = ["average", "sum", "last", "min", "max"];

export function parseYtdMethod(value: unknown): YtdMethod {
  if (value === null || value === undefined || value === "") return "average";
  if (typeof value === "string") {
    const text = value.trim().toLowerCase() as YtdMethod;
    if (METHODS.includes(text)) return text;
  }
  return valueError(`method: '${String(value)}' is not one of ${METHODS.join(", ")}`);
}

/**
 * MSP.KPI.YTD — year-to-date aggregate of the reported values (`null` = not reported):
 * average (default), sum, last (last reported), min or max. Nothing reported: null (Excel
 * shows ""). Ratio KPIs belong in SUM(numerators)/SUM(denominators), not in an average of ratios.
 */
export function ytd(
  values: readonly (number | null)[],
  method: YtdMethod = "average"
): number | null {
  const reported = values.filter((v): v is number => v !== null);
  if (reported.length === 0) return null;
  switch (method) {
    case "average":
      return reported.reduce((s, v) => s + v, 0) / reported.length;
    case "sum":
      return reported.reduce((s, v) => s + v, 0);
    case "last":
      return reported[reported.length - 1];
    case "min":
      return reported.reduce((m, v) => Math.min(m, v));
    case "max":
      return reported.reduce((m, v) => Math.max(m, v));
  }
}
