/**
 * What the task pane asks of a workbook. Excel implements it (./excelWorkbook.ts) and so does the
 * workbench's in-browser workbook, so the UI is the same in both and testable with a stub.
 */
import type { SheetPlan } from "../sheets/plan";

export interface CreatedSheet {
  /** The name the sheet got: the plan's, or "Name (2)", "Name (3)"… when taken. */
  sheetName: string;
}

export interface WorkbookApi {
  /** Create a new sheet from a plan and show it. */
  createSheet(plan: SheetPlan): Promise<CreatedSheet>;
}

/** Where the pane runs. */
export interface HostInfo {
  kind: "excel" | "workbench" | "none";
  /** "Excel on the web", "Workbench", "No Office host"… */
  label: string;
}
