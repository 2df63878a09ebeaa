/**
 * Excel en-US reads an entry — typed, or written through Range.values / Range.formulas — like
 * this (sources in src/workbench/excelInput.ts). Both test backends store cells through it.
 */
import {
  dateSerial,
  formatAfterEntry,
  parseExcelInput,
  serialDate,
} from "../../src/workbench/excelInput";
import { formatValue } from "../../src/workbench/format";

const YEAR = 2026;
const parse = (input: string, cellFormat?: string) =>
  parseExcelInput(input, { year: YEAR, cellFormat });

describe("dates", () => {
  test("serial numbers of the 1900 date system", () => {
    expect(dateSerial(1900, 1, 1)).toBe(1);
    expect(dateSerial(1900, 3, 1)).toBe(61); // after Excel's phantom 29 Feb 1900
    expect(dateSerial(2026, 1, 1)).toBe(46023);
    expect(dateSerial(2026, 2, 29)).toBeUndefined();
    expect(serialDate(46023)).toEqual({ year: 2026, month: 1, day: 1 });
    expect(serialDate(61)).toEqual({ year: 1900, month: 3, day: 1 });
  });

  test.each([
    ["Jan 2026", 46023, "mmm-yy"], // a month and a year: the 1st of that month
    ["January 2026", 46023, "mmm-yy"],
    ["jan-2026", 46023, "mmm-yy"],
    ["3/1/2026", 46082, "m/d/yyyy"], // month first in en-US
    ["2026-01-15", 46037, "m/d/yyyy"],
    ["1-2", dateSerial(YEAR, 1, 2), "d-mmm"], // no year: this year
    ["3/4", dateSerial(YEAR, 3, 4), "d-mmm"],
    ["1-2-3", dateSerial(2003, 1, 2), "m/d/yyyy"],
    ["15-Jan-26", 46037, "d-mmm-yy"],
    ["15 Jan 2026", 46037, "d-mmm-yy"],
    ["Jan 15, 2026", 46037, "d-mmm-yy"],
    ["Mar-26", dateSerial(YEAR, 3, 26), "d-mmm"],
    ["1/2030", dateSerial(2030, 1, 1), "mmm-yy"],
    ["12/31/99", dateSerial(1999, 12, 31), "m/d/yyyy"],
    ["12/31/29", dateSerial(2029, 12, 31), "m/d/yyyy"],
  ])("%s is a date", (input, value, format) => {
    expect(parse(input)).toEqual({ kind: "number", value, format });
  });

  test.each(["2/30", "13/1/2026", "Q1 2026", "May", "Tier 1 below", "Jan 2026 review"])(
    "%s stays text",
    (input) => expect(parse(input)).toEqual({ kind: "text", text: input })
  );

  test("times, and a date with a time", () => {
    expect(parse("10:30")).toEqual({ kind: "number", value: 10.5 / 24, format: "h:mm" });
    expect(parse("9 PM")).toEqual({ kind: "number", value: 21 / 24, format: "h:mm AM/PM" });
    expect(parse("3/1/2026 12:00")).toEqual({
      kind: "number",
      value: 46082.5,
      format: "m/d/yyyy h:mm",
    });
  });
});

