/**
 * Contract years on the SLA sheet, in the workbench's workbook: availability expected 99.9% in
 * year 1 and 99.95% in year 2. Year 1's credits and net adjustments are identical before and after
 * year 2 is added and filled in; a December credit is earned back in the following March; a
 * repeat default in January counts last year's misses; the per-year summary adds up.
 */
import { cellAddress } from "../../../src/formula/a1";
import { kpi, TrackerConfig } from "../../../src/sheets/kpi/model";
import { nextYearTracker } from "../../../src/sheets/kpi/reader";
import {
  MONTH_COL,
  trackerLayout,
  trackerPlan,
  trackerShape,
} from "../../../src/sheets/kpi/tracker";
import { defaultSla, serviceLevel, SlaConfig } from "../../../src/sheets/sla/model";
import { followingTrackers, nextContractYear, readSla } from "../../../src/sheets/sla/reader";
import { slaLayout, slaPlan, slaShape, YEAR_COL } from "../../../src/sheets/sla/sheet";
import { FUNCTIONS } from "../../../src/functions/metadata";
import { portableCopy, portableNeeds } from "../../../src/sheets/portable/source";
import { InBrowserWorkbook } from "../../../src/workbench/workbook";
import { customFunctions } from "../../support/functions";
import { libreOfficeValues } from "../../support/libreoffice";
import { differences } from "../../support/portable";
import { linkedTracker } from "../../support/sheets";

const tracker: TrackerConfig = {
  name: "KPI tracker 2026",
  provider: "Acme IT",
  firstMonth: "2026-01",
  months: 12,
  kpis: [kpi("Availability", "%", "higher", 0.999, { tolerance: 0.005 })],
};
const sla: SlaConfig = {
  ...defaultSla(),
  name: "SLA",
  provider: "Acme IT",
  firstMonth: "2026-01",
  serviceLevels: [
    // Linked to the tracker; a credit is earned back by three good months.
    serviceLevel("Availability", {
      expected: 0.999,
      minimum: 0.99,
      allocation: 0.4,
      earnBack: 3,
      linkedKpi: { sheet: tracker.name, kpi: "Availability" },
    }),
    // Typed; repeat defaults (4 misses of expected in 12 months).
    serviceLevel("Network", { expected: 0.999, minimum: 0.99, allocation: 0.2 }),
  ],
};

/** Availability in the tracker, and Network on the SLA sheet, month by month of year 1. */
const availability2026 = [
  0.9995, 0.9993, 0.9995, 0.9991, 0.9995, 0.9992, 0.9995, 0.9994, 0.9995, 0.9996, 0.9995, 0.985,
];
const network2026 = [
  0.9995, 0.9995, 0.9995, 0.9995, 0.9995, 0.9995, 0.9995, 0.998, 0.998, 0.998, 0.9995, 0.9995,
];

function setUp() {
  const book = new InBrowserWorkbook(customFunctions);
  book.applyPlan(trackerPlan(tracker));
  const T = trackerLayout(trackerShape(tracker));
  const typeActual = (sheet: string, m: number, v: number) =>
    book.type(sheet, cellAddress(T.actualRows[0][0], MONTH_COL + m), String(v));
  availability2026.forEach((v, m) => typeActual(tracker.name, m, v));
  const { sheetName } = book.applyPlan(slaPlan(sla, {}, linkedTracker(tracker)));
  const L1 = slaLayout(slaShape(sla));
  network2026.forEach((v, m) =>
    book.type(sheetName, cellAddress(L1.actualRow(1), MONTH_COL + m), String(v))
  );
  return { book, sheetName, typeActual };
}

/** Every value of `rows`, months 0..11. */
const yearOne = (book: InBrowserWorkbook, sheet: string, rows: number[]) =>
  rows.map((r) =>
    Array.from({ length: 12 }, (_, m) => book.value(sheet, cellAddress(r, MONTH_COL + m)))
  );

