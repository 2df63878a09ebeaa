/** The task pane's workbook, in Excel: each action is one Excel.run. */
import type { WorkbookApi } from "./api";
import { writeNewSheet } from "./writer";

export const excelWorkbook: WorkbookApi = {
  createSheet: (plan) => Excel.run((context) => writeNewSheet(context, plan)),
};
