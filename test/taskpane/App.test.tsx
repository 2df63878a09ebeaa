/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen, within } from "@testing-library/react";
import type { HostInfo, WorkbookApi } from "../../src/sheets/plan/workbook";
import { FUNCTIONS } from "../../src/functions/metadata";
import { readScorecard } from "../../src/sheets/scorecard/reader";
import { readSla } from "../../src/sheets/sla/reader";
import { formatPercent, parsePercent } from "../../src/taskpane/layout";
import { App } from "../../src/taskpane/App";
import { InBrowserWorkbook } from "../../src/workbench/workbook";
import { customFunctions } from "../support/functions";

// jsdom has no ResizeObserver; Fluent's MessageBar observes its own size.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

const helpUrl = (name: string) => `https://localhost:3000/help.html#${name}`;

/** The pane on an in-browser workbook; `fail` makes every creation fail with that message. */
function setup(host: HostInfo, fail?: string) {
  const book = new InBrowserWorkbook(customFunctions);
  const workbook: WorkbookApi = fail
    ? { ...bind(book), createSheets: async () => Promise.reject(new Error(fail)) }
    : bind(book);
  render(
    <App host={Promise.resolve(host)} workbook={workbook} functions={FUNCTIONS} helpUrl={helpUrl} />
  );
  return book;
}
const bind = (book: InBrowserWorkbook): WorkbookApi => ({
  createSheets: (p) => book.createSheets(p),
  readSheets: (n) => book.readSheets(n),
  findSheets: (k) => book.findSheets(k),
  editSheets: (n, e) => book.editSheets(n, e),
  createFromSheet: (n, needs, make) => book.createFromSheet(n, needs, make),
});

