/**
 * What the task pane asks of a workbook. Excel implements it (src/excel/excelWorkbook.ts) and so
 * does the workbench's in-browser workbook (src/workbench/workbook.ts), so the UI is the same in
 * both and testable with a stub. Both carry out the operations decided in ./apply.ts.
 */
import type { OwnerRecord, SheetSnapshot } from "./owner";
import type { SheetPlan } from "./plan";

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

  /** Sheets as they are now (records, values, formulas), in one read. */
  readSheets(sheetNames: string[]): Promise<SheetSnapshot[]>;

  /** The sheets the add-in made — of one kind ("scorecard"…), or all — with their records. */
  findSheets(kind?: string): Promise<{ name: string; record: OwnerRecord }[]>;

  /**
   * Make a new sheet from sheets as they are now, in one action: read `sheetName`, then the
   * sheets `needs` names from it (those that exist), let `make` (pure) build the plan from the
   * snapshots (`sheetName`'s first), and create it (a portable copy).
   */
  createFromSheet(
    sheetName: string,
    needs: (snapshot: SheetSnapshot) => string[],
    make: (snapshots: SheetSnapshot[]) => SheetPlan
  ): Promise<CreatedSheets>;

  /**
   * Change sheets the add-in made in one action: read them back, let `edit` (pure) turn the
   * snapshots into new plans, and write them in place of what the add-in wrote before. `edit` may
   * return fewer plans than sheets: the sheets after those are read for context only (an SLA
   * sheet's linked KPI trackers). Stops, naming the cell, before overwriting anything a user
   * typed outside the add-in's ranges.
   */
  editSheets(
    sheetNames: string[],
    edit: (snapshots: SheetSnapshot[]) => SheetPlan[]
  ): Promise<CreatedSheets>;
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
