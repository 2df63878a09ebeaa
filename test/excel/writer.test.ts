import {
  REQUEST_LIMIT_BYTES,
  WouldOverwriteError,
  editSheets,
  writeNewSheet,
  writeNewSheets,
} from "../../src/excel/writer";
import { FUNCTIONS } from "../../src/functions/metadata";
import { ahpPlan } from "../../src/sheets/ahp";
import { scorecardPlan } from "../../src/sheets/scorecard";
import { defaultScorecard } from "../../src/sheets/scorecardModel";
import { defaultTracker, KPI_CATALOG } from "../../src/sheets/kpiModel";
import { reviewPlan } from "../../src/sheets/kpiReview";
import { trackerPlan } from "../../src/sheets/kpiTracker";
import { slaLayout, slaPlan } from "../../src/sheets/slaCredits";
import { defaultSla } from "../../src/sheets/slaModel";
import { cellAddress } from "../../src/sheets/a1";
import { functionExamplesPlan } from "../../src/sheets/functionExamples";
import { checkedPlan, emptyPlan, PlanCell, SheetPlan } from "../../src/sheets/plan";
import { mockExcel } from "../support/excelMock";

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

describe("writeNewSheet", () => {
  const plan = functionExamplesPlan(FUNCTIONS);

  test("writes the examples plan in one read sync and one write sync", async () => {
    const { context, log } = mockExcel({ sheets: [{ name: "Sheet1" }] });
    const result = await writeNewSheet(context, plan);
    expect(result.sheetName).toBe("Function examples");
    expect(log.syncs).toBe(2);
    expect(result.stats.syncs).toBe(2);
    expect(log.sheetsAdded).toEqual(["Function examples"]);
    // Read first (names in use), then suspend calculation and screen updating while writing.
    expect(log.calls.slice(0, 2)).toEqual([
      "worksheets.load(items/name)",
      "tables.load(items/name)",
    ]);
    expect(log.calls).toContain("suspendApiCalculationUntilNextSync");
    expect(log.calls).toContain("suspendScreenUpdatingUntilNextSync");
    expect(log.calls.indexOf("suspendApiCalculationUntilNextSync")).toBeLessThan(
      log.calls.findIndex((c) => c.includes(".formulas="))
    );
    // Values and formulas as 2-D arrays per block; the formulas are the plan's.
    expect(log.cells.get("Function examples!A1")).toBe("MSP Scorecard — function examples");
    const formulas = [...log.cells.values()].filter(
      (v) => typeof v === "string" && v.startsWith("=MSP.")
    );
    expect(formulas).toHaveLength(23);
    // Formats, table, validation, conditional formats, names, freeze, widths, chart, owner record.
    expect(log.tables).toEqual([
      {
        sheet: "Function examples",
        range: "A4:C27",
        name: "MSP_FunctionIndex",
        style: "TableStyleLight9",
      },
    ]);
    expect(log.calls.filter((c) => c.includes(".names.add("))).toHaveLength(23);
    expect(log.calls.some((c) => c.includes("dataValidation.rule="))).toBe(true);
    expect(log.calls).toContain(
      "range(" +
        plan.conditionalFormats.find((c) => c.rule.kind === "colorScale")!.range +
        ").conditionalFormats.add(ColorScale)"
    );
    expect(
      log.calls.filter((c) => c.includes("conditionalFormats.add(ContainsText)"))
    ).toHaveLength(3);
    expect(log.calls).toContain("Function examples.freezeRows(2)");
    expect(log.calls).toContain("range(A:A).format.columnWidth=");
    expect(log.calls).toContain("Function examples.charts.add(ColumnClustered)");
    expect(JSON.parse(log.properties.get("Function examples")!)).toMatchObject({
      kind: "function-examples",
      version: 1,
    });
    expect(log.numberFormats.size).toBeGreaterThan(10);
  });

  test("a taken sheet name gets (2), (3)…; a taken table name gets _2", async () => {
    const { context, log } = mockExcel({
      sheets: [{ name: "function examples" }, { name: "Function examples (2)" }],
      tables: ["MSP_FunctionIndex"],
    });
    const result = await writeNewSheet(context, plan);
    expect(result.sheetName).toBe("Function examples (3)");
    expect(log.tables[0].name).toBe("MSP_FunctionIndex_2");
  });

  test("user text is written as text, never as a formula", async () => {
    const p = emptyPlan("t", "Text");
    p.blocks.push({
      at: "A1",
      cells: [['=HYPERLINK("http://x")', "+cmd", "-1 day", "@risk", "plain", { formula: "=A1" }]],
    });
    const { context, log } = mockExcel();
    await writeNewSheet(context, checkedPlan(p));
    expect([1, 2, 3, 4, 5, 6].map((c) => log.cells.get(`Text!${cellAddress(0, c - 1)}`))).toEqual([
      '\'=HYPERLINK("http://x")',
      "'+cmd",
      "'-1 day",
      "'@risk",
      "plain",
      "=A1",
    ]);
  });

  test("1,000 and 1,000,000 cells: the same sync count, every request under 5 MB", async () => {
    const small = mockExcel();
    await writeNewSheet(
      small.context,
      gridPlan(10, 100, (r, c) => (r + c) % 5)
    );
    const large = mockExcel();
    await writeNewSheet(
      large.context,
      gridPlan(1000, 1000, (r, c) => (r + c) % 5)
    );
    expect(large.log.syncs).toBe(small.log.syncs);
    expect(Math.max(...large.log.requestBytes)).toBeLessThanOrEqual(REQUEST_LIMIT_BYTES);
    expect(large.log.cells.size).toBe(1_000_000);
    expect(large.log.cells.get("Grid!ALL1000")).toBe((999 + 999) % 5);
  });

  test("a plan over 5 MB is split into requests each under the limit, every cell written once", async () => {
    const text = "Managed service provider — long text cell";
    const { context, log } = mockExcel();
    const result = await writeNewSheet(
      context,
      gridPlan(2000, 100, (r, c) => `${text} ${r}.${c}`)
    );
    expect(log.syncs).toBeGreaterThan(2);
    expect(log.syncs).toBe(1 + result.stats.requestBytes.length);
    for (const bytes of log.requestBytes) expect(bytes).toBeLessThanOrEqual(REQUEST_LIMIT_BYTES);
    // The writer's own estimate never under-counts what was sent.
    log.requestBytes
      .slice(1)
      .forEach((measured, i) =>
        expect(result.stats.requestBytes[i]).toBeGreaterThanOrEqual(measured * 0.95)
      );
    expect(log.cells.size).toBe(200_000);
    expect(log.cells.get("Grid!CV2000")).toBe(`${text} 1999.99`);
    // Calculation stays suspended for every write request.
    expect(log.calls.filter((c) => c === "suspendApiCalculationUntilNextSync")).toHaveLength(
      log.syncs - 1
    );
  });
});

