/**
 * The Excel writer against the strict Excel fake (test/support/excelFake.ts): what ends up in the
 * workbook — cells as Excel reads them, formats, tables, rules, names, charts, page setup, the
 * owner record — and how many requests it took, each under Excel on the web's 5 MB.
 */
import { editSheets, writeNewSheets } from "../../src/excel/writer";
import { FUNCTIONS } from "../../src/functions/metadata";
import { WouldOverwriteError } from "../../src/sheets/plan/apply";
import { ahpPlan } from "../../src/sheets/scorecard/ahp";
import { scorecardPlan } from "../../src/sheets/scorecard/sheet";
import { defaultScorecard } from "../../src/sheets/scorecard/model";
import { defaultTracker, KPI_CATALOG } from "../../src/sheets/kpi/model";
import { reviewPlan } from "../../src/sheets/kpi/review";
import { trackerPlan } from "../../src/sheets/kpi/tracker";
import { slaLayout, slaPlan, slaShape } from "../../src/sheets/sla/sheet";
import { defaultSla } from "../../src/sheets/sla/model";
import { cellAddress } from "../../src/formula/a1";
import { functionExamplesPlan } from "../../src/sheets/functionExamples";
import { checkedPlan, emptyPlan, PlanCell, SheetPlan } from "../../src/sheets/plan/plan";
import { FakeWorkbook, REQUEST_LIMIT_BYTES, runOn } from "../support/excelFake";
import { linkedTracker } from "../support/sheets";

/** A plan of `rows` × `columns` cells made by `cell`. */
function gridPlan(
  rows: number,
  columns: number,
  cell: (r: number, c: number) => PlanCell
): SheetPlan {
  const plan = emptyPlan("test-grid", "Grid");
  plan.blocks.push({
    at: "A1",
    cells: Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) => cell(r, c))
    ),
  });
  return checkedPlan(plan);
}

const write = (book: FakeWorkbook, plans: SheetPlan[]) =>
  runOn(book, (context) => writeNewSheets(context, plans));