describe("task pane", () => {
  test("Functions tab: every function with its one-line help, linked to its help page", async () => {
    setup({ kind: "excel", label: "Excel on the web" });
    expect(await screen.findByText("Connected: Excel on the web")).toBeTruthy();
    fireEvent.click(screen.getByRole("tab", { name: "Functions" }));
    // One query for every link (a getByRole per function costs seconds in jsdom).
    const links = new Map(
      screen.getAllByRole("link").map((a) => [a.textContent, a.getAttribute("href")])
    );
    const text = document.body.textContent ?? "";
    for (const f of FUNCTIONS) {
      expect([f.id, links.get(`MSP.${f.id}`)]).toEqual([f.id, helpUrl(`MSP.${f.id}`)]);
      expect(text).toContain(f.description);
    }
    expect(screen.getByText(`${FUNCTIONS.length} live functions:`, { exact: false })).toBeTruthy();
  });

  test("Insert function examples creates the examples sheet and says which", async () => {
    const book = setup({ kind: "workbench", label: "Workbench" });
    await screen.findByText("Connected: Workbench");
    fireEvent.click(screen.getByRole("tab", { name: "Functions" }));
    fireEvent.click(screen.getByRole("button", { name: "Insert function examples" }));
    expect(await screen.findByText('Inserted the sheet "Function examples".')).toBeTruthy();
    expect(book.sheetNames()).toContain("Function examples");
  });

  test("a failure is shown, not swallowed", async () => {
    setup({ kind: "excel", label: "Excel" }, "Cell X1 is in the way");
    await screen.findByText("Connected: Excel");
    fireEvent.click(screen.getByRole("tab", { name: "Functions" }));
    fireEvent.click(screen.getByRole("button", { name: "Insert function examples" }));
    expect(await screen.findByText("Cell X1 is in the way")).toBeTruthy();
  });

  test("outside Excel it says so and offers nothing to create", async () => {
    setup({ kind: "none", label: "No Office host" });
    expect(await screen.findByText("Not in Excel")).toBeTruthy();
    expect(screen.getByText(/Open this add-in from Excel/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Create scorecard" }).hasAttribute("disabled")).toBe(
      true
    );
  });
});

describe("Scorecard tab", () => {
  test("create a scorecard for three named providers from the due-diligence criteria", async () => {
    const book = setup({ kind: "workbench", label: "Workbench" });
    await screen.findByText("Connected: Workbench");
    ["Acme", "Beta", "Core"].forEach((name, i) =>
      fireEvent.change(screen.getByLabelText(`Provider ${i + 1}`), { target: { value: name } })
    );
    fireEvent.click(screen.getByRole("button", { name: "Create scorecard" }));
    expect(
      await screen.findByText('Created "Scorecard": type the scores into the yellow cells.')
    ).toBeTruthy();
    const { config } = readScorecard(book.snapshot("Scorecard"));
    expect(config.providers).toEqual(["Acme", "Beta", "Core"]);
    expect(config.criteria.map((c) => c.name)).toContain("Contract flexibility & exit terms");
    expect(config.criteria.find((c) => c.name === "Security")!.mustHave).toBe(true);
  });

  test("problems block creation, in a user's words", async () => {
    setup({ kind: "workbench", label: "Workbench" });
    await screen.findByText("Connected: Workbench");
    fireEvent.change(screen.getByLabelText("Provider 2"), { target: { value: "Provider A" } });
    const problems = screen.getByRole("list", { name: "Problems" });
    expect(within(problems).getByText('Two providers are called "Provider A".')).toBeTruthy();
    expect(screen.getByRole("button", { name: "Create scorecard" }).hasAttribute("disabled")).toBe(
      true
    );
  });

  test("add a provider to an existing scorecard: read back, rebuilt, typed scores kept", async () => {
    const book = setup({ kind: "workbench", label: "Workbench" });
    await screen.findByText("Connected: Workbench");
    fireEvent.click(screen.getByRole("button", { name: "Create scorecard" }));
    await screen.findByText(/Created "Scorecard"/);
    book.type("Scorecard", "G6", "4");
    fireEvent.change(screen.getByLabelText("New provider name"), {
      target: { value: "Provider D" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Add provider to this scorecard" }));
    expect(await screen.findByText(/Added provider "Provider D" on "Scorecard"/)).toBeTruthy();
    const { config, inputs } = readScorecard(book.snapshot("Scorecard"));
    expect(config.providers).toEqual(["Provider A", "Provider B", "Provider C", "Provider D"]);
    expect(inputs.scores["Evaluator 1"].Cost["Provider A"]).toBe(4);
  });
});

describe("inputs as a finance user types them", () => {
  test("percent fields read 99.9%, 0.999 and 99.9 alike", () => {
    for (const typed of ["99.9%", "0.999", "99.9", " 99.9 % "])
      expect(parsePercent(typed)).toBe(0.999);
    expect(parsePercent("250%")).toBe(2.5);
    expect(parsePercent("ninety")).toBeNull();
    expect(formatPercent(0.9995)).toBe("99.95%");
  });

  test("SLA tab: a percentage typed as 99.95% reaches the sheet as 0.9995 and shows as a percentage", async () => {
    const book = setup({ kind: "workbench", label: "Workbench" });
    await screen.findByText("Connected: Workbench");
    fireEvent.click(screen.getByRole("tab", { name: "SLA credits" }));
    const expected = screen.getByLabelText("Expected level of service level 1") as HTMLInputElement;
    expect(expected.value).toBe("99.9%");
    fireEvent.change(expected, { target: { value: "99.95%" } });
    fireEvent.blur(expected);
    expect(expected.value).toBe("99.95%");
    const atRisk = screen.getByLabelText("At-risk %") as HTMLInputElement;
    fireEvent.change(atRisk, { target: { value: "12" } });
    fireEvent.blur(atRisk);
    expect(atRisk.value).toBe("12%");
    fireEvent.click(screen.getByRole("button", { name: "Create SLA sheet" }));
    await screen.findByText(/Created "SLA credits"/);
    const { config } = readSla(book.snapshot("SLA credits"));
    expect(config.serviceLevels[0].expected).toBe(0.9995);
    expect(config.atRiskPct).toBe(0.12);
  });

  test("every number on the KPI and SLA tabs has a visible label; the pane's buttons have distinct names", async () => {
    setup({ kind: "workbench", label: "Workbench" });
    await screen.findByText("Connected: Workbench");
    for (const tab of ["KPI review", "SLA credits"]) {
      fireEvent.click(screen.getByRole("tab", { name: tab }));
      const numbers = [...document.querySelectorAll("input")].filter(
        (i) => i.type === "number" || i.inputMode === "decimal"
      );
      expect(numbers.length).toBeGreaterThan(5);
      for (const input of numbers) {
        const field = input.closest(".fui-Field");
        expect([
          tab,
          input.getAttribute("aria-label"),
          field?.querySelector("label")?.textContent?.trim(),
        ]).toEqual([tab, input.getAttribute("aria-label"), expect.stringMatching(/\w/)]);
      }
    }
    fireEvent.click(screen.getByRole("tab", { name: "Scorecard" }));
    const names = screen
      .getAllByRole("button")
      .map((b) => b.getAttribute("aria-label") ?? b.textContent);
    expect(names.filter((n) => n === "Add provider")).toHaveLength(1);
  });
});
