/**
 * A whole monthly cycle in the workbench: create a KPI tracker from the task pane, type three
 * months of actuals into the grid, create the review pack for month 3 (statuses, reds first), add
 * a month and find every typed value still there.
 */
import * as path from "path";
import type { Page } from "playwright-core";
import { cellAddress } from "../../src/formula/a1";
import { defaultTracker } from "../../src/sheets/kpi/model";
import { MONTH_COL, trackerLayout, trackerShape } from "../../src/sheets/kpi/tracker";
import { isLocal } from "../support/browser";
import { grid, openWorkbench, RESULTS, Workbench } from "../support/workbench";

let wb: Workbench;
let page: Page;
const { valueOf, typeInto } = grid(() => page);

beforeAll(async () => {
  wb = await openWorkbench();
  page = wb.page;
  await page.getByRole("tab", { name: "KPI review" }).click();
});
afterAll(() => wb?.close());

const config = { ...defaultTracker(), firstMonth: "2026-01" };
const L = trackerLayout(trackerShape(config));
const kpiIndex = (name: string) => config.kpis.findIndex((k) => k.name === name);
/** What is typed: KPI row (its actual, or numerator / denominator) → Jan, Feb, Mar. */
const typed: [number, string[]][] = [
  [L.actualRows[kpiIndex("P1 first response")][0], ["25", "28", "45"]],
  [L.actualRows[kpiIndex("Customer satisfaction (CSAT)")][0], ["92%", "91%", "88%"]],
  [L.actualRows[kpiIndex("Availability")][0], ["0.9995", "0.9991", "0.9993"]],
  [L.actualRows[kpiIndex("First-contact resolution")][0], ["80", "78", "60"]],
  [L.actualRows[kpiIndex("First-contact resolution")][1], ["100", "100", "100"]],
];
const parsed = (t: string) => String(t.endsWith("%") ? Number(t.slice(0, -1)) / 100 : Number(t));

test("create a KPI tracker and type three months of actuals", async () => {
  await page.getByLabel("First month (YYYY-MM)").fill("2026-01");
  await page.getByLabel("Provider").fill("Acme IT");
  await page.getByRole("button", { name: "Create KPI tracker" }).click();
  await page
    .getByText('Created "KPI tracker": type each month\'s actuals into the yellow cells.')
    .waitFor();
  for (const [row, months] of typed)
    for (const [m, v] of months.entries()) await typeInto(cellAddress(row, MONTH_COL + m), v);
  const status = (name: string, m: number) =>
    valueOf(cellAddress(L.status.first + kpiIndex(name), MONTH_COL + m));
  expect(await status("P1 first response", 2)).toBe("Red");
  expect(await status("Customer satisfaction (CSAT)", 2)).toBe("Amber");
  expect(await status("Availability", 2)).toBe("Green");
  expect(await status("First-contact resolution", 2)).toBe("Red");
  expect(await status("Patch compliance", 2)).toBe(""); // not reported: never scored
});

test("the review pack for month 3: statuses, reds first, counts", async () => {
  await page.getByLabel("Month to review").selectOption({ label: "Mar 2026" });
  await page.getByRole("button", { name: "Create review for month" }).click();
  await page.getByText('Created the review pack "Review Mar 2026".').waitFor();
  const kpis = await Promise.all([7, 8, 9, 10, 11].map((r) => valueOf(`A${r}`)));
  expect(kpis).toEqual([
    "P1 first response",
    "First-contact resolution",
    "Customer satisfaction (CSAT)",
    "Availability",
    "P1 resolution",
  ]);
  const statuses = await Promise.all([7, 8, 9, 10, 11].map((r) => valueOf(`D${r}`)));
  expect(statuses).toEqual(["Red", "Red", "Amber", "Green", ""]);
  expect(await Promise.all(["B4", "D4", "F4"].map(valueOf))).toEqual(["1", "1", "2"]);
  await page.screenshot({ path: path.join(RESULTS, "workbench-kpi-review.png") });
});

test("add a month: nothing typed is lost, even with a month header retyped", async () => {
  await page
    .getByRole("tablist", { name: "Sheets" })
    .getByRole("tab", { name: "KPI tracker" })
    .click();
  // Month headers are written as text ("Jan 2026", not a date) and never used to find a month.
  expect(await valueOf(cellAddress(L.actualsHeader, MONTH_COL))).toBe("Jan 2026");
  await typeInto(cellAddress(L.actualsHeader, MONTH_COL + 1), "February");
  await page.getByRole("button", { name: "Add month" }).click();
  await page.getByText('Added a month on "KPI tracker"; every actual and note is kept.').waitFor();
  const grown = trackerLayout(trackerShape({ ...config, months: 13 }));
  expect(await valueOf(cellAddress(grown.actualsHeader, MONTH_COL + 12))).toBe("Jan 2027");
  for (const [row, months] of typed) {
    for (const [m, v] of months.entries())
      expect([row, m, await valueOf(cellAddress(row, MONTH_COL + m))]).toEqual([row, m, parsed(v)]);
  }
});

test("no request outside this machine, no page error", async () => {
  expect(wb.requests.filter((u) => !isLocal(u))).toEqual([]);
  expect(wb.errors).toEqual([]);
  expect(wb.violations).toEqual([]);
});
