/**
 * The service-level credit sheet evaluated as a user sees it: the Texas DIR worked example, and a
 * year that exercises each credit model, the cap, earn-back and a bonus; what-if on the terms;
 * actuals linked live to a KPI tracker.
 */
import { cellAddress } from "../../../src/formula/a1";
import { kpi, monthKey, TrackerConfig } from "../../../src/sheets/kpi/model";
import { trackerLayout, trackerPlan, trackerShape } from "../../../src/sheets/kpi/tracker";
import { MONTH_COL } from "../../../src/sheets/kpi/tracker";
import { SL, slaLayout, slaPlan, slaShape, TERMS } from "../../../src/sheets/sla/sheet";
import { defaultSla, serviceLevel, SlaConfig, SlaInputs } from "../../../src/sheets/sla/model";
import { readSla, rebuildSla } from "../../../src/sheets/sla/reader";
import { InBrowserWorkbook } from "../../../src/workbench/workbook";
import { plainValue } from "../../../src/sheets/plan/plan";
import { customFunctions } from "../../support/functions";
import { linkedTracker } from "../../support/sheets";

/** The default terms and service levels, for 2026, the service desk's named shorter. */
const config: SlaConfig = {
  ...defaultSla(),
  provider: "Acme IT",
  firstMonth: "2026-01",
  serviceLevels: defaultSla().serviceLevels.map((s) =>
    s.name === "Service desk response" ? { ...s, name: "Service desk" } : s
  ),
};
const typedActuals = {
  "Service desk": { "2026-01": 0.85, "2026-02": 0.96 },
  "Patch compliance": { "2026-01": 0.75, "2026-02": 0.97 },
  "Backup success": { "2026-01": 0.965, "2026-02": 0.985, "2026-03": 0.9975 },
};
const inputs: SlaInputs = {
  actuals: {
    Availability: { "2026-01": 0.985, "2026-02": 0.9995, "2026-03": 0.9995, "2026-04": 0.9995 },
    ...typedActuals,
  },
};

function build(c: SlaConfig = config, i: SlaInputs = inputs) {
  const book = new InBrowserWorkbook(customFunctions);
  const { sheetName } = book.applyPlan(slaPlan(c, i));
  const L = slaLayout(slaShape(c));
  const month = (row: number, m: number) => book.value(sheetName, cellAddress(row, MONTH_COL + m));
  return { book, sheetName, L, month };
}

