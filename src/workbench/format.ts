/**
 * Displayed text of a computed value under an Excel number format — the formats the add-in's
 * plans use: General, 0, 0.0…, #,##0, #,##0.00, 0%, 0.0%…, a currency prefix ($, €, £) and @.
 */
export type Shown = string | number | boolean | null | { error: string };

function general(n: number): string {
  if (n === 0) return "0";
  const abs = Math.abs(n);
  if (abs >= 1e11 || abs < 1e-9)
    return n
      .toExponential(5)
      .replace(/\.?0+e/, "E")
      .replace("E+", "E+")
      .toUpperCase();
  // Excel's General shows up to 10 significant digits in a normal-width column.
  return String(Number(n.toPrecision(10)));
}

function fixed(n: number, decimals: number, grouping: boolean): string {
  return n.toLocaleString("en-US", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: grouping,
  });
}

export function formatValue(value: Shown, format = "General"): string {
  if (value === null) return "";
  if (typeof value === "object") return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (format === "General" || format === "@") return general(value);
  const m = /^([$€£]?)(#,##)?0(?:\.(0+))?(%?)$/.exec(format);
  if (!m) return general(value);
  const [, currency, grouping, decimals = "", percent] = m;
  const n = percent ? value * 100 : value;
  const text = fixed(Math.abs(n), decimals.length, Boolean(grouping));
  const sign = n < 0 && Number(text.replace(/,/g, "")) !== 0 ? "-" : "";
  return `${sign}${currency}${text}${percent}`;
}
