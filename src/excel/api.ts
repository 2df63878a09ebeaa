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
  /**
   * Create new sheets from plans in one action and show the first. Formulas referencing a sheet
   * of the same call follow it when its name had to change ("Scorecard AHP (2)").
   */
  createSheets(plans: SheetPlan[]): Promise<CreatedSheets>;
}

export interface CreatedSheets extends CreatedSheet {
  /** Every sheet created, in the order of the plans. */
  sheetNames: string[];
}

/** Where the pane runs. */
export interface HostInfo {
  kind: "excel" | "workbench" | "none";
  /** "Excel on the web", "Workbench", "No Office host"… */
  label: string;
}
