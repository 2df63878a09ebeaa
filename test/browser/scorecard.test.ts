/**
 * The scorecard end to end in the workbench, as a procurement lead would use it: create a
 * scorecard for three providers from the task pane, type the scores and must-have checks into the
 * grid, read the recommendation and totals; add a fourth provider and a criterion and find every
 * typed value still there; weight a second scorecard by pairwise comparison (AHP).
 */
import * as path from "path";
import type { Page } from "playwright-core";
import { flipWeights, score } from "../../src/engine";
import { cellAddress } from "../../src/formula/a1";
import { PROVIDER_COL, scorecardLayout, scorecardShape } from "../../src/sheets/scorecard/sheet";
import { DUE_DILIGENCE_CRITERIA } from "../../src/sheets/scorecard/model";
import { ahpLayout } from "../../src/sheets/scorecard/ahp";
import { isLocal } from "../support/browser";
import { grid, openWorkbench, RESULTS, Workbench } from "../support/workbench";

let wb: Workbench;
let page: Page;
const { valueOf, typeInto, waitForValue } = grid(() => page);

beforeAll(async () => {
  wb = await openWorkbench();
  page = wb.page;
});
afterAll(() => wb?.close());

const providers = ["Acme", "Beta", "Core"];
const criteria = DUE_DILIGENCE_CRITERIA.map((c) => c.name);
const weights = DUE_DILIGENCE_CRITERIA.map((c) => c.weight);
const layout = scorecardLayout(
  scorecardShape({
    providers,
    criteria: DUE_DILIGENCE_CRITERIA.map((c) => ({ ...c })),
    evaluators: ["Evaluator 1"],
  })
);
/** The scores typed: provider j, criterion i. */
const typedScore = (i: number, j: number) => 1 + ((i * 2 + j * 3) % 5);

test("create a scorecard for three providers from the task pane", async () => {
  for (const [i, name] of providers.entries())
    await page.getByLabel(`Provider ${i + 1}`, { exact: true }).fill(name);
  await page.getByRole("button", { name: "Create scorecard" }).click();
  await page.getByText('Created "Scorecard": type the scores into the yellow cells.').waitFor();
  const sheetTabs = page.getByRole("tablist", { name: "Sheets" });
  expect(
    await sheetTabs
      .getByRole("tab", { name: "Scorecard", exact: true })
      .getAttribute("aria-selected")
  ).toBe("true");
  expect(await valueOf("G5")).toBe("Acme");
  expect(await valueOf("C3")).toBe(
    "Complete the scores and the must-have checks to see a recommendation"
  );
});

test("type scores and must-have checks into the grid: totals and the recommendation follow", async () => {
  for (let i = 0; i < criteria.length; i++) {
    for (let j = 0; j < providers.length; j++)
      await typeInto(cellAddress(layout.firstRow + i, PROVIDER_COL + j), String(typedScore(i, j)));
  }
  const gates = ["yes", "yes", "no"];
  for (let j = 0; j < 3; j++)
    await typeInto(cellAddress(layout.gates!.first, PROVIDER_COL + j), gates[j]);
  const totals = providers.map((_, j) =>
    score(
      criteria.map((_, i) => typedScore(i, j)),
      weights
    )
  );
  for (let j = 0; j < 3; j++) {
    expect(Number(await valueOf(cellAddress(layout.rows.total, PROVIDER_COL + j)))).toBeCloseTo(
      totals[j],
      9
    );
  }
  expect(await valueOf(cellAddress(layout.rows.afterGates, PROVIDER_COL + 2))).toBe("Excluded");
  const best = totals[0] >= totals[1] ? "Acme" : "Beta";
  await waitForValue("C3", best);
  // Lift the runner-up's cost score and watch the recommendation change.
  const other = best === "Acme" ? 1 : 0;
  for (let i = 0; i < criteria.length; i++)
    await typeInto(cellAddress(layout.firstRow + i, PROVIDER_COL + other), "5");
  await waitForValue("C3", providers[other]);
  await page.screenshot({ path: path.join(RESULTS, "workbench-scorecard.png") });
  for (let i = 0; i < criteria.length; i++)
    await typeInto(
      cellAddress(layout.firstRow + i, PROVIDER_COL + other),
      String(typedScore(i, other))
    );
  await waitForValue("C3", best);
});

