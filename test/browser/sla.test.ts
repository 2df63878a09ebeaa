/**
 * From KPI actuals to the month's net invoice adjustment, in the workbench: create a KPI tracker
 * and an SLA credit sheet linked to it from the task pane, type an actual in the tracker, and see
 * the credit, the capped total and the net adjustment change on the SLA sheet; then a what-if on
 * the at-risk %.
 */
import * as path from "path";
import type { Page } from "playwright-core";
import { cellAddress } from "../../src/formula/a1";
import { defaultTracker } from "../../src/sheets/kpi/model";
import { MONTH_COL, trackerLayout, trackerShape } from "../../src/sheets/kpi/tracker";
import { slaLayout, slaShape, TERMS } from "../../src/sheets/sla/sheet";
import { defaultSla } from "../../src/sheets/sla/model";
import { isLocal } from "../support/browser";
import { grid, openWorkbench, RESULTS, Workbench } from "../support/workbench";

let wb: Workbench;
let page: Page;
const { valueOf, typeInto, waitForValue, sheetTab } = grid(() => page);

beforeAll(async () => {
  wb = await openWorkbench();
  page = wb.page;
});
afterAll(() => wb?.close());

const tracker = { ...defaultTracker(), firstMonth: "2026-01" };
const T = trackerLayout(trackerShape(tracker));
const availability = tracker.kpis.findIndex((k) => k.name === "Availability");
const L = slaLayout(slaShape(defaultSla()));

test("a KPI tracker and an SLA sheet linked to it", async () => {
  await page.getByRole("tab", { name: "KPI review" }).click();
  await page.getByLabel("First month (YYYY-MM)").fill("2026-01");
  await page.getByRole("button", { name: "Create KPI tracker" }).click();
  await page.getByText(/Created "KPI tracker"/).waitFor();
  await page.getByRole("tab", { name: "SLA credits" }).click();
  await page.getByLabel("First month (YYYY-MM)").fill("2026-01");
  await page.getByLabel("Actuals of service level 1").selectOption("KPI tracker|Availability");
  // Percentages as a finance user types them: 99.95% (and back).
  const expected = page.getByLabel("Expected level of service level 1");
  await expected.fill("99.95%");
  await expected.blur();
  expect(await expected.inputValue()).toBe("99.95%");
  await expected.fill("0.999");
  await expected.blur();
  expect(await expected.inputValue()).toBe("99.9%");
  await page.getByRole("button", { name: "Create SLA sheet" }).click();
  await page.getByText(/Created "SLA credits"/).waitFor();
  expect(await valueOf(cellAddress(TERMS.atRisk, 1))).toBe("10000");
  expect(await valueOf(cellAddress(L.actualRow(0), 1))).toBe("linked");
  expect(await valueOf(cellAddress(L.net.month, MONTH_COL))).toBe("0");
});

test("typing an actual in the tracker changes credits, cap and net adjustment on the SLA sheet", async () => {
  await sheetTab("KPI tracker").click();
  await typeInto(cellAddress(T.actualRows[availability][0], MONTH_COL), "98.5%");
  await sheetTab("SLA credits").click();
  // Texas DIR: 10% of 100,000 at risk × 50% category × 40% allocation = 2,000.
  await waitForValue(cellAddress(L.credits.first, MONTH_COL), "2000");
  expect(await valueOf(cellAddress(L.totals.capped, MONTH_COL))).toBe("2000");
  expect(await valueOf(cellAddress(L.net.month, MONTH_COL))).toBe("-2000");
  expect(await valueOf(cellAddress(L.net.ytd, MONTH_COL + 11))).toBe("-2000");
});

