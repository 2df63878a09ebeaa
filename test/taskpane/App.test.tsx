/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen } from "@testing-library/react";
import type { HostInfo, WorkbookApi } from "../../src/excel/api";
import { FUNCTIONS } from "../../src/functions/metadata";
import type { SheetPlan } from "../../src/sheets/plan";
import { App } from "../../src/taskpane/App";

// jsdom has no ResizeObserver; Fluent's MessageBar observes its own size.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

const helpUrl = (name: string) => `https://localhost:3000/help.html#${name}`;

/** A workbook stub that records the plans it is asked to create. */
function stubWorkbook(fail?: string): WorkbookApi & { plans: SheetPlan[] } {
  const plans: SheetPlan[] = [];
  return {
    plans,
    createSheets: async (created) => {
      if (fail) throw new Error(fail);
      plans.push(...created);
      const sheetNames = created.map((p) => `${p.name} (2)`);
      return { sheetName: sheetNames[0], sheetNames };
    },
  };
}

const renderApp = (host: HostInfo, workbook: WorkbookApi = stubWorkbook()) =>
  render(
    <App host={Promise.resolve(host)} workbook={workbook} functions={FUNCTIONS} helpUrl={helpUrl} />
  );

describe("task pane", () => {
  test("shows it is connected to Excel and lists every function with its one-line help", async () => {
    renderApp({ kind: "excel", label: "Excel on the web" });
    expect(await screen.findByText("Connected: Excel on the web")).toBeTruthy();
    for (const f of FUNCTIONS) {
      const link = screen.getByRole("link", { name: `MSP.${f.id}` });
      expect(link.getAttribute("href")).toBe(helpUrl(`MSP.${f.id}`));
      expect(screen.getByText(f.description)).toBeTruthy();
    }
    expect(screen.getByText(/23 live functions/)).toBeTruthy();
    expect(screen.queryByText(/Open this add-in from Excel/)).toBeNull();
  });

  test("Insert function examples creates the examples sheet and says which", async () => {
    const workbook = stubWorkbook();
    renderApp({ kind: "workbench", label: "Workbench" }, workbook);
    const button = await screen.findByRole("button", { name: "Insert function examples" });
    await screen.findByText("Connected: Workbench");
    fireEvent.click(button);
    expect(await screen.findByText('Inserted the sheet "Function examples (2)".')).toBeTruthy();
    expect(workbook.plans).toHaveLength(1);
    expect(workbook.plans[0].kind).toBe("function-examples");
  });

  test("a failure is shown, not swallowed", async () => {
    renderApp({ kind: "excel", label: "Excel" }, stubWorkbook("Cell X1 is in the way"));
    await screen.findByText("Connected: Excel");
    fireEvent.click(screen.getByRole("button", { name: "Insert function examples" }));
    expect(await screen.findByText("Cell X1 is in the way")).toBeTruthy();
  });

  test("outside Excel it says so and offers nothing to insert", async () => {
    renderApp({ kind: "none", label: "No Office host" });
    expect(await screen.findByText("Not in Excel")).toBeTruthy();
    expect(screen.getByText(/Open this add-in from Excel/)).toBeTruthy();
    expect(
      screen.getByRole("button", { name: "Insert function examples" }).hasAttribute("disabled")
    ).toBe(true);
  });
});
