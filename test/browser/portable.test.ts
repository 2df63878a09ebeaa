/**
 * Portable copies of every kind of sheet in the workbench, as a user makes them: insert the function examples, create a
 * KPI tracker and an SLA sheet linked to it, type actuals, a review pack, an AHP-weighted
 * scorecard with a score typed, then on the Share tab make a portable copy of each sheet. Every cell of a copy shows what the original shows (four rows down, under the
 * copy's explanation), and no cell of it calls an MSP.* function (the grid's data-formula).
 */
import * as path from "path";
import type { Page } from "playwright-core";
import { cellAddress, parseCell } from "../../src/formula/a1";
import { defaultTracker } from "../../src/sheets/kpi/model";
import { MONTH_COL, trackerLayout, trackerShape } from "../../src/sheets/kpi/tracker";
import { HEADER_ROWS } from "../../src/sheets/portable/copy";
import { slaLayout, slaShape } from "../../src/sheets/sla/sheet";
import { defaultSla } from "../../src/sheets/sla/model";
import { grid, openWorkbench, RESULTS, Workbench } from "../support/workbench";

let wb: Workbench;
let page: Page;
const { typeInto, sheetTab } = grid(() => page);

beforeAll(async () => {
  wb = await openWorkbench();
  page = wb.page;
});
afterAll(() => wb?.close());

const tracker = { ...defaultTracker(), firstMonth: "2026-01" };
const T = trackerLayout(trackerShape(tracker));
const availability = tracker.kpis.findIndex((k) => k.name === "Availability");
const L = slaLayout(slaShape(defaultSla()));

/** Every cell of the sheet on show: address → [value, formula]. */
const cells = () =>
  page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<HTMLElement>('[role="grid"] [data-address]')].map((td) => [
        td.dataset.address!,
        [td.dataset.value ?? "", td.dataset.formula ?? ""] as const,
      ])
    )
  );

test("sheets to share: function examples, a KPI tracker with actuals, an SLA sheet linked to it", async () => {
  await page.getByRole("tab", { name: "Functions" }).click();
  await page.getByRole("button", { name: "Insert function examples" }).click();
  await page.getByText('Inserted the sheet "Function examples".').waitFor();
  await page.getByRole("tab", { name: "KPI review" }).click();
  await page.getByLabel("First month (YYYY-MM)").fill("2026-01");
  await page.getByRole("button", { name: "Create KPI tracker" }).click();
  await page.getByText(/Created "KPI tracker"/).waitFor();
  for (const [m, v] of ["99.95%", "98.5%", "99.2%"].entries())
    await typeInto(cellAddress(T.actualRows[availability][0], MONTH_COL + m), v);
  await page.getByRole("tab", { name: "SLA credits" }).click();
  await page.getByLabel("First month (YYYY-MM)").fill("2026-01");
  await page.getByLabel("Actuals of service level 1").selectOption("KPI tracker|Availability");
  await page.getByRole("button", { name: "Create SLA sheet" }).click();
  await page.getByText(/Created "SLA credits"/).waitFor();
  await typeInto(cellAddress(L.actualRow(1), MONTH_COL), "79%");
  await page.getByRole("tab", { name: "KPI review" }).click();
  await page.getByLabel("Month to review").selectOption({ label: "Mar 2026" });
  await page.getByRole("button", { name: "Create review for month" }).click();
  await page.getByText('Created the review pack "Review Mar 2026".').waitFor();
  await page.getByRole("tab", { name: "Scorecard" }).click();
  await page.getByLabel("Weights by pairwise comparison (AHP)").check();
  await page.getByRole("button", { name: "Create scorecard" }).click();
  await page.getByText(/Created "Scorecard"/).waitFor();
  await typeInto("C7", "4");
});

test.each([
  "Function examples",
  "KPI tracker",
  "SLA credits",
  "Review Mar 2026",
  "Scorecard",
  "Scorecard AHP",
])("Share: the portable copy of %s shows the same values with no MSP.* function", async (name) => {
  await page.getByRole("tab", { name: "Share" }).click();
  await page.getByRole("button", { name: "Refresh list" }).click();
  await page.getByLabel("Sheet to copy").selectOption(name);
  await page.getByRole("button", { name: "Make portable copy" }).click();
  const copyName = `${name} (portable)`;
  await page.getByText(`Made "${copyName}"`, { exact: false }).waitFor();
  await page.waitForFunction(() =>
    document
      .querySelector('[role="grid"] [data-address="A1"]')
      ?.getAttribute("data-value")
      ?.startsWith("Portable copy of")
  );
  const copy = await cells();
  await page.screenshot({ path: path.join(RESULTS, `portable-${name.replace(/ /g, "-")}.png`) });
  await sheetTab(name).click();
  await page.waitForFunction(
    (n) =>
      !document
        .querySelector('[role="grid"] [data-address="A1"]')
        ?.getAttribute("data-value")
        ?.startsWith("Portable copy of") && document.title !== n,
    name
  );
  const original = await cells();
  // The grid shows more rows than the sheet uses: compare the original's used range.
  const used = Object.entries(original)
    .filter(([, [v, f]]) => v !== "" || f !== "")
    .map(([a]) => parseCell(a));
  const bottom = Math.max(...used.map((c) => c.row));
  const right = Math.max(...used.map((c) => c.col));
  const differ = Object.entries(original).filter(([address, [value]]) => {
    const { row, col } = parseCell(address);
    if (row > bottom || col > right) return false;
    const got = copy[cellAddress(row + HEADER_ROWS, col)]?.[0] ?? "";
    const a = Number(value);
    const b = Number(got);
    const numbers = value !== "" && got !== "" && !isNaN(a) && !isNaN(b);
    return numbers
      ? Math.abs(a - b) > 1e-9
      : value !== got && !(value === "" && /^Values as of/.test(got));
  });
  expect(differ.slice(0, 10)).toEqual([]);
  expect(Object.values(copy).filter(([, f]) => /MSP\./i.test(f))).toEqual([]);
  expect(copy.A1[0]).toMatch(
    new RegExp(`^Portable copy of '${name}', made \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d`)
  );
  expect(wb.errors).toEqual([]);
  expect(wb.violations).toEqual([]);
});
