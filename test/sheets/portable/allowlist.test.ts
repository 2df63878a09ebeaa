/**
 * Portable copies use nothing Excel 2016 lacks: every formula of the copies — of representative
 * calls of every non-frozen MSP.* function (each option as a literal and as a cell, rows and
 * columns, helper rows), of each function's help example (array constants), and of the three
 * example sheets — calls only functions on an allow-list of Excel 2016 functions, works without
 * array entry (Ctrl+Shift+Enter: arithmetic, comparisons and element-by-element functions on a
 * multi-cell range or array constant only inside SUMPRODUCT; IF, AND and OR never given a range)
 * and fits Excel's 8,192 characters.
 */
import { exampleResult, FUNCTIONS } from "../../../src/functions/metadata";
import {
  emptyPlan,
  isFormula,
  MAX_FORMULA,
  planCells,
  PlanCell,
  SheetPlan,
} from "../../../src/sheets/plan/plan";
import { portablePlan } from "../../../src/sheets/portable/copy";
import { Expr, functionsCalled, parseFormula, printFormula } from "../../../src/formula/formula";
import { FROZEN } from "../../../src/sheets/portable/native";
import { InBrowserWorkbook } from "../../../src/workbench/workbook";
import { EXAMPLE_SHEETS } from "../../support/exampleSheets";
import { customFunctions } from "../../support/functions";

/**
 * Functions a portable copy may call: each one is in Excel 2016 (and in LibreOffice and Google
 * Sheets). Not LET, LAMBDA, FILTER, SEQUENCE, XLOOKUP, IFS, MAXIFS, MINIFS, CONCAT, TEXTJOIN or
 * SWITCH (Excel 2019 / 365).
 */
const EXCEL_2016 = new Set([
  "ABS",
  "AND",
  "AVERAGE",
  "CHOOSE",
  "COLUMNS",
  "COUNT",
  "COUNTA",
  "COUNTBLANK",
  "COUNTIF",
  "COUNTIFS",
  "FALSE",
  "IF",
  "IFERROR",
  "INDEX",
  "INT",
  "ISBLANK",
  "ISERROR",
  "ISNUMBER",
  "ISTEXT",
  "LOWER",
  "MATCH",
  "MAX",
  "MIN",
  "N",
  "NA",
  "NOT",
  "OR",
  "ROUND",
  "ROUNDDOWN",
  "ROUNDUP",
  "ROWS",
  "SMALL",
  "SUM",
  "SUMIF",
  "SUMPRODUCT",
  "TRIM",
  "TRUE",
]);
const NEWER = [
  "LET",
  "LAMBDA",
  "FILTER",
  "SEQUENCE",
  "XLOOKUP",
  "XMATCH",
  "IFS",
  "MAXIFS",
  "MINIFS",
  "CONCAT",
  "TEXTJOIN",
  "SWITCH",
  "UNIQUE",
  "SORT",
  "SORTBY",
  "RANDARRAY",
];

/** Functions that take a whole range or array as it is (they reduce it, or look into it). */
const TAKE_RANGES = new Set([
  "SUM",
  "SUMPRODUCT",
  "SUMIF",
  "COUNT",
  "COUNTA",
  "COUNTBLANK",
  "COUNTIF",
  "COUNTIFS",
  "ROWS",
  "COLUMNS",
  "AVERAGE",
  "MIN",
  "MAX",
  "SMALL",
  "INDEX",
  "MATCH",
]);
/** Functions that must never receive a multi-cell range or array directly. */
const NO_RANGE = new Set(["IF", "AND", "OR"]);

const isMultiCell = (e: Expr) =>
  (e.t === "ref" && (e.range.top !== e.range.bottom || e.range.left !== e.range.right)) ||
  (e.t === "array" && e.rows.length * e.rows[0].length > 1);

