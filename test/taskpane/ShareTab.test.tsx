/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen } from "@testing-library/react";
import { FUNCTIONS } from "../../src/functions/metadata";
import { PORTABLE_KIND } from "../../src/sheets/portable/copy";
import { ShareTab, stamp } from "../../src/taskpane/ShareTab";
import { InBrowserWorkbook } from "../../src/workbench/workbook";
import { EXAMPLE_SHEETS } from "../support/exampleSheets";
import { customFunctions } from "../support/functions";

globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

test("Share: lists the add-in's sheets and makes a portable copy of the chosen one", async () => {
  const book = new InBrowserWorkbook(customFunctions);
  for (const [, plan] of EXAMPLE_SHEETS) book.applyPlan(plan);
  render(
    <ShareTab
      workbook={book}
      connected={true}
      functions={FUNCTIONS}
      now={() => new Date(2026, 10, 22, 9, 5)}
    />
  );
  const select = (await screen.findByLabelText("Sheet to copy")) as HTMLSelectElement;
  await screen.findByRole("option", { name: "SLA credits" });
  expect([...select.options].map((o) => o.value)).toEqual(book.sheetNames().slice(1));
  fireEvent.change(select, { target: { value: "SLA credits" } });
  fireEvent.click(screen.getByRole("button", { name: "Make portable copy" }));
  expect(await screen.findByText(/Made "SLA credits \(portable\)"/)).toBeTruthy();
  expect(book.sheetNames()).toContain("SLA credits (portable)");
  // It says what it is, and the add-in keeps no record of it: never listed, edited or rebuilt.
  expect(book.value("SLA credits (portable)", "A1")).toMatch(
    /^Portable copy of 'SLA credits', made 2026-11-22 09:05/
  );
  expect((await book.findSheets()).map((s) => s.name)).not.toContain("SLA credits (portable)");
  expect((await book.findSheets(PORTABLE_KIND)).length).toBe(0);
});

test("stamp: local date and time, minutes", () => {
  expect(stamp(new Date(2026, 0, 5, 7, 3))).toBe("2026-01-05 07:03");
});
