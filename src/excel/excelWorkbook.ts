/** The task pane's workbook, in Excel: each action is one Excel.run. */
import type { WorkbookApi } from "./api";
import { writeNewSheets } from "./writer";

export const excelWorkbook: WorkbookApi = {
  createSheets: (plans) => Excel.run((context) => writeNewSheets(context, plans)),
};