describe("SLA credit sheet", () => {
  test("Texas DIR worked example: $100,000 invoice, 10% at risk, 50% × 40% → exactly $2,000", () => {
    const { book, sheetName, L, month } = build();
    expect(book.value(sheetName, cellAddress(TERMS.atRisk, 1))).toBe(10000);
    expect(month(L.credits.first, 0)).toBe(2000);
  });

  test("a year exercising each model, the cap, earn-back and a bonus", () => {
    const { book, sheetName, L, month } = build();
    // January: allocation 2,000; tier 5% of 100,000; linear 0.1 × 0.2 × 100,000; 3 points × 0.5%.
    expect([0, 1, 2, 3].map((i) => month(L.credits.first + i, 0))).toEqual([
      2000,
      5000,
      expect.closeTo(2000, 6),
      expect.closeTo(1500, 6),
    ]);
    expect(month(L.totals.before, 0)).toBeCloseTo(10500, 6);
    expect(month(L.totals.capped, 0)).toBe(10000); // capped at 10% of the invoice
    // February: the backup miss repeats, so its points double (1 → 2).
    expect(month(L.points.first + 3, 1)).toBe(2);
    expect(month(L.credits.first + 3, 1)).toBeCloseTo(1000, 6);
    // The cap cut January: each service level was credited its share of the 10,000.
    const share = 10000 / 10500;
    expect(month(L.credited.first, 0)).toBeCloseTo(2000 * share, 6);
    expect(
      [0, 1, 2, 3].reduce((sum, i) => sum + (month(L.credited.first + i, 0) as number), 0)
    ).toBeCloseTo(10000, 6);
    // Three good months after January earn back what availability was credited — no more —
    // on April's invoice, the month it is earned.
    expect([0, 1, 2].map((m) => month(L.earned.first, m))).toEqual([0, 0, 0]);
    expect(month(L.earned.first, 3)).toBeCloseTo(2000 * share, 6);
    expect(month(L.earnedTotal, 3)).toBeCloseTo(2000 * share, 6);
    // March: backup at 99.75%, halfway from 99.5% to 100%: half the 2,000 bonus.
    expect(month(L.bonus.first + 3, 2)).toBeCloseTo(1000, 6);
    // Net: bonuses + earned back − capped credits; and the year to date.
    expect(month(L.net.month, 0)).toBeCloseTo(-10000, 6);
    expect(month(L.net.month, 1)).toBeCloseTo(-1000, 6);
    expect(month(L.net.month, 2)).toBeCloseTo(1000, 6);
    expect(month(L.net.month, 3)).toBeCloseTo(2000 * share, 6);
    expect(month(L.net.ytd, 2)).toBeCloseTo(-10000 - 1000 + 1000, 6);
    // Months not reported: no credit, no bonus.
    expect(month(L.credits.first + 1, 5)).toBe("");
    expect(month(L.totals.capped, 5)).toBe(0);
    expect(book.value(sheetName, cellAddress(TERMS.exposure, 1))).toBe(120000);
    expect(book.value(sheetName, cellAddress(TERMS.used, 2))).toBe("Within the pool");
  });

  test("an invoiced month's net adjustment never changes when later months are typed", () => {
    const upToMarch: SlaInputs = {
      actuals: Object.fromEntries(
        Object.entries(inputs.actuals!).map(([name, months]) => [
          name,
          Object.fromEntries(Object.entries(months).filter(([key]) => key < "2026-04")),
        ])
      ),
    };
    const { book, sheetName, L, month } = build(config, upToMarch);
    const invoiced = [0, 1, 2].map((m) => month(L.net.month, m));
    expect(month(L.earned.first, 3)).toBe(""); // April not reported yet
    book.type(sheetName, cellAddress(L.actualRow(0), MONTH_COL + 3), "99.95%");
    expect([0, 1, 2].map((m) => month(L.net.month, m))).toEqual(invoiced);
    expect(month(L.net.month, 3)).toBeCloseTo((2000 * 10000) / 10500, 6);
  });

  test("what-if: 15% at risk recomputes every month live; allocations above the pool are flagged", () => {
    const { book, sheetName, L, month } = build();
    book.type(sheetName, cellAddress(TERMS.atRiskPct, 1), "15%");
    expect(month(L.credits.first, 0)).toBe(3000);
    expect(month(L.totals.capped, 0)).toBeCloseTo(11500, 6);
    expect(book.value(sheetName, cellAddress(TERMS.exposure, 1))).toBe(180000);
    book.type(sheetName, cellAddress(TERMS.pool, 1), "50%");
    expect(book.value(sheetName, cellAddress(TERMS.used, 2))).toBe(
      "Allocations exceed the pool: not accepted"
    );
  });

  test("next year's expected level under continuous improvement", () => {
    const year = Object.fromEntries(
      Array.from({ length: 12 }, (_, m) => [monthKey("2026-01", m), 0.9995])
    );
    const { book, sheetName, L } = build(config, {
      actuals: { ...typedActuals, Availability: year },
    });
    expect(book.value(sheetName, cellAddress(L.slFirst, 22))).toBeCloseTo(
      0.999 + (0.9995 - 0.999) / 2,
      9
    );
    expect(book.value(sheetName, cellAddress(L.slFirst + 1, 22))).toBe(0.95); // improvement off
  });
});

/** A KPI tracker with the availability KPI the linked service levels read. */
const tracker: TrackerConfig = {
  name: "KPI tracker",
  provider: "Acme IT",
  firstMonth: "2026-01",
  months: 12,
  kpis: [kpi("Availability", "%", "higher", 0.999, { tolerance: 0.005 })],
};

