/**
 * The Excel writer: carries out the operations of src/sheets/plan/apply.ts (which decides, for every
 * backend, what to write, clear, keep and refuse) inside one Excel.run with a fixed number of
 * context.sync calls — one to read what names are taken (and, when editing, the sheets as they
 * are), then the writes — except that writes are split so that no request exceeds Excel on the
 * web's 5 MB limit. Calculation and screen updating are suspended while writing.
 */
import {
  createSheetWrites,
  editSheetWrites,
  REQUEST_BUDGET_BYTES,
  SheetObjects,
  SheetOperation,
  SheetWrite,
  WouldOverwriteError,
} from "../sheets/plan/apply";
import { parseRange, rangeAddress, rangeSize } from "../formula/a1";
import { gridFromA1, OWNER_PROPERTY, parseOwnerRecord, SheetSnapshot } from "../sheets/plan/owner";
import type { ConditionalRule, SheetPlan, ValidationRule } from "../sheets/plan/plan";
import { STYLE_FORMATS } from "../sheets/plan/styles";
import type { CreatedSheets } from "../sheets/plan/workbook";

export interface WriteStats {
  /** context.sync calls made. */
  syncs: number;
  /** Estimated size of each write request, in bytes. */
  requestBytes: number[];
}

export interface WriteResult extends CreatedSheets {
  stats: WriteStats;
}

/**
 * Excel's data-validation rule for ours. Object literals typed as Excel's, so TypeScript checks
 * every key and enum string against @types/office-js (Excel's key is "wholeNumber", not "whole").
 */
function validationRule(rule: ValidationRule): Excel.DataValidationRule {
  if (rule.kind === "list")
    return { list: { inCellDropDown: true, source: rule.values.join(",") } };
  const between: Excel.BasicDataValidation = {
    formula1: rule.min,
    formula2: rule.max,
    operator: "Between",
  };
  return rule.kind === "decimal" ? { decimal: between } : { wholeNumber: between };
}

/** A text rule as a formula: ="Red" (quotes doubled), compared with the whole cell value. */
const textFormula = (text: string) => `="${text.replace(/"/g, '""')}"`;

function addConditionalFormat(range: Excel.Range, rule: ConditionalRule): void {
  if (rule.kind === "colorScale") {
    const cf = range.conditionalFormats.add("ColorScale");
    cf.colorScale.criteria = {
      minimum: { type: "LowestValue", color: rule.min },
      ...(rule.mid
        ? {
            midpoint: {
              formula: "50",
              type: "Percentile",
              color: rule.mid,
            },
          }
        : {}),
      maximum: { type: "HighestValue", color: rule.max },
    };
    return;
  }
  // "Cell value equal to" matches the whole text; "contains" would colour "Reduced" as "Red".
  const cf = range.conditionalFormats.add("CellValue");
  cf.cellValue.format.font.color = rule.font;
  cf.cellValue.format.fill.color = rule.fill;
  cf.cellValue.rule =
    rule.kind === "textEquals"
      ? { formula1: textFormula(rule.text), operator: "EqualTo" }
      : { formula1: String(rule.min), formula2: String(rule.max), operator: "Between" };
}

const CHART_TYPES = { bar: "BarClustered", column: "ColumnClustered", line: "Line" } as const;

