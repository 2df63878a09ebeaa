/**
 * The two backends as strict as Excel about what a typed string becomes, behind the task pane's
 * WorkbookApi: the workbench's in-browser workbook, and the real Excel adapter
 * (src/excel/excelWorkbook.ts) running against the strict Excel fake. Sheet tests run the same
 * scenario on both.
 */
import { excelWorkbook } from "../../src/excel/excelWorkbook";
import { parseCell } from "../../src/formula/a1";
import type { WorkbookApi } from "../../src/sheets/plan/workbook";
import { InBrowserWorkbook } from "../../src/workbench/workbook";
import { FakeWorkbook, installExcel } from "./excelFake";
import { customFunctions } from "./functions";

export interface Backend {
  workbook: WorkbookApi;
  /** A user typing into a cell (Excel en-US reads it: dates, percentages, TRUE…). */
  type(sheet: string, a1: string, text: string): void;
  /** The value Excel holds (Range.values). */
  value(sheet: string, a1: string): unknown;
  /** The text Excel shows (Range.text). */
  text(sheet: string, a1: string): string;
  close(): void;
}

export const BACKENDS: [string, () => Backend][] = [
  [
    "the workbench",
    () => {
      const book = new InBrowserWorkbook(customFunctions);
      return {
        workbook: book,
        type: (sheet, a1, text) => {
          const refused = book.type(sheet, a1, text);
          if (refused) throw new Error(`${sheet}!${a1} refused "${text}": ${refused}`);
        },
        value: (sheet, a1) => {
          const v = book.value(sheet, a1);
          return v !== null && typeof v === "object" ? v.error : v;
        },
        text: (sheet, a1) => {
          const { row, col } = parseCell(a1);
          return book.cells.text(sheet, row, col);
        },
        close: () => undefined,
      };
    },
  ],
  [
    "Excel (the Excel adapter on the strict fake)",
    () => {
      const fake = new FakeWorkbook();
      const restore = installExcel(fake);
      return {
        workbook: excelWorkbook,
        type: (sheet, a1, text) => fake.type(sheet, a1, text),
        value: (sheet, a1) => fake.value(sheet, a1),
        text: (sheet, a1) => fake.text(sheet, a1),
        close: restore,
      };
    },
  ],
];
