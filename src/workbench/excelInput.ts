/**
 * How Excel (en-US) reads what is typed into a cell — or written through `Range.values` /
 * `Range.formulas`, which Excel parses exactly like typed input. Both of the add-in's test
 * backends (the workbench and the strict Excel fake in test/support/) store cells through this,
 * so a string that Excel would turn into a date, a number or a boolean turns into one there too.
 *
 * Sources:
 * - `Range.values` in @types/office-js: a value starting with "+", "-" or "=" is a formula;
 *   locale-shaped strings become dates (en-US: month first).
 * - OfficeDev/office-js issues 229 and 1559: "Jan 2026", "1-2", "10%", "1,000", "TRUE" written as
 *   strings arrive as dates, numbers and booleans.
 * - Microsoft support, "Format numbers as text" and "Stop automatically changing numbers to
 *   dates": a leading apostrophe, or the Text number format (@) set before the entry, keeps the
 *   entry as text; the apostrophe is not part of the value.
 * - Microsoft support, "Enter a date or time in a cell" and "Date systems in Excel": two-digit years
 *   00–29 are 2000–2029 and 30–99 are 1930–1999; serial 1 is 1 Jan 1900 (the 1900 system, with its
 *   phantom 29 Feb 1900); a month and year alone mean the 1st of that month; a day and month
 *   alone mean this year.
 * - Blank and null values in Excel add-ins (learn.microsoft.com): in a 2-D array `null` leaves a
 *   cell unchanged and "" clears it.
 *
 * A plain number typed into a cell formatted as a percentage is a percentage when it is 1 or more
 * (Excel's automatic percent entry: 95 → 95%, 0.95 → 95%; Microsoft support, "Format numbers as
 * percentages").
 *
 * Where Excel also changes the cell's number format (a date gets a date format, "10%" a percent
 * format, "$5" a currency format, "1,000" a thousands format), the result says which; Excel does
 * that when the cell's format is General (and, for dates and times, whenever the format is not
 * already a date format).
 */

import { percent, percentEntry } from "../engine";
import { isDateFormat } from "../sheets/plan/owner";

export type ExcelInput = string | number | boolean | null | undefined;

/** A cell's content after Excel has read the input. */
export type ParsedInput =
  | { kind: "unchanged" }
  | { kind: "empty" }
  | { kind: "text"; text: string }
  | { kind: "number"; value: number; format?: string }
  | { kind: "boolean"; value: boolean }
  | { kind: "error"; code: string }
  | { kind: "formula"; formula: string };

export interface ParseOptions {
  /** The number format the cell has before the entry ("@" keeps everything as text). */
  cellFormat?: string;
  /** The current year, for dates typed without one ("3/4"); defaults to this year. */
  year?: number;
}