describe("writeNewSheets: a scorecard and its AHP sheet", () => {
  const config = { ...defaultScorecard(), ahp: true };

  test("both sheets in one read and one write; taken names get (2) and the weights follow", async () => {
    const { context, log } = mockExcel({
      sheets: [{ name: "Scorecard" }, { name: "Scorecard AHP" }],
    });
    const result = await writeNewSheets(context, [scorecardPlan(config), ahpPlan(config)]);
    expect(result.sheetNames).toEqual(["Scorecard (2)", "Scorecard AHP (2)"]);
    expect(log.syncs).toBe(2);
    expect(log.cells.get("Scorecard (2)!E6")).toBe("='Scorecard AHP (2)'!$B$6");
    expect(log.calls).toContain("Scorecard (2).pageLayout.orientation=");
    expect(log.calls).toContain("Scorecard (2).pageLayout.zoom=");
    const record = JSON.parse(log.properties.get("Scorecard (2)")!);
    expect(record).toMatchObject({
      kind: "scorecard",
      companions: ["Scorecard AHP (2)"],
      settings: { ahp: true, scale: 5 },
    });
    expect(log.calls.filter((c) => c.endsWith(".activate()"))).toEqual([
      "Scorecard (2).activate()",
    ]);
  });

  test("a 50 × 100 scorecard takes as many syncs as a 3 × 10 one", async () => {
    const sized = (p: number, c: number) => ({
      ...defaultScorecard(),
      providers: Array.from({ length: p }, (_, j) => `P${j + 1}`),
      criteria: Array.from({ length: c }, (_, i) => ({
        ...defaultScorecard().criteria[0],
        name: `C${i + 1}`,
      })),
    });
    const small = mockExcel();
    await writeNewSheet(small.context, scorecardPlan(sized(3, 10)));
    const large = mockExcel();
    await writeNewSheet(large.context, scorecardPlan(sized(50, 100)));
    expect(large.log.syncs).toBe(small.log.syncs);
    expect(Math.max(...large.log.requestBytes)).toBeLessThanOrEqual(REQUEST_LIMIT_BYTES);
  });
});