test("sensitivity among the providers the must-haves keep: Core is excluded, so it takes no part", async () => {
  const used = criteria.map((_, i) => providers.map((_, j) => typedScore(i, j)));
  const after = await Promise.all(
    providers.map(async (_, j) => {
      const v = await valueOf(cellAddress(layout.rows.afterGates, PROVIDER_COL + j));
      return v === "Excluded" ? v : Number(v);
    })
  );
  expect(await valueOf(cellAddress(layout.rows.topsis, PROVIDER_COL + 2))).toBe("");
  const expected = flipWeights(used, weights, after);
  for (const [i, f] of expected.entries()) {
    const shown = await valueOf(cellAddress(layout.results.first + i, layout.flipCol));
    if (f === null) expect(shown).toBe("");
    else expect(Number(shown)).toBeCloseTo(f, 9);
  }
  expect(await valueOf("D3")).toMatch(/^(Fragile|Robust) lead/);
});

test("add a fourth provider and a criterion: no typed value is lost", async () => {
  await typeInto(cellAddress(layout.firstRow + 3, layout.notesCol), "Check the SOC 2 report");
  await page.getByLabel("New provider name").fill("Delta");
  await page.getByRole("button", { name: "Add provider to this scorecard" }).click();
  await page.getByText(/Added provider "Delta" on "Scorecard"/).waitFor();
  await page.getByLabel("New criterion name").fill("Data residency");
  await page.getByRole("button", { name: "Add criterion to this scorecard" }).click();
  await page.getByText(/Added criterion "Data residency" on "Scorecard"/).waitFor();

  expect(await valueOf("J5")).toBe("Delta");
  expect(await valueOf(cellAddress(layout.firstRow + criteria.length, 1))).toBe("Data residency");
  for (let i = 0; i < criteria.length; i++) {
    for (let j = 0; j < providers.length; j++) {
      expect([i, j, await valueOf(cellAddress(layout.firstRow + i, PROVIDER_COL + j))]).toEqual([
        i,
        j,
        String(typedScore(i, j)),
      ]);
    }
  }
  // The notes column moved right with the new provider; the note moved with it.
  expect(await valueOf(cellAddress(layout.firstRow + 3, layout.notesCol + 1))).toBe(
    "Check the SOC 2 report"
  );
  const grown = scorecardLayout(
    scorecardShape({
      providers: [...providers, "Delta"],
      criteria: [
        ...DUE_DILIGENCE_CRITERIA.map((c) => ({ ...c })),
        { ...DUE_DILIGENCE_CRITERIA[0], name: "Data residency" },
      ],
      evaluators: ["Evaluator 1"],
    })
  );
  expect(await valueOf(cellAddress(grown.gates!.first, PROVIDER_COL))).toBe("yes");
  expect(await valueOf(cellAddress(grown.gates!.first, PROVIDER_COL + 2))).toBe("no");
  // Delta and the new criterion are unscored: the sheet asks for the scores.
  expect(await valueOf("C3")).toBe("Complete the scores to see a recommendation");
});

test("an AHP-weighted scorecard: judgements on the AHP sheet drive the weights live", async () => {
  await page.getByLabel("Weights by pairwise comparison (AHP)").check();
  await page.getByRole("button", { name: "Create scorecard" }).click();
  await page
    .getByText('Created "Scorecard (2)"; fill in the pairwise judgements on "Scorecard AHP".')
    .waitFor();
  await page
    .getByRole("tablist", { name: "Sheets" })
    .getByRole("tab", { name: "Scorecard (2)" })
    .click();
  const weight = cellAddress(layout.firstRow, 4);
  expect(Number(await valueOf(weight))).toBeCloseTo(0.1, 9); // ten criteria, equal judgements
  await page
    .getByRole("tablist", { name: "Sheets" })
    .getByRole("tab", { name: "Scorecard AHP" })
    .click();
  const m = ahpLayout({ criteria: DUE_DILIGENCE_CRITERIA.length, evaluators: 1 }).matrices[0].first;
  await typeInto(cellAddress(m, 2), "5"); // Cost strongly over Security
  expect(await valueOf("E6")).toBe("Consistent (CR at most 0.10)");
  await page
    .getByRole("tablist", { name: "Sheets" })
    .getByRole("tab", { name: "Scorecard (2)" })
    .click();
  expect(Number(await valueOf(weight))).toBeGreaterThan(0.1);
});

test("no request outside this machine, no page error", async () => {
  expect(wb.requests.filter((u) => !isLocal(u))).toEqual([]);
  expect(wb.errors).toEqual([]);
  expect(wb.violations).toEqual([]);
});