/** Every node with the nodes above it, outermost first. */
function* withAncestors(e: Expr, above: Expr[] = []): Generator<[Expr, Expr[]]> {
  yield [e, above];
  const inner = [...above, e];
  switch (e.t) {
    case "call":
      for (const a of e.args) yield* withAncestors(a, inner);
      break;
    case "unary":
    case "percent":
      yield* withAncestors(e.arg, inner);
      break;
    case "bin":
      yield* withAncestors(e.l, inner);
      yield* withAncestors(e.r, inner);
      break;
    case "paren":
      yield* withAncestors(e.e, inner);
      break;
  }
}

/**
 * What needs array entry in Excel 2016, for each multi-cell range or array constant, going up
 * from it to the function that takes it as a range (SUM, INDEX…): an operator or an
 * element-by-element function working on it outside every SUMPRODUCT; IF, AND or OR receiving it
 * (directly, or as an array computed from it — even inside SUMPRODUCT, IF needs array entry); a
 * formula that is a bare range.
 */
function arrayProblems(formula: string): string[] {
  const out: string[] = [];
  for (const [node, above] of withAncestors(parseFormula(formula))) {
    if (!isMultiCell(node)) continue;
    const what = printFormula(node);
    let taken = false;
    for (let i = above.length - 1; i >= 0 && !taken; i--) {
      const a = above[i];
      if (a.t === "paren") continue;
      if (a.t === "call" && TAKE_RANGES.has(a.fn)) taken = true;
      else if (a.t === "call" && NO_RANGE.has(a.fn)) {
        out.push(`${a.fn} receives ${what}, or an array computed from it`);
        taken = true;
      } else if (!above.slice(0, i).some((x) => x.t === "call" && x.fn === "SUMPRODUCT")) {
        // An operator, or a function that works element by element: array arithmetic.
        out.push(`${printFormula(a)} works on ${what} outside SUMPRODUCT`);
        taken = true;
      }
    }
    if (!taken) out.push(`the formula is the range ${what}`);
  }
  return out;
}

// ---- the copies ----

/** Inputs shared by the representative calls (A1:P14), and the calls below them. */
const INPUTS: { at: string; cells: PlanCell[][] }[] = [
  // A1:L1 a year of actuals (blanks in the middle), A2:L2 credits.
  {
    at: "A1",
    cells: [
      [0.999, 0.985, null, 0.995, 0.995, 0.9985, { formula: '=""' }, 1, 0.999, 0.98, 0.999, 0.9995],
      [0, 2000, null, 2000, 0, 0, 0, 1500, 0, 4000, 0, 0],
    ],
  },
  // A4:C6 scores (criteria × providers), A7:C7 weights as a row, E4:E6 as a column.
  {
    at: "A4",
    cells: [
      [4, 3, 5, null, 0.5],
      [2, null, 4, null, 0.3],
      [5, 3, 3, null, 0.2],
      [0.5, 0.3, 0.2],
      // A8:C8 gates.
      [true, " Yes ", "pass"],
      // A9:C9 tier thresholds, A10:C10 their credits.
      [0.95, 0.9999, 0.99],
      [1, 0.1, 0.3],
      // A11:D11 fees, A12:D14 credits (service levels × periods).
      [100000, 120000, 90000, 100000],
      [2000, 0, 4000, null],
      [7000, 1000, 0, 3000],
      [null, 5000, 8000, 9000],
    ],
  },
  // N1:N5 a column of values.
  { at: "N1", cells: [[0.91], [null], [0.93], [0.95], [0.94]] },
  // P1:P13 option cells.
  {
    at: "P1",
    cells: [
      ["lower"],
      ["last"],
      ["skip"],
      ["linear"],
      ["earned"],
      [0.01],
      [0.2],
      [3],
      [4],
      [12],
      [0.5],
      [3],
      [0.1],
    ],
  },
];