describe("writeNewSheet", () => {
  const plan = functionExamplesPlan(FUNCTIONS);

  test("writes the examples plan in one read request and one write request", async () => {
    const book = new FakeWorkbook();
    const result = await write(book, [plan]);
    expect(result.sheetName).toBe("Function examples");
    expect(book.requests).toHaveLength(2);
    expect(result.stats.syncs).toBe(2);
    // Read first (names in use), then suspend calculation and screen updating while writing.
    expect(book.calls.slice(0, 2)).toEqual([
      "WorksheetCollection.load(items/name)",
      "TableList.load(items/name)",
    ]);
    const suspend = book.calls.indexOf("suspendApiCalculationUntilNextSync");
    expect(book.calls).toContain("suspendScreenUpdatingUntilNextSync");
    expect(suspend).toBeGreaterThan(1);
    expect(suspend).toBeLessThan(book.calls.findIndex((c) => c.endsWith(".formulas=")));
    // The cells as Excel holds them, formulas computed.
    const sheet = book.sheet("Function examples")!;
    expect(book.value(sheet.name, "A1")).toBe("MSP Scorecard — function examples");
    expect(book.tableNames()).toEqual(["MSP_FunctionIndex"]);
    expect(sheet.names.size).toBe(FUNCTIONS.length);
    expect(sheet.validations.length).toBeGreaterThan(0);
    expect(sheet.conditionalFormats.map((c) => c.type)).toContain("ColorScale");
    expect(sheet.freeze).toEqual({ rows: 2, columns: 0 });
    expect(sheet.columnWidths.get(0)).toBeGreaterThan(0);
    expect(sheet.charts.map((c) => c.type)).toContain("ColumnClustered");
    expect(JSON.parse(sheet.properties.get("mspscorecard")!.value)).toMatchObject({
      kind: "function-examples",
      version: 1,
    });
    expect(book.active).toBe("Function examples");
  });

  test("a taken sheet name gets (2), (3)…; a taken table name gets _2", async () => {
    const book = new FakeWorkbook({
      sheets: [
        { name: "function examples" },
        { name: "Function examples (2)", tables: [{ name: "MSP_FunctionIndex", range: "A1:B2" }] },
      ],
    });
    const result = await write(book, [plan]);
    expect(result.sheetName).toBe("Function examples (3)");
    expect(book.sheet(result.sheetName)!.tables[0].name).toBe("MSP_FunctionIndex_2");
  });

  test("every label stays the text it is, however Excel would read it typed", async () => {
    const labels = [
      '=HYPERLINK("http://x")',
      "+cmd",
      "-1 day",
      "@risk",
      "2024",
      "1-2",
      "10%",
      "TRUE",
      "(5)",
      "Jan 2026",
      "3/4",
      "'quoted",
      "1,000",
      "$5",
    ];
    const p = emptyPlan("t", "Text");
    p.blocks.push({ at: "A1", cells: [labels, [0.25, true, { formula: "=A1" }, ""]] });
    const book = new FakeWorkbook();
    await write(book, [checkedPlan(p)]);
    expect(labels.map((_, c) => book.value("Text", cellAddress(0, c)))).toEqual(labels);
    expect(book.value("Text", "A2")).toBe(0.25);
    expect(book.value("Text", "B2")).toBe(true);
    expect(book.value("Text", "C2")).toBe('=HYPERLINK("http://x")');
    expect(book.format("Text", "J1")).toBe("General"); // not turned into a date
  });

  test("a 100 times larger plan takes the same number of requests, each under 5 MB", async () => {
    const small = new FakeWorkbook();
    await write(small, [gridPlan(10, 100, (r, c) => (r + c) % 5)]);
    const large = new FakeWorkbook();
    await write(large, [gridPlan(1000, 100, (r, c) => (r + c) % 5)]);
    expect(large.requests.length).toBe(small.requests.length);
    expect(Math.max(...large.requests)).toBeLessThanOrEqual(REQUEST_LIMIT_BYTES);
    expect(large.value("Grid", "CV1000")).toBe((999 + 99) % 5);
  });

  test("a plan over 5 MB is split into requests each under the limit, every cell written once", async () => {
    const text = "Managed service provider — long text cell";
    const book = new FakeWorkbook();
    const result = await write(book, [gridPlan(2000, 100, (r, c) => `${text} ${r}.${c}`)]);
    expect(book.requests.length).toBeGreaterThan(2);
    expect(book.requests.length).toBe(1 + result.stats.requestBytes.length);
    // The fake refuses any request over 5 MB, and the writer's estimate never under-counts.
    book.requests
      .slice(1)
      .forEach((measured, i) =>
        expect(result.stats.requestBytes[i]).toBeGreaterThanOrEqual(measured * 0.95)
      );
    expect(book.value("Grid", "CV2000")).toBe(`${text} 1999.99`);
    expect(book.calls.filter((c) => c === "suspendApiCalculationUntilNextSync")).toHaveLength(
      book.requests.length - 1
    );
  });

  test("a plan the fake would refuse fails the action (a formula over 8,192 characters)", async () => {
    const p = emptyPlan("t", "Long");
    p.blocks.push({ at: "A1", cells: [[{ formula: `=${"1+".repeat(4100)}1` }]] });
    const book = new FakeWorkbook();
    await expect(write(book, [p])).rejects.toThrow("InvalidArgument");
  });
});