const ERRORS = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"];

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** 1–12 for a month name or its three-letter abbreviation (any case), else 0. */
function monthNumber(word: string): number {
  const w = word.toLowerCase();
  const i = MONTHS.findIndex((m) => m === w || (w.length === 3 && m.startsWith(w)));
  return i + 1;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Excel's serial number of a date (1900 date system), or undefined when the date is not valid. */
export function dateSerial(year: number, month: number, day: number): number | undefined {
  if (!(year >= 1900 && year <= 9999 && month >= 1 && month <= 12 && day >= 1)) return undefined;
  const days = month === 2 && !isLeap(year) ? 28 : DAYS_IN_MONTH[month - 1];
  if (day > days) return undefined;
  const utc = Date.UTC(year, month - 1, day);
  const serial = Math.round((utc - Date.UTC(1899, 11, 30)) / 86400000);
  // Before 1 March 1900 Excel counts one day less (its 29 Feb 1900 does not exist in real calendars).
  return serial < 61 ? serial - 1 : serial;
}

/** Year, month and day of an Excel serial number (1900 date system). */
export function serialDate(serial: number): { year: number; month: number; day: number } {
  const whole = Math.floor(serial);
  if (whole === 60) return { year: 1900, month: 2, day: 29 };
  const days = whole < 60 ? whole + 1 : whole;
  const d = new Date(Date.UTC(1899, 11, 30) + days * 86400000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** A typed year: one or two digits are 1930–2029 (Excel's default cut-off), four as they are. */
function fullYear(text: string): number | undefined {
  if (/^\d{1,2}$/.test(text)) {
    const y = Number(text);
    return y < 30 ? 2000 + y : 1900 + y;
  }
  if (/^\d{4}$/.test(text)) return Number(text);
  return undefined;
}

/** A time of day: "10:30", "10:30:15", "10:30 AM", "9 PM" → fraction of a day and its format. */
function parseTime(text: string): { value: number; format: string } | undefined {
  const m = /^(\d{1,2})(?::(\d{1,2}))?(?::(\d{1,2}(?:\.\d+)?))?\s*([ap]m?)?$/i.exec(text.trim());
  if (!m || (m[2] === undefined && m[4] === undefined)) return undefined;
  let hours = Number(m[1]);
  const minutes = Number(m[2] ?? 0);
  const seconds = Number(m[3] ?? 0);
  if (m[4]) {
    if (hours < 1 || hours > 12) return undefined;
    const pm = m[4].toLowerCase().startsWith("p");
    hours = (hours % 12) + (pm ? 12 : 0);
  }
  if (hours > 23 || minutes > 59 || seconds >= 60) return undefined;
  const format = m[4] ? "h:mm AM/PM" : m[3] !== undefined ? "h:mm:ss" : "h:mm";
  return { value: (hours * 3600 + minutes * 60 + seconds) / 86400, format };
}

/** A date in one of the shapes Excel en-US accepts, with the format Excel gives it. */
function parseDate(text: string, year: number): { value: number; format: string } | undefined {
  const t = text.trim().replace(/\s+/g, " ");
  const date = (y: number | undefined, m: number, d: number, format: string) => {
    const serial = y === undefined ? undefined : dateSerial(y, m, d);
    return serial === undefined ? undefined : { value: serial, format };
  };
  let m: RegExpExecArray | null;
  // 2026-01-15, 2026/1/15 (year first).
  if ((m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(t)))
    return date(Number(m[1]), Number(m[2]), Number(m[3]), "m/d/yyyy");
  // 3/1/2026, 1-2-3, 3/4, 1-2 (month first), 1/2026 (month and year).
  if ((m = /^(\d{1,2})([-/])(\d{1,4})(?:\2(\d{1,2}|\d{4}))?$/.exec(t))) {
    const [, a, , b, c] = m;
    if (c !== undefined) return date(fullYear(c), Number(a), Number(b), "m/d/yyyy");
    if (Number(b) <= 31 && b.length <= 2) return date(year, Number(a), Number(b), "d-mmm");
    return date(fullYear(b), Number(a), 1, "mmm-yy");
  }
  // 15-Jan, 15 Jan 2026, 15-Jan-26, 15/Jan/2026 (day first, month name).
  if ((m = /^(\d{1,2})[- /]([a-z]+)\.?(?:[- /,]\s?(\d{2}|\d{4}))?$/i.exec(t))) {
    const month = monthNumber(m[2]);
    if (!month) return undefined;
    if (m[3] === undefined) return date(year, month, Number(m[1]), "d-mmm");
    return date(fullYear(m[3]), month, Number(m[1]), "d-mmm-yy");
  }
  // Jan 15, Jan 15 2026, January 15, 2026, Jan-15, Jan 2026, Jan-26, January 2026 (month first).
  if ((m = /^([a-z]+)\.?[- /](\d{1,4})(?:,?[- /](\d{2}|\d{4}))?$/i.exec(t))) {
    const month = monthNumber(m[1]);
    if (!month) return undefined;
    const [, , n, y] = m;
    if (y !== undefined) return date(fullYear(y), month, Number(n), "d-mmm-yy");
    if (n.length <= 2 && Number(n) >= 1 && Number(n) <= 31)
      return date(year, month, Number(n), "d-mmm");
    return date(fullYear(n), month, 1, "mmm-yy");
  }
  return undefined;
}

/** A date, a time, or a date and a time ("3/1/2026 10:30"). */
function parseDateTime(text: string, year: number): { value: number; format: string } | undefined {
  const t = text.trim();
  const time = parseTime(t);
  if (time) return time;
  const date = parseDate(t, year);
  if (date) return date;
  const m = /^(.*\S)\s+(\d{1,2}(?::\d{1,2}){1,2}(?:\.\d+)?(?:\s*[ap]m?)?|\d{1,2}\s*[ap]m?)$/i.exec(
    t
  );
  if (!m) return undefined;
  const d = parseDate(m[1], year);
  const h = parseTime(m[2]);
  return d && h ? { value: d.value + h.value, format: "m/d/yyyy h:mm" } : undefined;
}

/** A number as Excel en-US reads it: 1,000 · 1.5 · -5 · (5) · $5 · 10% · 1e3 · 1 1/2. */
function parseNumber(text: string): { value: number; format?: string } | undefined {
  let t = text.trim();
  let negative = false;
  if (/^\(.*\)$/.test(t)) {
    negative = true;
    t = t.slice(1, -1).trim();
  }
  const sign = (s: string) => {
    if (s === "-") negative = !negative;
  };
  let m = /^([-+]?)\s*(\$?)\s*([-+]?)(.*)$/.exec(t)!;
  sign(m[1]);
  sign(m[3]);
  const currency = m[2] === "$";
  if (m[1] && m[3]) return undefined;
  t = m[4];
  let isPercent = false;
  if (t.endsWith("%")) {
    isPercent = true;
    t = t.slice(0, -1).trim();
  }
  if (isPercent && currency) return undefined;
  // A mixed fraction: "1 1/2", "0 3/4".
  if ((m = /^(\d+) (\d+)\/(\d+)$/.exec(t)!) && !isPercent && !currency) {
    const [whole, num, den] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (den === 0) return undefined;
    const value = whole + num / den;
    return { value: negative ? -value : value, format: "# ?/?" };
  }
  m = /^((\d{1,3}(?:,\d{3})+|\d+)(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.exec(t)!;
  if (!m) return undefined;
  const thousands = Boolean(m[2]?.includes(","));
  const decimals = m[3] && m[3].length > 1 ? 2 : 0;
  let value = Number(m[0].replace(/,/g, ""));
  if (!Number.isFinite(value)) return undefined;
  if (isPercent) value = percent(value);
  if (negative) value = -value;
  const format = isPercent
    ? decimals
      ? "0.00%"
      : "0%"
    : currency
      ? decimals
        ? "$#,##0.00"
        : "$#,##0"
      : m[4]
        ? "0.00E+00"
        : thousands
          ? decimals
            ? "#,##0.00"
            : "#,##0"
          : undefined;
  return { value, format };
}

/**
 * What Excel (en-US) makes of `input` entered into a cell. Strings are parsed as typed input;
 * numbers and booleans are stored as they are; `null`/`undefined` leave the cell unchanged; ""
 * clears it.
 */
export function parseExcelInput(input: ExcelInput, options: ParseOptions = {}): ParsedInput {
  if (input === null || input === undefined) return { kind: "unchanged" };
  if (typeof input === "number") return { kind: "number", value: input };
  if (typeof input === "boolean") return { kind: "boolean", value: input };
  if (input === "") return { kind: "empty" };
  if (input.startsWith("'")) return { kind: "text", text: input.slice(1) };
  if (options.cellFormat === "@") return { kind: "text", text: input };
  if (input.startsWith("=") && input.length > 1) return { kind: "formula", formula: input };
  const t = input.trim();
  const upper = t.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { kind: "boolean", value: upper === "TRUE" };
  if (ERRORS.includes(upper)) return { kind: "error", code: upper };
  const number = parseNumber(t);
  // A plain number typed into a percentage cell: Excel's automatic percent entry (95 → 95%).
  if (number && !number.format && /%$/.test(options.cellFormat ?? ""))
    return { kind: "number", value: percentEntry(number.value) };
  if (number) return { kind: "number", ...number };
  const year = options.year ?? new Date().getFullYear();
  const date = parseDateTime(t, year);
  if (date) return { kind: "number", ...date };
  // "+x", "-x" and "@x" that are not numbers are read as formulas (and usually fail as such).
  if (/^[-+@]./.test(input)) return { kind: "formula", formula: `=${input.replace(/^@/, "")}` };
  return { kind: "text", text: input };
}

/** The format a cell ends up with after an entry: Excel's automatic format, or the one it had. */
export function formatAfterEntry(parsed: ParsedInput, cellFormat = "General"): string {
  if (parsed.kind !== "number" || !parsed.format) return cellFormat;
  if (isDateFormat(parsed.format)) return isDateFormat(cellFormat) ? cellFormat : parsed.format;
  return /^general$/i.test(cellFormat) ? parsed.format : cellFormat;
}
