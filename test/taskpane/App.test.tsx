/**
 * @jest-environment jsdom
 */
import { render, screen } from "@testing-library/react";
import { FUNCTIONS } from "../../src/functions/metadata";
import { App } from "../../src/taskpane/App";

const helpUrl = (name: string) => `https://localhost:3000/help.html#${name}`;

describe("task pane", () => {
  test("shows it is connected to Excel and lists every function with its one-line help", async () => {
    render(
      <App
        host={Promise.resolve({ inExcel: true, label: "Excel on the web" })}
        functions={FUNCTIONS}
        helpUrl={helpUrl}
      />
    );
    expect(await screen.findByText("Connected: Excel on the web")).toBeTruthy();
    for (const f of FUNCTIONS) {
      const link = screen.getByRole("link", { name: `MSP.${f.id}` });
      expect(link.getAttribute("href")).toBe(helpUrl(`MSP.${f.id}`));
      expect(screen.getByText(f.description)).toBeTruthy();
    }
    expect(screen.getByText(/23 live functions/)).toBeTruthy();
    expect(screen.queryByText(/Open this add-in from Excel/)).toBeNull();
  });

  test("outside Excel it says so", async () => {
    render(
      <App
        host={Promise.resolve({ inExcel: false, label: "No Office host" })}
        functions={FUNCTIONS}
        helpUrl={helpUrl}
      />
    );
    expect(await screen.findByText("Not in Excel")).toBeTruthy();
    expect(screen.getByText(/Open this add-in from Excel/)).toBeTruthy();
  });
});