describe("actuals linked to a KPI tracker", () => {
  test("typing an actual in the tracker changes credits, cap and net adjustment on the SLA sheet", () => {
    const book = new InBrowserWorkbook(customFunctions);
    book.applyPlan(trackerPlan(tracker));
    const linked: SlaConfig = {
      ...config,
      serviceLevels: [
        { ...config.serviceLevels[0], linkedKpi: { sheet: "KPI tracker", kpi: "Availability" } },
      ],
    };
    const { sheetName } = book.applyPlan(slaPlan(linked, {}, linkedTracker(tracker)));
    const L = slaLayout(slaShape(linked));
    const T = trackerLayout(trackerShape(tracker));
    expect(book.value(sheetName, cellAddress(L.credits.first, MONTH_COL))).toBe("");
    book.type("KPI tracker", cellAddress(T.actualRows[0][0], MONTH_COL), "98.5%");
    expect(book.value(sheetName, cellAddress(L.reported.first, MONTH_COL))).toBe(0.985);
    expect(book.value(sheetName, cellAddress(L.credits.first, MONTH_COL))).toBe(2000);
    expect(book.value(sheetName, cellAddress(L.totals.capped, MONTH_COL))).toBe(2000);
    expect(book.value(sheetName, cellAddress(L.net.month, MONTH_COL))).toBe(-2000);
  });
});

describe("keep editing without loss", () => {
  test("add a service level and a month: every typed value kept, linked KPIs stay linked", () => {
    const book = new InBrowserWorkbook(customFunctions);
    book.applyPlan(trackerPlan(tracker));
    const linked: SlaConfig = {
      ...config,
      serviceLevels: [
        { ...config.serviceLevels[0], linkedKpi: { sheet: "KPI tracker", kpi: "Availability" } },
        ...config.serviceLevels.slice(1),
      ],
    };
    const { sheetName } = book.applyPlan(
      slaPlan(linked, { actuals: typedActuals }, linkedTracker(tracker))
    );
    const L = slaLayout(slaShape(linked));
    book.type(sheetName, cellAddress(L.invoiceRow, MONTH_COL + 1), "120000"); // February's invoice
    book.type(sheetName, cellAddress(TERMS.atRiskPct, 1), "12%");
    book.editPlans([sheetName, "KPI tracker"], (s) =>
      rebuildSla(s, (c) => ({
        ...c,
        serviceLevels: [...c.serviceLevels, serviceLevel("Security patching")],
      }))
    );
    book.editPlans([sheetName, "KPI tracker"], (s) =>
      rebuildSla(s, (c) => ({ ...c, months: c.months + 1 }))
    );
    const { config: read, inputs: typed } = readSla(book.snapshot(sheetName));
    expect(read.serviceLevels.map((s) => s.name)).toEqual([
      "Availability",
      "Service desk",
      "Patch compliance",
      "Backup success",
      "Security patching",
    ]);
    expect(read.months).toBe(13);
    expect(read.atRiskPct).toBe(0.12);
    expect(plainValue(typed.invoice!["2026-02"])).toBe(120000);
    expect(typed.invoice!["2026-01"]).toBeNull(); // the default (the monthly fee) is not a typed value
    expect(plainValue(typed.actuals!["Service desk"]["2026-01"])).toBe(0.85);
    expect(plainValue(typed.actuals!["Backup success"]["2026-03"])).toBe(0.9975);
    expect(read.serviceLevels[0].linkedKpi).toEqual({ sheet: "KPI tracker", kpi: "Availability" });
    // Still linked: a tracker actual flows into the rebuilt sheet.
    const T = trackerLayout(trackerShape(tracker));
    const L2 = slaLayout(slaShape(read));
    book.type("KPI tracker", cellAddress(T.actualRows[0][0], MONTH_COL), "98.5%");
    expect(book.value(sheetName, cellAddress(L2.credits.first, MONTH_COL))).toBeCloseTo(
      12000 * 0.5 * 0.4,
      9
    );
  });
});

describe("defaults live once", () => {
  test("a cleared cell in the service-level table reads back as the model's default", () => {
    const { book, sheetName, L } = build();
    book.type(sheetName, cellAddress(L.slFirst + 3, SL.band), "");
    book.type(sheetName, cellAddress(L.slFirst + 3, SL.maxPoints), "");
    const read = readSla(book.snapshot(sheetName)).config.serviceLevels[3];
    const model = serviceLevel("any");
    expect([read.band, read.maxPoints]).toEqual([model.band, model.maxPoints]);
  });
});
