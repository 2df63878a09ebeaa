/**
 * The workbench end to end in a real browser: insert the Function examples sheet from the task
 * pane, read the computed values from the grid and check them against the engine, type into an
 * input cell and watch its result change; a screenshot goes to test-results/. The page makes no
 * request outside this machine.
 */
import * as path from "path";
import type { Page } from "playwright-core";
import { exampleArgs, FUNCTIONS } from "../../src/functions/metadata";
import { cellAddress, parseRange } from "../../src/formula/a1";
import { functionExamplesPlan } from "../../src/sheets/functionExamples";
import { isLocal } from "../support/browser";
import { fn } from "../support/functions";
import { grid, openWorkbench, RESULTS, Workbench } from "../support/workbench";

let wb: Workbench;
let page: Page;
const { cell: gridCell } = grid(() => page);

beforeAll(async () => {
  wb = await openWorkbench();
  page = wb.page;
});
afterAll(() => wb?.close());

const plan = functionExamplesPlan(FUNCTIONS);
const resultAddress = (id: string) => {
  const r = parseRange(
    plan.names.find((n) => n.name === `Result_${id.replace(/\./g, "_")}`)!.range
  );
  return cellAddress(r.top, r.left);
};

test("the task pane is connected to the workbench", async () => {
  await page.getByText("Connected: Workbench").waitFor();
  expect(await page.getByRole("grid").count()).toBe(1);
});

test("host detection ran Microsoft's Office.js, served here: no host outside Office", async () => {
  expect(wb.requests.filter((u) => u.endsWith("/office/office.js"))).toHaveLength(1);
  const ready = await page.evaluate(() =>
    (window as unknown as { Office: typeof Office }).Office.onReady()
  );
  expect(ready).toMatchObject({ host: null, platform: null });
});

test("Insert function examples builds the sheet; the grid shows what the engine computes", async () => {
  await page.getByRole("tab", { name: "Functions" }).click();
  await page.getByRole("button", { name: "Insert function examples" }).click();
  await page.getByText('Inserted the sheet "Function examples".').waitFor();
  expect(
    await page
      .getByRole("tablist", { name: "Sheets" })
      .getByRole("tab", { name: "Function examples" })
      .getAttribute("aria-selected")
  ).toBe("true");
  for (const doc of FUNCTIONS) {
    const given = exampleArgs(doc);
    const args = [...given, ...Array(Math.max(0, doc.parameters.length - given.length)).fill(null)];
    const engine = fn(doc.id)(...args);
    const first = Array.isArray(engine) ? engine[0][0] : engine;
    const shown = await gridCell(resultAddress(doc.id)).getAttribute("data-value");
    if (typeof first === "number")
      expect([doc.id, Number(shown)]).toEqual([doc.id, expect.closeTo(first, 9)]);
    else expect([doc.id, shown]).toEqual([doc.id, String(first)]);
  }
  // Number formats and colours as the add-in sets them.
  expect(await gridCell(resultAddress("AHP.WEIGHTS")).textContent()).toBe("60.0%");
  expect(await gridCell(resultAddress("KPI.STATUS")).textContent()).toBe("Amber");
  // The examples' chart is drawn.
  await page.getByRole("img", { name: "Chart: Example: weighted score by provider" }).waitFor();
});

test("typing into an input cell recalculates the dependent result", async () => {
  const result = resultAddress("SLA.CREDIT");
  const formula = plan.blocks.find((b) => b.at === result)!.cells[0][0] as { formula: string };
  const actual = formula.formula.match(/\(([A-Z]+[0-9]+),/)![1];
  expect(await gridCell(result).getAttribute("data-value")).toBe("2000");
  await gridCell(actual).dblclick();
  await page.getByLabel(`Edit ${actual}`).fill("0.995");
  await page.getByLabel(`Edit ${actual}`).press("Enter");
  await page.waitForFunction(
    (a) => document.querySelector(`[data-address="${a}"]`)?.getAttribute("data-value") === "0",
    result
  );
  expect(await gridCell(actual).getAttribute("data-value")).toBe("0.995");
  // The formula bar shows the selected cell's formula.
  await gridCell(result).click();
  expect(await page.getByLabel("Formula bar").inputValue()).toBe(formula.formula);
  // A computed cell does not take typing.
  await gridCell(result).dblclick();
  await page.getByRole("alert").getByText("computed by a formula").waitFor();
});

test("screenshot, no request outside this machine, no page error", async () => {
  await page.screenshot({ path: path.join(RESULTS, "workbench-function-examples.png") });
  expect(wb.requests.length).toBeGreaterThan(1);
  expect(wb.requests.filter((u) => !isLocal(u))).toEqual([]);
  expect(wb.errors).toEqual([]);
  expect(wb.violations).toEqual([]);
});