/** Queue one operation on `sheet` (Office.js runs it at the next context.sync). */
function queue(sheet: Excel.Worksheet, op: SheetOperation): void {
  switch (op.kind) {
    case "clear": {
      const range = sheet.getRange(op.address);
      range.conditionalFormats.clearAll();
      range.dataValidation.clear();
      range.clear("All");
      return;
    }
    case "deleteTable":
      return sheet.tables.getItem(op.name).delete();
    case "deleteChart":
      return sheet.charts.getItem(op.name).delete();
    case "deleteName":
      return sheet.names.getItem(op.name).delete();
    case "cells":
      sheet.getRange(op.address).formulas = op.formulas as unknown as string[][];
      return;
    case "numberFormat": {
      // A grid the size of the range: Excel rejects one of any other size.
      const { rows, columns } = rangeSize(parseRange(op.address));
      sheet.getRange(op.address).numberFormat = Array.from({ length: rows }, () =>
        Array<string>(columns).fill(op.format)
      );
      return;
    }
    case "style": {
      const look = STYLE_FORMATS[op.style];
      const format = sheet.getRange(op.address).format;
      if (look.fill) format.fill.color = look.fill;
      if (look.font) format.font.color = look.font;
      if (look.bold !== undefined) format.font.bold = look.bold;
      if (look.italic !== undefined) format.font.italic = look.italic;
      if (look.size !== undefined) format.font.size = look.size;
      format.protection.locked = look.locked;
      return;
    }
    case "table": {
      const table = sheet.tables.add(op.address, true);
      table.name = op.name;
      if (op.style) table.style = op.style;
      return;
    }
    case "validation": {
      const validation = sheet.getRange(op.address).dataValidation;
      validation.rule = validationRule(op.rule);
      validation.errorAlert = {
        message: op.message,
        showAlert: true,
        style: "Stop",
        title: "MSP Scorecard",
      };
      return;
    }
    case "conditionalFormat":
      return addConditionalFormat(sheet.getRange(op.address), op.rule);
    case "name":
      sheet.names.add(op.name, sheet.getRange(op.address));
      return;
    case "freeze": {
      const { rows, columns } = op;
      if (rows > 0 && columns > 0)
        sheet.freezePanes.freezeAt(
          sheet.getRange(rangeAddress({ top: 0, left: 0, bottom: rows - 1, right: columns - 1 }))
        );
      else if (rows > 0) sheet.freezePanes.freezeRows(rows);
      else if (columns > 0) sheet.freezePanes.freezeColumns(columns);
      return;
    }
    case "print":
      sheet.pageLayout.orientation = op.orientation === "landscape" ? "Landscape" : "Portrait";
      // One page wide, as many tall as needed: 0 pages tall means "automatic" (what Excel's own
      // "Fit All Columns on One Page" scaling records in Office Scripts).
      if (op.fitToOnePageWide)
        sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      return;
    case "columnWidth":
      sheet.getRange(`${op.column}:${op.column}`).format.columnWidth = op.width;
      return;
    case "chart": {
      const c = op.chart;
      const [first, ...rest] = c.series;
      const chart = sheet.charts.add(CHART_TYPES[c.type], sheet.getRange(first.values), "Auto");
      chart.name = op.name;
      chart.title.text = c.title;
      chart.setPosition(c.from, c.to);
      const series = chart.series.getItemAt(0);
      series.name = first.name;
      series.setXAxisValues(sheet.getRange(c.categories));
      for (const s of rest) {
        const more = chart.series.add(s.name);
        more.setValues(sheet.getRange(s.values));
        more.setXAxisValues(sheet.getRange(c.categories));
        if (s.type === "line") more.chartType = "Line";
      }
      return;
    }
    case "record":
      sheet.customProperties.add(OWNER_PROPERTY, op.value);
      return;
  }
}

/** An operation bound to the sheet it writes. */
type Queued = { bytes: number; run: () => void };

const bind = (sheet: Excel.Worksheet, write: SheetWrite): Queued[] =>
  write.operations.map(({ bytes, operation }) => ({ bytes, run: () => queue(sheet, operation) }));

/**
 * Send queued operations: one request (context.sync) per REQUEST_BUDGET_BYTES, with calculation
 * and screen updating suspended for each. Returns each request's estimated size.
 */
async function send(context: Excel.RequestContext, operations: Queued[]): Promise<number[]> {
  const requestBytes: number[] = [];
  let batch: Queued[] = [];
  let bytes = 0;
  const flush = async () => {
    context.application.suspendApiCalculationUntilNextSync();
    context.application.suspendScreenUpdatingUntilNextSync();
    for (const op of batch) op.run();
    requestBytes.push(bytes);
    // One sync per request on purpose: a request over 5 MB fails on Excel on the web.
    await context.sync();
    batch = [];
    bytes = 0;
  };
  for (const op of operations) {
    if (batch.length > 0 && bytes + op.bytes > REQUEST_BUDGET_BYTES) await flush();
    batch.push(op);
    bytes += op.bytes;
  }
  await flush();
  return requestBytes;
}

/**
 * Create new sheets from plans, in one read and as few write requests as the 5 MB limit allows
 * (names and references as createSheetWrites decides). The first plan's sheet is activated.
 * Call inside Excel.run; see excelWorkbook.ts.
 */
export async function writeNewSheets(
  context: Excel.RequestContext,
  plans: SheetPlan[]
): Promise<WriteResult> {
  const { worksheets, tables } = queueNames(context);
  await context.sync(); // the one read
  return addSheets(context, plans, worksheets, tables, 1);
}

/** Queue the load of the workbook's sheet and table names. */
function queueNames(context: Excel.RequestContext) {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const tables = context.workbook.tables;
  tables.load("items/name");
  return { worksheets, tables };
}

/**
 * Make a new sheet from sheets as they are: read `sheetName` (with the workbook's names), then
 * the existing sheets `needs` names, build the plan, add it — two reads, then the writes.
 */
export async function createFromSheet(
  context: Excel.RequestContext,
  sheetName: string,
  needs: (snapshot: SheetSnapshot) => string[],
  make: (snapshots: SheetSnapshot[]) => SheetPlan
): Promise<WriteResult> {
  const { worksheets, tables } = queueNames(context);
  const [read] = queueSheetReads(context, [sheetName]);
  await context.sync(); // read 1: the sheet, the names
  const snapshot = snapshotOf(read);
  const existing = new Set(worksheets.items.map((s) => s.name));
  const others = queueSheetReads(
    context,
    needs(snapshot).filter((n) => existing.has(n) && n !== sheetName)
  );
  if (others.length > 0) await context.sync(); // read 2: the sheets it needs
  const plan = make([snapshot, ...others.map(snapshotOf)]);
  return addSheets(context, [plan], worksheets, tables, others.length > 0 ? 2 : 1);
}