describe("writeNewSheet: KPI tracker and review pack", () => {
  test("a 200 KPI × 36 month tracker takes as many syncs as an 8 × 12 one; the review references it", async () => {
    const sized = (k: number, months: number) => ({
      ...defaultTracker(),
      months,
      kpis: Array.from({ length: k }, (_, i) => ({
        ...KPI_CATALOG[i % KPI_CATALOG.length],
        name: `KPI ${i + 1}`,
      })),
    });
    const small = mockExcel();
    await writeNewSheet(small.context, trackerPlan(sized(8, 12)));
    const large = mockExcel();
    await writeNewSheet(large.context, trackerPlan(sized(200, 36)));
    expect(large.log.syncs).toBe(small.log.syncs);
    expect(JSON.parse(small.log.properties.get("KPI tracker")!)).toMatchObject({
      kind: "kpi-tracker",
      settings: { months: 12 },
    });
    const tracker = { name: "KPI tracker", record: null, values: [], formulas: [] };
    const review = mockExcel({ sheets: [{ name: "KPI tracker" }] });
    const result = await writeNewSheet(review.context, reviewPlan(sized(8, 12), tracker, 2));
    expect(result.sheetName).toBe(
      "Review Mar 2026".replace("2026", defaultTracker().firstMonth.slice(0, 4))
    );
    expect(String(review.log.cells.get(`${result.sheetName}!D7`))).toMatch(
      /^='KPI tracker'!\$[A-Z]+\$\d+$/
    );
  });
});

describe("writeNewSheet: SLA credit sheet", () => {
  test("two syncs; linked actuals are formulas on the tracker; terms are inputs", async () => {
    const tracker = { ...defaultTracker(), firstMonth: "2026-01" };
    const sla = { ...defaultSla(), firstMonth: "2026-01" };
    sla.serviceLevels[0] = { ...sla.serviceLevels[0], linkedKpi: "KPI tracker|Availability" };
    const { context, log } = mockExcel({ sheets: [{ name: "KPI tracker" }] });
    await writeNewSheet(context, slaPlan(sla, {}, { "KPI tracker": tracker }));
    expect(log.syncs).toBe(2);
    const L = slaLayout(sla);
    expect(String(log.cells.get(`SLA credits!${cellAddress(L.actualRow(0), 2)}`))).toMatch(
      /^=IF\('KPI tracker'!C\d+="","",'KPI tracker'!C\d+\)$/
    );
    expect(log.cells.get("SLA credits!B5")).toBe(0.1);
    expect(log.cells.get("SLA credits!B6")).toBe("=$B$4*$B$5");
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

  test("reads the sheet back in one sync, clears what it wrote, writes the new plan", async () => {
    const { context, log } = mockExcel({
      sheets: [
        {
          name: "Grid",
          owner: owner("A1:D1,A2:B2", {
            tables: { T: "T_2" },
            charts: ["MSP_Chart_1"],
            names: ["Old"],
          }),
          values: { A1: 9, D1: 9, B2: 9, F9: "user note" },
          tables: ["T_2", "UserTable"],
          charts: ["MSP_Chart_1"],
          names: ["Old"],
        },
      ],
    });
    let seen: unknown[][] = [];
    const result = await editSheets(context, ["Grid"], ([snapshot]) => {
      seen = snapshot.values;
      return [update];
    });
    expect(result.stats.syncs).toBe(2);
    expect(log.syncs).toBe(2);
    // The edit saw the sheet as it is, user cells included.
    expect(seen[0][0]).toBe(9);
    expect(seen[8][5]).toBe("user note");
    // Old objects removed (only the add-in's), old ranges cleared, new cells written, record updated.
    expect(log.calls).toContain("Grid.tables.getItem(T_2).delete()");
    expect(log.calls).not.toContain("Grid.tables.getItem(UserTable).delete()");
    expect(log.calls).toContain("Grid.charts.getItem(MSP_Chart_1).delete()");
    expect(log.calls).toContain("Grid.names.getItem(Old).delete()");
    expect(log.calls).toContain("range(A1:D1).clear(All)");
    expect(log.calls.indexOf("range(A1:D1).clear(All)")).toBeLessThan(
      log.calls.indexOf("range(A1:D2).formulas=")
    );
    expect(log.cells.get("Grid!D2")).toBe(8);
    expect(JSON.parse(log.properties.get("Grid")!).owned).toBe("A1:D2");
  });

  test("refuses, naming the cell, when a value it did not write is in the way; writes nothing", async () => {
    const { context, log } = mockExcel({
      sheets: [{ name: "Grid", owner: owner("A1:C2"), values: { A1: 9, D2: "my note" } }],
    });
    await expect(editSheets(context, ["Grid"], () => [update])).rejects.toThrow(
      new WouldOverwriteError(
        'Cell Grid!D2 holds "my note", which MSP Scorecard did not write: move it and try again.'
      )
    );
    expect(log.cells.size).toBe(0);
    expect(log.syncs).toBe(1);
  });

  test("refuses a sheet the add-in did not make, and a missing sheet", async () => {
    const { context } = mockExcel({ sheets: [{ name: "Budget", values: {} }] });
    await expect(editSheets(context, ["Budget"], () => [update])).rejects.toThrow(
      "Sheet 'Budget' was not made by MSP Scorecard"
    );
    const other = mockExcel();
    await expect(editSheets(other.context, ["Nope"], () => [update])).rejects.toThrow(
      "There is no sheet 'Nope'."
    );
  });
});