test("earn-back is booked in the month it is earned: three good months after January, on April", async () => {
  await sheetTab("KPI tracker").click();
  for (const m of [1, 2])
    await typeInto(cellAddress(T.actualRows[availability][0], MONTH_COL + m), "99.95%");
  await sheetTab("SLA credits").click();
  const januaryNet = await valueOf(cellAddress(L.net.month, MONTH_COL));
  expect(await valueOf(cellAddress(L.earned.first, MONTH_COL + 3))).toBe(""); // April not reported
  await sheetTab("KPI tracker").click();
  await typeInto(cellAddress(T.actualRows[availability][0], MONTH_COL + 3), "99.95%");
  await sheetTab("SLA credits").click();
  await waitForValue(cellAddress(L.earned.first, MONTH_COL + 3), "2000");
  expect(await valueOf(cellAddress(L.earned.first, MONTH_COL))).toBe("0");
  expect(await valueOf(cellAddress(L.net.month, MONTH_COL))).toBe(januaryNet);
  expect(await valueOf(cellAddress(L.net.month, MONTH_COL + 3))).toBe("2000");
});

test("what-if: 15% at risk recomputes the month live and raises the maximum exposure", async () => {
  await typeInto(cellAddress(TERMS.atRiskPct, 1), "15%");
  await waitForValue(cellAddress(L.credits.first, MONTH_COL), "3000");
  expect(await valueOf(cellAddress(L.net.month, MONTH_COL))).toBe("-3000");
  expect(await valueOf(cellAddress(TERMS.exposure, 1))).toBe("180000");
  await page.screenshot({ path: path.join(RESULTS, "workbench-sla-credits.png") });
});

test("the next contract year: last year's adjustments stay as invoiced", async () => {
  // Fill the rest of the year in the tracker, December a miss of the minimum.
  await sheetTab("KPI tracker").click();
  for (let m = 4; m < 11; m++)
    await typeInto(cellAddress(T.actualRows[availability][0], MONTH_COL + m), "99.95%");
  await typeInto(cellAddress(T.actualRows[availability][0], MONTH_COL + 11), "98%");
  await sheetTab("SLA credits").click();
  await waitForValue(cellAddress(L.credits.first, MONTH_COL + 11), "3000");
  const lastYear = async () =>
    Promise.all(
      Array.from({ length: 12 }, (_, m) => valueOf(cellAddress(L.net.month, MONTH_COL + m)))
    );
  const before = await lastYear();

  // Start the next year on the tracker (KPI tab), then on the SLA sheet (SLA tab).
  // The pane's tabs (the sheet tabs have a tablist of their own, "Sheets").
  const paneTab = (name: string) =>
    page.getByRole("tablist", { name: "MSP Scorecard" }).getByRole("tab", { name });
  await paneTab("KPI review").click();
  await page.getByRole("button", { name: "Start next year" }).click();
  await page.getByText(/Started "KPI tracker 2027"/).waitFor();
  await paneTab("SLA credits").click();
  await page.getByRole("button", { name: "Start next contract year" }).click();
  await page.getByText(/Started contract year 2 on "SLA credits"/).waitFor();

  // January of the new year (a miss of the minimum), typed in the new tracker, reaches month 13.
  await sheetTab("KPI tracker 2027").click();
  await typeInto(cellAddress(T.actualRows[availability][0], MONTH_COL), "98.9%");
  await sheetTab("SLA credits").click();
  await waitForValue(cellAddress(L.reported.first, MONTH_COL + 12), "0.989");
  expect(await valueOf(cellAddress(L.credits.first, MONTH_COL + 12))).toBe("3000");
  expect(await lastYear()).toEqual(before);
  const Y = slaLayout(slaShape({ ...defaultSla(), months: 24 }));
  expect(await valueOf(cellAddress(Y.summary.header, MONTH_COL + 1))).toBe("Year 2");
  expect(await valueOf(cellAddress(Y.summary.first, MONTH_COL + 1))).toBe("3000");
});

test("no request outside this machine, no page error", async () => {
  expect(wb.requests.filter((u) => !isLocal(u))).toEqual([]);
  expect(wb.errors).toEqual([]);
  expect(wb.violations).toEqual([]);
});