/** Add sheets for plans (names as read by `reads` syncs before) and write them. */
async function addSheets(
  context: Excel.RequestContext,
  plans: SheetPlan[],
  worksheets: Excel.WorksheetCollection,
  tables: Excel.TableCollection,
  reads: number
): Promise<WriteResult> {
  const writes = createSheetWrites(
    plans,
    worksheets.items.map((s) => s.name),
    tables.items.map((t) => t.name)
  );
  const queued: Queued[] = [];
  const sheets = writes.map((write) => {
    const sheet = worksheets.add(write.sheetName); // queued: goes out with the first request
    queued.push(...bind(sheet, write));
    return sheet;
  });
  queued.push({ bytes: 160, run: () => sheets[0].activate() });
  const requestBytes = await send(context, queued);
  const sheetNames = writes.map((w) => w.sheetName);
  return {
    sheetName: sheetNames[0],
    sheetNames,
    stats: { syncs: reads + requestBytes.length, requestBytes },
  };
}

/** Create one new sheet from a plan: writeNewSheets for one. */
export function writeNewSheet(
  context: Excel.RequestContext,
  plan: SheetPlan
): Promise<WriteResult> {
  return writeNewSheets(context, [plan]);
}

type SheetRead = ReturnType<typeof queueSheetReads>[number];

/** Queue the loads that read sheets back: record, used range, tables, charts and names. */
function queueSheetReads(context: Excel.RequestContext, sheetNames: readonly string[]) {
  return sheetNames.map((name) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    const property = sheet.customProperties.getItemOrNullObject(OWNER_PROPERTY);
    property.load("value");
    const used = sheet.getUsedRangeOrNullObject();
    used.load("rowIndex, columnIndex, values, formulas, numberFormat, valueTypes");
    sheet.tables.load("items/name");
    sheet.charts.load("items/name");
    sheet.names.load("items/name");
    return { name, sheet, property, used };
  });
}

/** After the sync: a read as a snapshot. A missing sheet stops the action. */
function snapshotOf({ name, sheet, property, used }: SheetRead): SheetSnapshot {
  if (sheet.isNullObject) throw new WouldOverwriteError(`There is no sheet '${name}'.`);
  const record = property.isNullObject ? null : parseOwnerRecord(property.value);
  if (used.isNullObject) return { name, record, values: [], formulas: [], formats: [], types: [] };
  return {
    name,
    record,
    values: gridFromA1(used.rowIndex, used.columnIndex, used.values),
    formulas: gridFromA1(used.rowIndex, used.columnIndex, used.formulas),
    formats: gridFromA1(used.rowIndex, used.columnIndex, used.numberFormat),
    types: gridFromA1(used.rowIndex, used.columnIndex, used.valueTypes),
  };
}

/** The add-in's objects on a read sheet, by name. */
function objectsOf({ sheet }: SheetRead): SheetObjects {
  const names = (items: { name: string }[]) => items.map((x) => x.name);
  return {
    tables: names(sheet.tables.items),
    charts: names(sheet.charts.items),
    names: names(sheet.names.items),
  };
}

/** Read sheets back in one sync. Call inside Excel.run. */
export async function readSheets(
  context: Excel.RequestContext,
  sheetNames: string[]
): Promise<SheetSnapshot[]> {
  const reads = queueSheetReads(context, sheetNames);
  await context.sync();
  return reads.map(snapshotOf);
}

/**
 * Change sheets the add-in made, in one Excel.run: one sync reads them back, editSheetWrites
 * decides (or refuses, naming the cell, before anything is written), then the writes.
 */
export async function editSheets(
  context: Excel.RequestContext,
  sheetNames: string[],
  edit: (snapshots: SheetSnapshot[]) => SheetPlan[]
): Promise<WriteResult> {
  const workbookTables = context.workbook.tables;
  workbookTables.load("items/name");
  const reads = queueSheetReads(context, sheetNames);
  await context.sync(); // the one read
  const snapshots = reads.map(snapshotOf);
  const writes = editSheetWrites(
    sheetNames,
    snapshots,
    reads.map(objectsOf),
    workbookTables.items.map((t) => t.name),
    edit
  );
  const queued = writes.flatMap((write, i) => bind(reads[i].sheet, write));
  const requestBytes = await send(context, queued);
  return {
    sheetName: sheetNames[0],
    sheetNames: writes.map((w) => w.sheetName),
    stats: { syncs: 1 + requestBytes.length, requestBytes },
  };
}