/** Representative calls of every non-frozen function, and the cells each fills. */
const CALLS: [string, { rows: number; columns: number }?][] = [
  ["=MSP.SCORE(A4:A6,E4:E6)"],
  ['=MSP.SCORE(A4:A6,A7:C7,"skip")'],
  ['=MSP.SCORE(A4:A6,A7:C7,"zero")'],
  ["=MSP.SCORE(A4:A6,A7:C7,P3)"],
  ["=MSP.SCORES(A4:C6,A7:C7)", { rows: 1, columns: 3 }],
  ["=MSP.SCORES(A4:C6,E4:E6,P3)", { rows: 1, columns: 3 }],
  ["=MSP.NORMALIZE(A1,0.9,1,5)"],
  ["=MSP.NORMALIZE(A1,B1,D1,P6)"],
  ["=MSP.PRICESCORE(A11,A11:D11,30)"],
  ["=MSP.PRICESCORE(B11,A11:D11,30,P4)"],
  ['=MSP.PRICESCORE(B11,A11,30,"linear")'],
  ["=MSP.GATE(A4,A8:C8)"],
  ["=MSP.KPI.ATTAINMENT(A1:L1,0.99)", { rows: 1, columns: 12 }],
  ["=MSP.KPI.ATTAINMENT(A1,30,P1)"],
  ["=MSP.KPI.STATUS(A1:L1,0.99,P13,P1)", { rows: 1, columns: 12 }],
  ['=MSP.KPI.STATUS(N1:N5,0.99,,"lower")', { rows: 5, columns: 1 }],
  ["=MSP.KPI.TREND(A1:L1)"],
  ["=MSP.KPI.TREND(N1:N5,P1,P12)"],
  ["=MSP.KPI.YTD(A1:L1)"],
  ["=MSP.KPI.YTD(A1:L1,P2)"],
  ['=MSP.KPI.YTD(N1:N5,"last")'],
  ['=MSP.KPI.YTD(N1:N5,"max")'],
  ["=MSP.SLA.CREDIT(A1:L1,0.99,10000,0.4,0.5,P1)", { rows: 1, columns: 12 }],
  ["=MSP.SLA.CREDIT(A1:L1,0.99,A2:L2,0.4)", { rows: 1, columns: 12 }],
  ["=MSP.SLA.CREDITS(A1:L1,0.999,0.99,10000,0.2,P9,P10,P1)", { rows: 1, columns: 12 }],
  ["=MSP.SLA.CREDITS(N1:N5,0.95,0.92,10000,0.2)", { rows: 5, columns: 1 }],
  ["=MSP.SLA.TIERCREDIT(A1:L1,A9:C9,A10:C10,A2:L2,P1)", { rows: 1, columns: 12 }],
  ["=MSP.SLA.TIERCREDIT(A1,A9:C9,A10:C10)"],
  ["=MSP.SLA.TIERCREDIT(A1,0.99,0.3,50000)"],
  ["=MSP.SLA.LINEARCREDIT(A1:L1,0.98,1,P6,P7,P1)", { rows: 1, columns: 12 }],
  ["=MSP.SLA.LINEARCREDIT(A1,0.98,1,0.01,0.1)"],
  ["=MSP.SLA.POINTS(A1:L1,0.999,0.001,4,P1)", { rows: 1, columns: 12 }],
  ["=MSP.SLA.POINTS(N1:N5,0.93,0.01,4)", { rows: 5, columns: 1 }],
  ["=MSP.SLA.TOTAL(A2:L2,100000,0.1)"],
  ["=MSP.SLA.TOTAL(A12:D14,A11:D11,0.1)", { rows: 1, columns: 4 }],
  ["=MSP.SLA.EARNBACK(A2:L2,A1:L1,0.998)", { rows: 1, columns: 12 }],
  ["=MSP.SLA.EARNBACK(A2:L2,A1:L1,0.998,P8,P1,P5)", { rows: 1, columns: 12 }],
  ['=MSP.SLA.EARNBACK(A2:L2,A1:L1,0.998,3,,"earned")', { rows: 1, columns: 12 }],
  ["=MSP.SLA.EARNBACK(N1:N5,A1:E1,0.998)", { rows: 5, columns: 1 }],
  ["=MSP.SLA.INCENTIVE(A1:L1,0.999,1,5000)", { rows: 1, columns: 12 }],
  ["=MSP.SLA.INCENTIVE(A1,30,20,5000,P1)"],
  ["=MSP.SLA.IMPROVE(0.99,A1:L1,P11)"],
  ["=MSP.SLA.IMPROVE(0.99,N1:N5)"],
  // The help's examples: array constants for every range.
  ...FUNCTIONS.filter((d) => !FROZEN.has(d.id)).map(
    (doc): [string, { rows: number; columns: number }?] => {
      const r = exampleResult(doc);
      return [
        doc.example.formula,
        Array.isArray(r) ? { rows: r.length, columns: r[0].length } : undefined,
      ];
    }
  ),
];

