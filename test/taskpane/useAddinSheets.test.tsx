/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen } from "@testing-library/react";
import { serviceLevel } from "../../src/sheets/sla/model";
import { linkedSheets, readSla, rebuildSla } from "../../src/sheets/sla/reader";
import { SLA_KIND } from "../../src/sheets/sla/sheet";
import { useAction } from "../../src/taskpane/Status";
import { useAddinSheets } from "../../src/taskpane/useAddinSheets";
import { InBrowserWorkbook } from "../../src/workbench/workbook";
import { exampleWorkbook } from "../support/exampleSheets";
import { FUNCTIONS } from "../../src/functions/metadata";
import { customFunctions } from "../support/functions";

globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

/** A tab in miniature: the SLA sheets, the chosen one's service levels, an edit. */
function Probe({ book }: { book: InBrowserWorkbook }) {
  const { status, run } = useAction();
  const sheets = useAddinSheets({
    workbook: book,
    connected: true,
    kind: SLA_KIND,
    run,
    needs: (s) => linkedSheets(readSla(s).config),
    read: ([s]) => readSla(s).config,
  });
  return (
    <div>
      <p>Sheets: {sheets.names.join(", ")}</p>
      <p>Chosen: {sheets.selected}</p>
      <p>Levels: {sheets.current?.serviceLevels.length ?? "none"}</p>
      <button
        onClick={() =>
          sheets.edit("Added one.", (s) =>
            rebuildSla(s, (c) => ({
              ...c,
              serviceLevels: [...c.serviceLevels, serviceLevel("New")],
            }))
          )
        }
      >
        Add
      </button>
      <p>{status?.text}</p>
    </div>
  );
}

test("lists the sheets of its kind, reads the chosen one, and refreshes after an edit", async () => {
  const book = new InBrowserWorkbook(customFunctions);
  await exampleWorkbook(book, FUNCTIONS);
  render(<Probe book={book} />);
  expect(await screen.findByText("Sheets: SLA linked")).toBeTruthy();
  expect(await screen.findByText("Levels: 4")).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "Add" }));
  expect(await screen.findByText("Added one.")).toBeTruthy();
  // Read back after the edit (with the tracker it links to): five service levels now.
  expect(await screen.findByText("Levels: 5")).toBeTruthy();
  expect(screen.getByText("Chosen: SLA linked")).toBeTruthy();
});