describe("writeNewSheets: a scorecard and its AHP sheet", () => {
  const config = { ...defaultScorecard(), ahp: true };

  test("both sheets in one read and one write; taken names get (2) and the weights follow", async () => {
    const book = new FakeWorkbook({ sheets: [{ name: "Scorecard" }, { name: "Scorecard AHP" }] });
    const result = await write(book, [scorecardPlan(config), ahpPlan(config)]);
    expect(result.sheetNames).toEqual(["Scorecard (2)", "Scorecard AHP (2)"]);
    expect(book.requests).toHaveLength(2);
    expect(book.formula("Scorecard (2)", "E6")).toBe("='Scorecard AHP (2)'!$B$6");
    const sheet = book.sheet("Scorecard (2)")!;
    // One page wide and as many tall as needed (0 = automatic), landscape.
    expect(sheet.pageLayout).toEqual({
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    });
    expect(JSON.parse(sheet.properties.get("mspscorecard")!.value)).toMatchObject({
      kind: "scorecard",
      companions: ["Scorecard AHP (2)"],
      settings: { ahp: true, scale: 5 },
    });
    expect(book.calls.filter((c) => c.endsWith(".activate()"))).toEqual([
      "Scorecard (2).activate()",
    ]);
  });

  test("text rules match the whole text: Excel's 'cell value equal to', not 'contains'", async () => {
    const book = new FakeWorkbook();
    await write(book, [scorecardPlan(defaultScorecard())]);
    const rules = book
      .sheet("Scorecard")!
      .conditionalFormats.filter((c) => c.type !== "ColorScale");
    expect(rules.length).toBeGreaterThan(0);
    for (const r of rules) expect(r.type).toBe("CellValue");
    const text = rules.filter((r) => (r.rule as { operator: string }).operator === "EqualTo");
    for (const r of text) expect(r.rule).toMatchObject({ formula1: expect.stringMatching(/^="/) });
    // The flip-weight margins within 5 points: "cell value between -5 and 5".
    expect(rules.filter((r) => !text.includes(r)).map((r) => r.rule)).toEqual([
      { formula1: "-5", formula2: "5", operator: "Between" },
    ]);
    expect(text.map((r) => (r.rule as { formula1: string }).formula1)).toContain('="Excluded"');
  });

  test("a 50 × 100 scorecard takes as many requests as a 3 × 10 one", async () => {
    const sized = (p: number, c: number) => ({
      ...defaultScorecard(),
      providers: Array.from({ length: p }, (_, j) => `P${j + 1}`),
      criteria: Array.from({ length: c }, (_, i) => ({
        ...defaultScorecard().criteria[0],
        name: `C${i + 1}`,
      })),
    });
    const small = new FakeWorkbook();
    await write(small, [scorecardPlan(sized(3, 10))]);
    const large = new FakeWorkbook();
    await write(large, [scorecardPlan(sized(50, 100))]);
    expect(large.requests.length).toBe(small.requests.length);
  });
});

describe("data validation", () => {
  test("whole-number and decimal rules use Excel's keys (wholeNumber, decimal)", async () => {
    const p = emptyPlan("t", "Rules");
    p.blocks.push({ at: "A1", cells: [[1, 2.5]] });
    p.validations.push(
      { range: "A1", rule: { kind: "wholeNumber", min: 0, max: 10 }, message: "0 to 10" },
      { range: "B1", rule: { kind: "decimal", min: 0, max: 1 }, message: "0 to 1" }
    );
    const book = new FakeWorkbook();
    await write(book, [checkedPlan(p)]);
    expect(book.sheet("Rules")!.validations.map((v) => Object.keys(v.rule!))).toEqual([
      ["wholeNumber"],
      ["decimal"],
    ]);
  });
});

describe("writeNewSheet: KPI tracker and review pack", () => {
  test("a 200 KPI × 36 month tracker takes as many requests as an 8 × 12 one; the review references it", async () => {
    const sized = (k: number, months: number) => ({
      ...defaultTracker(),
      firstMonth: "2026-01",
      months,
      kpis: Array.from({ length: k }, (_, i) => ({
        ...KPI_CATALOG[i % KPI_CATALOG.length],
        name: `KPI ${i + 1}`,
      })),
    });
    const small = new FakeWorkbook();
    await write(small, [trackerPlan(sized(8, 12))]);
    const large = new FakeWorkbook();
    await write(large, [trackerPlan(sized(200, 36))]);
    expect(large.requests.length).toBe(small.requests.length);
    expect(
      JSON.parse(small.sheet("KPI tracker")!.properties.get("mspscorecard")!.value)
    ).toMatchObject({ kind: "kpi-tracker", settings: { months: 12 } });
    const [snapshot] = await runOn(small, async (context) => {
      const { readSheets } = await import("../../src/excel/writer");
      return readSheets(context, ["KPI tracker"]);
    });
    const result = await write(small, [reviewPlan(snapshot, 2)]);
    expect(result.sheetName).toBe("Review Mar 2026");
    expect(String(small.formula(result.sheetName, "D7"))).toMatch(/^='KPI tracker'!\$[A-Z]+\$\d+$/);
  });
});

describe("writeNewSheet: SLA credit sheet", () => {
  test("two requests; linked actuals are formulas on the tracker; terms are inputs", async () => {
    const tracker = { ...defaultTracker(), firstMonth: "2026-01" };
    const sla = { ...defaultSla(), firstMonth: "2026-01" };
    sla.serviceLevels[0] = {
      ...sla.serviceLevels[0],
      linkedKpi: { sheet: "KPI tracker", kpi: "Availability" },
    };
    const book = new FakeWorkbook({ sheets: [{ name: "KPI tracker" }] });
    await write(book, [slaPlan(sla, {}, linkedTracker(tracker))]);
    expect(book.requests).toHaveLength(2);
    const L = slaLayout(slaShape(sla));
    expect(String(book.formula("SLA credits", cellAddress(L.actualRow(0), 2)))).toMatch(
      /^=IF\('KPI tracker'!C\d+="","",'KPI tracker'!C\d+\)$/
    );
    expect(book.value("SLA credits", "B5")).toBe(0.1);
    expect(book.formula("SLA credits", "B6")).toBe("=$B$4*$B$5");
    // Credits as columns, the cap as a line.
    const [chart] = book.sheet("SLA credits")!.charts;
    expect(chart.type).toBe("ColumnClustered");
    expect(chart.series.map((s) => [s.name, s.chartType])).toEqual([
      ["Credits (capped)", undefined],
      ["Cap", "Line"],
    ]);
  });
});

describe("editSheets", () => {
  const owner = (owned: string, extra: object = {}) =>
    JSON.stringify({ kind: "test-grid", version: 1, owned, ...extra });
  const update = (() => {
    const p = emptyPlan("test-grid", "Grid");
    p.blocks.push({
      at: "A1",
      cells: [
        [1, 2, 3, 4],
        [5, 6, 7, 8],
      ],
    });
    return checkedPlan(p);
  })();
  const edit = (book: FakeWorkbook, names: string[], fn: Parameters<typeof editSheets>[2]) =>
    runOn(book, (context) => editSheets(context, names, fn));

  test("reads the sheet back in one request, clears what it wrote, writes the new plan", async () => {
    const book = new FakeWorkbook({
      sheets: [
        {
          name: "Grid",
          owner: owner("A1:D1,A2:B2", {
            tables: { T: "T_2" },
            charts: ["MSP_Chart_1"],
            names: ["Old"],
          }),
          cells: { A1: 9, D1: 9, B2: 9, F9: "user note" },
          tables: [
            { name: "T_2", range: "A1:D2" },
            { name: "UserTable", range: "H1:I3" },
          ],
          charts: ["MSP_Chart_1"],
          names: ["Old"],
        },
      ],
    });
    let seen: unknown[][] = [];
    const result = await edit(book, ["Grid"], ([snapshot]) => {
      seen = snapshot.values;
      return [update];
    });
    expect(result.stats.syncs).toBe(2);
    expect(book.requests).toHaveLength(2);
    // The edit saw the sheet as it is, user cells included.
    expect(seen[0][0]).toBe(9);
    expect(seen[8][5]).toBe("user note");
    // Old objects removed (only the add-in's), old ranges cleared, new cells written, record updated.
    const sheet = book.sheet("Grid")!;
    expect(sheet.tables.map((t) => t.name)).toEqual(["UserTable"]);
    expect(sheet.charts).toEqual([]);
    expect(sheet.names.size).toBe(0);
    expect(book.calls.indexOf("Grid!A1:D1.clear(All)")).toBeLessThan(
      book.calls.indexOf("Grid!A1:D2.formulas=")
    );
    expect(book.value("Grid", "D2")).toBe(8);
    expect(book.value("Grid", "F9")).toBe("user note");
    expect(JSON.parse(sheet.properties.get("mspscorecard")!.value).owned).toBe("A1:D2");
  });

  test("refuses, naming the cell, when a value it did not write is in the way; writes nothing", async () => {
    const book = new FakeWorkbook({
      sheets: [{ name: "Grid", owner: owner("A1:C2"), cells: { A1: 9, D2: "my note" } }],
    });
    await expect(edit(book, ["Grid"], () => [update])).rejects.toThrow(
      new WouldOverwriteError(
        'Cell Grid!D2 holds "my note", which MSP Scorecard did not write: move it and try again.'
      )
    );
    expect(book.value("Grid", "B1")).toBeNull();
    expect(book.requests).toHaveLength(1);
  });

  test("refuses a sheet the add-in did not make, and a missing sheet", async () => {
    const book = new FakeWorkbook({ sheets: [{ name: "Budget" }] });
    await expect(edit(book, ["Budget"], () => [update])).rejects.toThrow(
      "Sheet 'Budget' was not made by MSP Scorecard"
    );
    await expect(edit(book, ["Nope"], () => [update])).rejects.toThrow("There is no sheet 'Nope'.");
  });
});