/** The calls' sheet: inputs on top, one call every 6 rows below (column results need 5). */
function callsPlan(): SheetPlan {
  const plan = emptyPlan("allowlist-test", "Calls");
  plan.blocks.push(...INPUTS);
  CALLS.forEach(([formula, spill], i) =>
    plan.blocks.push({ at: `A${20 + 6 * i}`, cells: [[spill ? { formula, spill } : { formula }]] })
  );
  return plan;
}

const sources: [string, SheetPlan][] = [["representative calls", callsPlan()], ...EXAMPLE_SHEETS];
const copies = sources.map(([name, plan]): [string, SheetPlan] => {
  const book = new InBrowserWorkbook(customFunctions);
  const { sheetName } = book.applyPlan(plan);
  const sheet = book.snapshot(sheetName);
  return [name, portablePlan({ sheet, plan, others: [], madeAt: "2026-11-22 10:15" })];
});

const formulasOf = (plan: SheetPlan) =>
  [...planCells(plan)].flatMap(({ cell }) => (isFormula(cell) ? [cell.formula] : []));

test("every MSP function but the frozen ones has a representative call", () => {
  const called = new Set(CALLS.flatMap(([f]) => functionsCalled(f).map((fn) => fn.slice(4))));
  for (const { id } of customFunctions)
    if (!FROZEN.has(id)) expect([id, called.has(id)]).toEqual([id, true]);
});

test("the allow-list holds none of Excel's newer functions", () => {
  expect(NEWER.filter((fn) => EXCEL_2016.has(fn))).toEqual([]);
});

describe.each(copies)("the portable copy of the %s", (_, copy) => {
  const formulas = formulasOf(copy);

  test("has formulas, none calling MSP.*", () => {
    expect(formulas.length).toBeGreaterThan(10);
    expect(formulas.filter((f) => /MSP\./i.test(f))).toEqual([]);
  });

  test("calls only Excel 2016 functions from the allow-list", () => {
    const outside = [...new Set(formulas.flatMap(functionsCalled))].filter(
      (fn) => !EXCEL_2016.has(fn)
    );
    expect(outside).toEqual([]);
  });

  test("needs no array entry", () => {
    const problems = formulas.flatMap((f) => arrayProblems(f).map((p) => `${p}: ${f}`));
    expect(problems.slice(0, 20)).toEqual([]);
  });

  test(`has no formula longer than ${MAX_FORMULA} characters`, () => {
    expect(formulas.filter((f) => f.length > MAX_FORMULA).map((f) => f.slice(0, 80))).toEqual([]);
  });
});

test("the structural check finds what needs array entry", () => {
  expect(arrayProblems("=SUM(A1:A3)*2")).toEqual([]);
  expect(arrayProblems("=SUMPRODUCT((A1:A3>0)*B1:B3)")).toEqual([]);
  expect(arrayProblems("=SUMPRODUCT(MAX(ISNUMBER(A1:C1)*({0,1,2}+1)))")).toEqual([]);
  expect(arrayProblems("=SUM(A1:A3*2)")).toHaveLength(1);
  expect(arrayProblems("=MAX(ISNUMBER(A1:A3)*1)")).toHaveLength(1);
  expect(arrayProblems("=IF(A1:A3>0,1,0)")).toHaveLength(1);
  expect(arrayProblems("=AND(A1:A3)")).toHaveLength(1);
  expect(arrayProblems("=SUMPRODUCT(IF(A1:A3>0,1,0))")).toHaveLength(1);
  expect(arrayProblems("=SUMPRODUCT(--OR(A1:A3>0))")).toHaveLength(1);
  expect(arrayProblems("=-{1,2}")).toHaveLength(1);
  expect(arrayProblems("=A1:A3")).toHaveLength(1);
});
