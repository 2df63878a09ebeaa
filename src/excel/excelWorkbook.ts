/** The task pane's workbook, in Excel: each action is one Excel.run. */
import { OWNER_PROPERTY, parseOwnerRecord } from "../sheets/plan/owner";
import type { WorkbookApi } from "../sheets/plan/workbook";
import { createFromSheet, editSheets, readSheets, writeNewSheets } from "./writer";

export const excelWorkbook: WorkbookApi = {
  createSheets: (plans) => Excel.run((context) => writeNewSheets(context, plans)),

  findSheets: (kind) =>
    Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const properties = sheets.items.map((sheet) => {
        const property = sheet.customProperties.getItemOrNullObject(OWNER_PROPERTY);
        property.load("value");
        return { name: sheet.name, property };
      });
      await context.sync();
      return properties
        .map(({ name, property }) => ({
          name,
          record: property.isNullObject ? null : parseOwnerRecord(property.value),
        }))
        .filter(
          (s): s is { name: string; record: NonNullable<typeof s.record> } =>
            s.record !== null && (kind === undefined || s.record.kind === kind)
        );
    }),

  readSheets: (sheetNames) => Excel.run((context) => readSheets(context, sheetNames)),

  editSheets: (sheetNames, edit) => Excel.run((context) => editSheets(context, sheetNames, edit)),

  createFromSheet: (sheetName, needs, make) =>
    Excel.run((context) => createFromSheet(context, sheetName, needs, make)),
};