test("the next contract year: year 1 unchanged, levels per year, windows across the year end", () => {
  const { book, sheetName, typeActual } = setUp();
  const L1 = slaLayout(slaShape(sla));
  const watched = [
    ...[0, 1].map((i) => L1.credits.first + i),
    L1.totals.capped,
    ...[0, 1].map((i) => L1.earned.first + i),
    L1.net.month,
    L1.net.ytd,
  ];
  const before = yearOne(book, sheetName, watched);
  // December 2026: availability misses the minimum — 40% of the 10,000 at risk.
  expect(book.value(sheetName, cellAddress(L1.credits.first, MONTH_COL + 11))).toBe(4000);

  // Start next year: the following tracker, then the sheet's next contract year.
  const next = book.applyPlan(nextYearTracker(book.snapshot(tracker.name))).sheetName;
  expect(next).toBe("KPI tracker 2027");
  expect(
    followingTrackers(book.snapshot(sheetName), [book.snapshot(tracker.name), book.snapshot(next)])
  ).toEqual([{ last: tracker.name, next }]);
  book.editPlans([sheetName, tracker.name, next], nextContractYear);
  const { config } = readSla(book.snapshot(sheetName));
  expect(config.months).toBe(24);
  expect(config.serviceLevels[0].laterLinks).toEqual([{ sheet: next, kpi: "Availability" }]);
  const L = slaLayout(slaShape(config));
  expect(yearOne(book, sheetName, watched)).toEqual(before);

  // Year 2 expects 99.95% (typed over the proposal); its months are judged by it.
  for (const i of [0, 1])
    book.type(sheetName, cellAddress(L.yearRow(2, i), YEAR_COL.first), "99.95%");
  expect(book.value(sheetName, cellAddress(L.levelRow(0, 0), MONTH_COL + 11))).toBe(0.999);
  expect(book.value(sheetName, cellAddress(L.levelRow(0, 0), MONTH_COL + 12))).toBe(0.9995);

  // January–March 2027 meet 99.95%: December's credit is earned back in March.
  [0.9996, 0.9997, 0.9996].forEach((v, m) => typeActual(next, m, v));
  expect(book.value(sheetName, cellAddress(L.earned.first, MONTH_COL + 14))).toBe(4000);
  expect(book.value(sheetName, cellAddress(L.earned.first, MONTH_COL + 13))).toBe(0);
  // Network in January 2027 misses 99.95% (not the minimum): with the misses of August, September
  // and October 2026 it is the 4th in twelve months — a repeat default across the year end.
  book.type(sheetName, cellAddress(L.actualRow(1), MONTH_COL + 12), "99.92%");
  expect(book.value(sheetName, cellAddress(L.credits.first + 1, MONTH_COL + 12))).toBe(2000);
  // 99.92% met year 1's 99.9%: the same value in December 2026 would not have been a miss.
  expect(book.value(sheetName, cellAddress(L.credits.first + 1, MONTH_COL + 11))).toBe(0);

  // The net adjustment to date starts again with the contract year.
  const net = (m: number) => book.value(sheetName, cellAddress(L.net.month, MONTH_COL + m));
  expect(book.value(sheetName, cellAddress(L.net.ytd, MONTH_COL + 12))).toBe(net(12));

  // Year 1 is still exactly what it was.
  expect(yearOne(book, sheetName, watched)).toEqual(before);

  // The per-year summary: credits, earned back, net, and the cap used.
  const summary = (r: number, y: number) =>
    book.value(sheetName, cellAddress(L.summary.first + r, MONTH_COL + y));
  expect(summary(0, 0)).toBe(4000);
  expect(summary(1, 1)).toBe(4000);
  expect(summary(0, 1)).toBe(2000);
  expect(summary(3, 1)).toBe(2000);
  expect(summary(4, 0)).toBe(120000);
  expect(summary(5, 0)).toBeCloseTo(4000 / 120000, 12);
});

test("a two-year sheet's portable copy shows the same values, in HyperFormula and LibreOffice", async () => {
  const { book, sheetName, typeActual } = setUp();
  const next = book.applyPlan(nextYearTracker(book.snapshot(tracker.name))).sheetName;
  book.editPlans([sheetName, tracker.name, next], nextContractYear);
  [0.9996, 0.985, 0.9996].forEach((v, m) => typeActual(next, m, v));
  const original = book.snapshot(sheetName);
  const others = portableNeeds(original).map((n) => book.snapshot(n));
  const copy = portableCopy([original, ...others], FUNCTIONS, "2027-04-02 09:00");
  const { sheetName: copied } = book.applyPlan(copy);
  expect(differences(original.values, book.snapshot(copied).values)).toEqual([]);
  const values = await libreOfficeValues([copy]);
  expect(differences(original.values, values.get(copy.name) ?? [])).toEqual([]);
}, 120_000);
