/**
 * Displayed text of a computed value under an Excel number format — the formats the add-in's
 * plans use (General, 0, 0.0…, #,##0, #,##0.00, 0%, 0.0%…, a currency prefix ($, €, £), @) and
 * the ones Excel gives typed entries (dates such as m/d/yyyy, d-mmm, mmm-yy, mmm yyyy; times;
 * 0.00E+00; # ?/?).
 */
import { isDateFormat } from "../sheets/plan/owner";
import { serialDate } from "./excelInput";

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

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** A serial date/time under a date format: yyyy, yy, mmmm, mmm, mm, m, dd, d, h, hh, mm, ss, AM/PM. */
function dateText(serial: number, format: string): string {
  const { year, month, day } = serialDate(serial);
  const seconds = Math.round((serial - Math.floor(serial)) * 86400);
  const h24 = Math.floor(seconds / 3600) % 24;
  const minutes = Math.floor(seconds / 60) % 60;
  const ampm = /AM\/PM/i.test(format);
  const hours = ampm ? h24 % 12 || 12 : h24;
  const two = (n: number) => String(n).padStart(2, "0");
  let afterHour = false;
  return format.replace(/yyyy|yy|mmmm|mmm|mm|m|dd|d|hh|h|ss|s|AM\/PM|"[^"]*"|\\./gi, (token) => {
    const t = token.toLowerCase();
    if (token.startsWith('"')) return token.slice(1, -1);
    if (token.startsWith("\\")) return token.slice(1);
    if (t === "am/pm") return h24 < 12 ? "AM" : "PM";
    if (t === "yyyy") return String(year);
    if (t === "yy") return two(year % 100);
    if (t === "mmmm") return MONTH_NAMES[month - 1];
    if (t === "mmm") return MONTH_NAMES[month - 1].slice(0, 3);
    if (t === "dd") return two(day);
    if (t === "d") return String(day);
    if (t === "hh" || t === "h") {
      afterHour = true;
      return t === "hh" ? two(hours) : String(hours);
    }
    if (t === "ss" || t === "s") return t === "ss" ? two(seconds % 60) : String(seconds % 60);
    // m / mm: minutes right after an hour, otherwise the month.
    if (afterHour) {
      afterHour = false;
      return t === "mm" ? two(minutes) : String(minutes);
    }
    return t === "mm" ? two(month) : String(month);
  });
}

export function formatValue(value: Shown, format = "General"): string {
  if (value === null) return "";
  if (typeof value === "object") return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (format === "General" || format === "@") return general(value);
  if (isDateFormat(format)) return value >= 0 ? dateText(value, format) : "#".repeat(8);
  if (format === "0.00E+00")
    return value
      .toExponential(2)
      .toUpperCase()
      .replace(/E([-+])(\d)$/, "E$10$2");
  if (format === "# ?/?") {
    const whole = Math.trunc(value);
    const rest = Math.abs(value - whole);
    const den = [2, 3, 4, 5, 6, 7, 8, 9].find(
      (d) => Math.abs(rest * d - Math.round(rest * d)) < 1e-9
    );
    if (rest === 0 || !den) return general(value);
    return `${whole || (value < 0 ? "-" : "")}${whole ? " " : ""}${Math.round(rest * den)}/${den}`;
  }
  const m = /^([$€£]?)(#,##)?0(?:\.(0+))?(%?)$/.exec(format);
  if (!m) return general(value);
  const [, currency, grouping, decimals = "", percent] = m;
  const n = percent ? value * 100 : value;
  const text = fixed(Math.abs(n), decimals.length, Boolean(grouping));
  const sign = n < 0 && Number(text.replace(/,/g, "")) !== 0 ? "-" : "";
  return `${sign}${currency}${text}${percent}`;
}