describe("numbers, booleans, errors, formulas", () => {
  test.each([
    ["2024", 2024, undefined],
    ["1,000", 1000, "#,##0"],
    ["1,234.5", 1234.5, "#,##0.00"],
    ["10%", 0.1, "0%"],
    ["99.5%", 0.995, "0.00%"],
    ["$5", 5, "$#,##0"],
    ["-$5.50", -5.5, "$#,##0.00"],
    ["(5)", -5, undefined],
    [" 42 ", 42, undefined],
    ["1e3", 1000, "0.00E+00"],
    ["1 1/2", 1.5, "# ?/?"],
    ["-5", -5, undefined],
    ["+5", 5, undefined],
    [".5", 0.5, undefined],
  ])("%s is the number %d", (input, value, format) => {
    expect(parse(input)).toEqual({ kind: "number", value, ...(format ? { format } : {}) });
  });

  test("booleans and errors in any case", () => {
    expect(parse("TRUE")).toEqual({ kind: "boolean", value: true });
    expect(parse("false")).toEqual({ kind: "boolean", value: false });
    expect(parse("#n/a")).toEqual({ kind: "error", code: "#N/A" });
  });

  test("=, + and - start formulas unless a number follows", () => {
    expect(parse("=SUM(A1:A2)")).toEqual({ kind: "formula", formula: "=SUM(A1:A2)" });
    expect(parse("=cmd")).toEqual({ kind: "formula", formula: "=cmd" });
    expect(parse("-abc")).toEqual({ kind: "formula", formula: "=-abc" });
    expect(parse("@abc")).toEqual({ kind: "formula", formula: "=abc" });
    expect(parse("-")).toEqual({ kind: "text", text: "-" });
  });

  test.each(["1,2", "1.2.3", "Provider A", "P1 first response", "1,0000"])(
    "%s stays text",
    (input) => expect(parse(input)).toEqual({ kind: "text", text: input })
  );
});

describe("keeping text as text", () => {
  test.each(["2024", "1-2", "10%", "TRUE", "(5)", "Jan 2026", "3/4", "=cmd", "'quoted"])(
    "a leading apostrophe keeps %s as text, without the apostrophe",
    (text) => expect(parse(`'${text}`)).toEqual({ kind: "text", text })
  );

  test.each(["2024", "Jan 2026", "=cmd", "TRUE"])(
    "a cell formatted as text (@) keeps %s as typed",
    (text) => expect(parse(text, "@")).toEqual({ kind: "text", text })
  );

  test("null leaves a cell unchanged, an empty string clears it, values stay values", () => {
    expect(parseExcelInput(null)).toEqual({ kind: "unchanged" });
    expect(parseExcelInput("")).toEqual({ kind: "empty" });
    expect(parseExcelInput(0.5)).toEqual({ kind: "number", value: 0.5 });
    expect(parseExcelInput(true)).toEqual({ kind: "boolean", value: true });
  });
});

describe("the cell's format after an entry", () => {
  test("a General cell takes the entry's format; a formatted one keeps its own", () => {
    expect(formatAfterEntry(parse("10%"))).toBe("0%");
    expect(formatAfterEntry(parse("10%"), "0.00%")).toBe("0.00%");
    expect(formatAfterEntry(parse("1,000"), "0.0")).toBe("0.0");
    expect(formatAfterEntry(parse("42"), "0.0%")).toBe("0.0%");
  });

  test("a date gets a date format unless the cell already shows dates", () => {
    expect(formatAfterEntry(parse("Jan 2026"), "0.00%")).toBe("mmm-yy");
    expect(formatAfterEntry(parse("Jan 2026"), "mmm yyyy")).toBe("mmm yyyy");
  });

  test("displayed as Excel shows them", () => {
    expect(formatValue(46023, "mmm-yy")).toBe("Jan-26");
    expect(formatValue(46023, "mmm yyyy")).toBe("Jan 2026");
    expect(formatValue(46082, "m/d/yyyy")).toBe("3/1/2026");
    expect(formatValue(46037, "d-mmm-yy")).toBe("15-Jan-26");
    expect(formatValue(46082.5, "m/d/yyyy h:mm")).toBe("3/1/2026 12:00");
    expect(formatValue(21 / 24, "h:mm AM/PM")).toBe("9:00 PM");
    expect(formatValue(1000, "0.00E+00")).toBe("1.00E+03");
    expect(formatValue(1.5, "# ?/?")).toBe("1 1/2");
  });
});

describe("automatic percent entry in a percentage cell", () => {
  test("a plain number of 1 or more is a percentage; below 1 a fraction; with % as typed", () => {
    expect(parse("95", "0.0%")).toEqual({ kind: "number", value: 0.95 });
    expect(parse("0.95", "0.0%")).toEqual({ kind: "number", value: 0.95 });
    expect(parse("99.9%", "0.0%")).toEqual({ kind: "number", value: 0.999, format: "0.00%" });
    expect(parse("95", "0.0")).toEqual({ kind: "number", value: 95 });
  });
});
