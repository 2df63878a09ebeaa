/**
 * Rolling the KPI tracker forward without loss (add a month, add or remove a KPI, start the next
 * year), and the monthly review pack: reds first, counts, live formulas on the tracker.
 */
import { cellAddress } from "../../../src/formula/a1";
import { KPI_CATALOG } from "../../../src/sheets/kpi/model";
import { nextYearTracker, readTracker, rebuildTracker } from "../../../src/sheets/kpi/reader";
import { reviewPlan } from "../../../src/sheets/kpi/review";
import {
  DEF,
  MONTH_COL,
  trackerLayout,
  trackerPlan,
  trackerShape,
} from "../../../src/sheets/kpi/tracker";
import { InBrowserWorkbook } from "../../../src/workbench/workbook";
import { plainValue } from "../../../src/sheets/plan/plan";
import { customFunctions } from "../../support/functions";
import { threeKpiTracker } from "../../support/sheets";

const config = threeKpiTracker;

/** A tracker with three months typed into the grid, and a note on a KPI. */
function typedTracker() {
  const book = new InBrowserWorkbook(customFunctions);
  const { sheetName } = book.applyPlan(trackerPlan(config));
  const L = trackerLayout(trackerShape(config));
  const typeRow = (row: number, values: (number | null)[]) =>
    values.forEach(
      (v, m) => v !== null && book.type(sheetName, cellAddress(row, MONTH_COL + m), String(v))
    );
  typeRow(L.actualRows[0][0], [0.92, null, 0.85]);
  typeRow(L.actualRows[1][0], [75, 70]);
  typeRow(L.actualRows[1][1], [100, 100]);
  typeRow(L.actualRows[2][0], [25, 32, 40]);
  book.type(sheetName, cellAddress(L.defFirst, DEF.notes), "Survey after every ticket");
  return { book, sheetName };
}

const typedValues = {
  CSAT: [{ "2026-01": 0.92, "2026-02": null, "2026-03": 0.85 }],
  "First-contact resolution": [
    { "2026-01": 75, "2026-02": 70 },
    { "2026-01": 100, "2026-02": 100 },
  ],
  "P1 first response": [{ "2026-01": 25, "2026-02": 32, "2026-03": 40 }],
};

function expectTyped(book: InBrowserWorkbook, sheetName: string, kpis: string[]) {
  const { config: read, inputs } = readTracker(book.snapshot(sheetName));
  for (const name of kpis) {
    for (const [measure, months] of typedValues[name as keyof typeof typedValues].entries()) {
      for (const [month, v] of Object.entries(months))
        expect([name, measure, month, plainValue(inputs[name][measure][month])]).toEqual([
          name,
          measure,
          month,
          v,
        ]);
    }
  }
  return read;
}

describe("roll forward without loss", () => {
  test("add a month: every actual and note kept, the new month blank", () => {
    const { book, sheetName } = typedTracker();
    book.editPlans([sheetName], (s) => rebuildTracker(s, (c) => ({ ...c, months: c.months + 1 })));
    const read = expectTyped(book, sheetName, [
      "CSAT",
      "First-contact resolution",
      "P1 first response",
    ]);
    expect(read.months).toBe(13);
    expect(read.kpis[0].notes).toBe("Survey after every ticket");
    expect(readTracker(book.snapshot(sheetName)).inputs.CSAT[0]["2027-01"]).toBeNull();
  });

  test("add a KPI from the catalogue, remove another: the rest kept", () => {
    const { book, sheetName } = typedTracker();
    const backup = KPI_CATALOG.find((k) => k.name === "Backup success")!;
    book.editPlans([sheetName], (s) =>
      rebuildTracker(s, (c) => ({ ...c, kpis: [...c.kpis, { ...backup }] }))
    );
    book.editPlans([sheetName], (s) =>
      rebuildTracker(s, (c) => ({ ...c, kpis: c.kpis.filter((k) => k.name !== "CSAT") }))
    );
    const read = expectTyped(book, sheetName, ["First-contact resolution", "P1 first response"]);
    expect(read.kpis.map((k) => k.name)).toEqual([
      "First-contact resolution",
      "P1 first response",
      "Backup success",
    ]);
    // Statuses still computed for the remaining KPIs.
    const L = trackerLayout(trackerShape(read));
    expect(book.value(sheetName, cellAddress(L.status.first + 1, MONTH_COL + 2))).toBe("Red");
  });

  test("start next year: a new sheet with the same KPIs and blank months; this year's untouched", () => {
    const { book, sheetName } = typedTracker();
    const { sheetName: next } = book.applyPlan(nextYearTracker(book.snapshot(sheetName)));
    expect(next).toBe("KPI tracker 2027");
    const { config: read, inputs } = readTracker(book.snapshot(next));
    expect(read.firstMonth).toBe("2027-01");
    expect(read.kpis.map((k) => k.name)).toEqual(config.kpis.map((k) => k.name));
    expect(Object.values(inputs.CSAT[0]).every((v) => v === null)).toBe(true);
    expectTyped(book, sheetName, ["CSAT", "First-contact resolution", "P1 first response"]);
  });
});

describe("review pack", () => {
  test("month 3: reds first, counts, trend and YTD as of the month; corrections flow through", () => {
    const { book, sheetName } = typedTracker();
    const tracker = book.snapshot(sheetName);
    const { sheetName: review } = book.applyPlans([reviewPlan(tracker, 2)]);
    expect(review).toBe("Review Mar 2026");
    const row = (r: number) =>
      ["A", "B", "C", "D", "E", "F"].map((c) => book.value(review, `${c}${r}`));
    expect(row(7)).toEqual([
      "P1 first response",
      30,
      40,
      "Red",
      "Worsening",
      expect.closeTo(97 / 3, 9),
    ]);
    expect(row(8)).toEqual([
      "CSAT",
      0.9,
      0.85,
      "Amber",
      "Worsening",
      expect.closeTo((0.92 + 0.85) / 2, 9),
    ]);
    expect(row(9)).toEqual([
      "First-contact resolution",
      0.75,
      "",
      "",
      "Worsening",
      expect.closeTo(145 / 200, 9),
    ]);
    expect(["B4", "D4", "F4"].map((a) => book.value(review, a))).toEqual([0, 1, 1]);
    // A correction on the tracker flows into the pack.
    const L = trackerLayout(trackerShape(config));
    book.type(sheetName, cellAddress(L.actualRows[0][0], MONTH_COL + 2), "0.95");
    expect(book.value(review, "D8")).toBe("Green");
    expect(book.value(review, "B4")).toBe(1);
  });
});
