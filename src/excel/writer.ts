/**
 * The Excel writer: applies a sheet plan inside one Excel.run with a fixed number of
 * context.sync calls — one to read what names are taken (and, when writing into an existing
 * sheet, what is already there), then the writes — except that writes are split so that no
 * request exceeds Excel on the web's 5 MB limit. Calculation and screen updating are suspended
 * while writing. The sheet records that the add-in made it (a worksheet custom property), so later
 * operations find the add-in's sheets and never touch what a user made.
 */
import { parseRange, rangeAddress, rangeSize, RangeRef } from "../sheets/a1";
import {
  chartName,
  firstCollision,
  gridFromA1,
  OWNER_PROPERTY,
  ownerRecord,
  parseOwnerRecord,
  SheetSnapshot,
} from "../sheets/owner";
import {
  asLiteralText,
  Block,
  blockRange,
  isFormula,
  PlanCell,
  renameSheetReferences,
  SheetPlan,
} from "../sheets/plan";
import { STYLE_FORMATS } from "../sheets/styles";
import type { CreatedSheets } from "./api";
import { uniqueSheetName, uniqueTableName } from "./names";

/** Excel on the web rejects a request (one context.sync) larger than 5 MB. */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
/** What the writer puts in one request, leaving room for Office.js's own envelope. */
export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;
/** Estimated envelope of one queued operation. */
const OPERATION_BYTES = 160;

export interface WriteStats {
  /** context.sync calls made. */
  syncs: number;
  /** Estimated size of each write request, in bytes. */
  requestBytes: number[];
}

export interface WriteResult extends CreatedSheets {
  stats: WriteStats;
}

/** Thrown when a write would overwrite something the add-in did not create. */
export class WouldOverwriteError extends Error {}

type Operation = { bytes: number; queue: (sheet: Excel.Worksheet) => void };

const utf8Length = (text: string): number => {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3;
  }
  return n;
};

/** A plan cell as Excel's Range.formulas takes it: text stays text, formulas are formulas. */
function excelCell(cell: PlanCell): string | number | boolean | null {
  if (isFormula(cell)) return cell.formula;
  return typeof cell === "string" ? asLiteralText(cell) : cell;
}

/** A block as row bands, each small enough for one request. */
function blockOperations(block: Block): Operation[] {
  const range = blockRange(block);
  const ops: Operation[] = [];
  let start = 0;
  while (start < block.cells.length) {
    let bytes = OPERATION_BYTES;
    let end = start;
    const rows: (string | number | boolean | null)[][] = [];
    while (end < block.cells.length) {
      const row = block.cells[end].map(excelCell);
      const rowBytes = utf8Length(JSON.stringify(row)) + 1;
      if (rows.length > 0 && bytes + rowBytes > REQUEST_BUDGET_BYTES) break;
      rows.push(row);
      bytes += rowBytes;
      end++;
    }
    const width = range.right - range.left + 1;
    const padded = rows.map((r) =>
      r.length < width ? [...r, ...Array<null>(width - r.length).fill(null)] : r
    );
    const address = rangeAddress({
      top: range.top + start,
      left: range.left,
      bottom: range.top + end - 1,
      right: range.right,
    });
    ops.push({
      bytes,
      queue: (sheet) => {
        sheet.getRange(address).formulas = padded as unknown as string[][];
      },
    });
    start = end;
  }
  return ops;
}

function fill<T>(r: RangeRef, value: T): T[][] {
  const { rows, columns } = rangeSize(r);
  return Array.from({ length: rows }, () => Array<T>(columns).fill(value));
}

/** Every write of the plan, in order: cells, then formats, then objects. */
function planOperations(plan: SheetPlan, tableNames: Map<string, string>): Operation[] {
  const ops: Operation[] = plan.blocks.flatMap(blockOperations);
  for (const f of plan.numberFormats) {
    const values = fill(parseRange(f.range), f.format);
    ops.push({
      bytes: OPERATION_BYTES + utf8Length(JSON.stringify(values)),
      queue: (sheet) => {
        sheet.getRange(f.range).numberFormat = values;
      },
    });
  }
  for (const s of plan.styles) {
    const look = STYLE_FORMATS[s.style];
    ops.push({
      bytes: OPERATION_BYTES * 2,
      queue: (sheet) => {
        const format = sheet.getRange(s.range).format;
        if (look.fill) format.fill.color = look.fill;
        if (look.font) format.font.color = look.font;
        if (look.bold !== undefined) format.font.bold = look.bold;
        if (look.italic !== undefined) format.font.italic = look.italic;
        if (look.size !== undefined) format.font.size = look.size;
        format.protection.locked = look.locked;
      },
    });
  }
  for (const t of plan.tables) {
    ops.push({
      bytes: OPERATION_BYTES,
      queue: (sheet) => {
        const table = sheet.tables.add(t.range, true);
        table.name = tableNames.get(t.name) ?? t.name;
        if (t.style) table.style = t.style;
      },
    });
  }
  for (const v of plan.validations) {
    ops.push({
      bytes: OPERATION_BYTES + utf8Length(JSON.stringify(v.rule)),
      queue: (sheet) => {
        const validation = sheet.getRange(v.range).dataValidation;
        validation.rule =
          v.rule.kind === "list"
            ? { list: { inCellDropDown: true, source: v.rule.values.join(",") } }
            : {
                [v.rule.kind]: { formula1: v.rule.min, formula2: v.rule.max, operator: "Between" },
              };
        validation.errorAlert = {
          message: v.message,
          showAlert: true,
          style: "Stop",
          title: "MSP Scorecard",
        };
      },
    });
  }
  for (const c of plan.conditionalFormats) {
    ops.push({
      bytes: OPERATION_BYTES * 2,
      queue: (sheet) => {
        const range = sheet.getRange(c.range);
        const rule = c.rule;
        if (rule.kind === "colorScale") {
          const cf = range.conditionalFormats.add("ColorScale");
          cf.colorScale.criteria = {
            minimum: { type: "LowestValue", color: rule.min },
            ...(rule.mid
              ? { midpoint: { formula: "50", type: "Percentile", color: rule.mid } }
              : {}),
            maximum: { type: "HighestValue", color: rule.max },
          };
        } else {
          const cf = range.conditionalFormats.add("ContainsText");
          cf.textComparison.format.font.color = rule.font;
          cf.textComparison.format.fill.color = rule.fill;
          cf.textComparison.rule = { operator: "Contains", text: rule.text };
        }
      },
    });
  }
  for (const n of plan.names) {
    ops.push({
      bytes: OPERATION_BYTES,
      queue: (sheet) => void sheet.names.add(n.name, sheet.getRange(n.range)),
    });
  }
  if (plan.freeze) {
    const { rows, columns } = plan.freeze;
    ops.push({
      bytes: OPERATION_BYTES,
      queue: (sheet) => {
        if (rows > 0 && columns > 0)
          sheet.freezePanes.freezeAt(
            sheet.getRange(rangeAddress({ top: 0, left: 0, bottom: rows - 1, right: columns - 1 }))
          );
        else if (rows > 0) sheet.freezePanes.freezeRows(rows);
        else if (columns > 0) sheet.freezePanes.freezeColumns(columns);
      },
    });
  }
  if (plan.print) {
    const { orientation, fitToOnePageWide } = plan.print;
    ops.push({
      bytes: OPERATION_BYTES,
      queue: (sheet) => {
        sheet.pageLayout.orientation = orientation === "landscape" ? "Landscape" : "Portrait";
        if (fitToOnePageWide) sheet.pageLayout.zoom = { horizontalFitToPages: 1 };
      },
    });
  }
  for (const w of plan.columnWidths) {
    ops.push({
      bytes: OPERATION_BYTES,
      queue: (sheet) =>
        void (sheet.getRange(`${w.column}:${w.column}`).format.columnWidth = w.width),
    });
  }
  for (const [i, c] of plan.charts.entries()) {
    ops.push({
      bytes: OPERATION_BYTES * (2 + c.series.length),
      queue: (sheet) => {
        const type =
          c.type === "bar" ? "BarClustered" : c.type === "column" ? "ColumnClustered" : "Line";
        const [first, ...rest] = c.series;
        const chart = sheet.charts.add(type, sheet.getRange(first.values), "Auto");
        chart.name = chartName(i);
        chart.title.text = c.title;
        chart.setPosition(c.from, c.to);
        const series = chart.series.getItemAt(0);
        series.name = first.name;
        series.setXAxisValues(sheet.getRange(c.categories));
        for (const s of rest) {
          const more = chart.series.add(s.name);
          more.setValues(sheet.getRange(s.values));
          more.setXAxisValues(sheet.getRange(c.categories));
        }
      },
    });
  }
  return ops;
}

/** An operation bound to the sheet it writes. */
type Queued = { bytes: number; run: () => void };

const bind = (sheet: Excel.Worksheet, ops: Operation[]): Queued[] =>
  ops.map((op) => ({ bytes: op.bytes, run: () => op.queue(sheet) }));

/**
 * Send queued operations: one request (context.sync) per REQUEST_BUDGET_BYTES, with calculation
 * and screen updating suspended for each. `first` runs at the start of the first request.
 * Returns each request's estimated size.
 */
async function send(
  context: Excel.RequestContext,
  operations: Queued[],
  first: () => void = () => undefined
): Promise<number[]> {
  const requestBytes: number[] = [];
  let batch: Queued[] = [];
  let bytes = 0;
  const flush = async () => {
    context.application.suspendApiCalculationUntilNextSync();
    context.application.suspendScreenUpdatingUntilNextSync();
    if (requestBytes.length === 0) first();
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
 * Create new sheets from plans, in one read and as few write requests as the 5 MB limit allows.
 * A taken sheet name gets " (2)", " (3)"…, a taken table name "_2"…; formulas that reference a
 * sheet of the same call follow its rename. The first plan's sheet is activated.
 * Call inside Excel.run; see excelWorkbook.ts.
 */
export async function writeNewSheets(
  context: Excel.RequestContext,
  plans: SheetPlan[]
): Promise<WriteResult> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const tables = context.workbook.tables;
  tables.load("items/name");
  await context.sync(); // the one read

  const takenSheets = worksheets.items.map((s) => s.name);
  const renames = new Map<string, string>();
  for (const plan of plans) {
    const name = uniqueSheetName(plan.name, takenSheets);
    takenSheets.push(name);
    renames.set(plan.name, name);
  }
  const takenTables = tables.items.map((t) => t.name);
  const queued: Queued[] = [];
  const sheets = plans.map((original) => {
    const plan = renameSheetReferences(original, renames);
    const tableNames = new Map<string, string>();
    for (const t of plan.tables) {
      const name = uniqueTableName(t.name, takenTables);
      takenTables.push(name);
      tableNames.set(t.name, name);
    }
    const sheet = worksheets.add(plan.name); // queued: goes out with the first write request
    const companions = plans.map((p) => renames.get(p.name)!).filter((n) => n !== plan.name);
    const record = JSON.stringify(ownerRecord(plan, tableNames, companions));
    queued.push(
      ...bind(sheet, [
        ...planOperations(plan, tableNames),
        {
          bytes: OPERATION_BYTES + utf8Length(record),
          queue: (s) => void s.customProperties.add(OWNER_PROPERTY, record),
        },
      ])
    );
    return sheet;
  });
  queued.push({ bytes: OPERATION_BYTES, run: () => sheets[0].activate() });
  const requestBytes = await send(context, queued);
  return {
    sheetName: renames.get(plans[0].name)!,
    sheetNames: plans.map((p) => renames.get(p.name)!),
    stats: { syncs: 1 + requestBytes.length, requestBytes },
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
function queueSheetReads(context: Excel.RequestContext, sheetNames: string[]) {
  return sheetNames.map((name) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    const property = sheet.customProperties.getItemOrNullObject(OWNER_PROPERTY);
    property.load("value");
    const used = sheet.getUsedRangeOrNullObject();
    used.load("rowIndex, columnIndex, values, formulas");
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
  if (used.isNullObject) return { name, record, values: [], formulas: [] };
  return {
    name,
    record,
    values: gridFromA1(used.rowIndex, used.columnIndex, used.values),
    formulas: gridFromA1(used.rowIndex, used.columnIndex, used.formulas),
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
 * Change sheets the add-in made, in one Excel.run: one sync reads them back (records, used
 * ranges, their tables, charts and names); `edit` turns the snapshots into new plans (the sheet is
 * the source of truth: whatever a user typed into it is in the snapshot); then what the add-in
 * wrote before is cleared and the plans are written in its place. A sheet the add-in did not make,
 * or a value a user typed outside the add-in's ranges that a plan would overwrite, stops it with
 * a message naming the cell — before anything is written.
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
  for (const s of snapshots) {
    if (!s.record)
      throw new WouldOverwriteError(
        `Sheet '${s.name}' was not made by MSP Scorecard, so it is left untouched.`
      );
  }
  const edited = edit(snapshots);
  const renames = new Map(edited.map((p, i) => [p.name, sheetNames[i]]));
  const plans = edited.map((p) => renameSheetReferences(p, renames));
  plans.forEach((plan, i) => {
    const problem = firstCollision(snapshots[i], plan);
    if (problem) throw new WouldOverwriteError(problem);
  });

  const takenTables = workbookTables.items.map((t) => t.name);
  const queued: Queued[] = [];
  plans.forEach((plan, i) => {
    const { sheet } = reads[i];
    const old = snapshots[i].record!;
    const oldTables = new Set(Object.values(old.tables));
    const available = takenTables.filter((t) => !oldTables.has(t));
    const tableNames = new Map<string, string>();
    for (const t of plan.tables) {
      const name = uniqueTableName(t.name, available);
      available.push(name);
      tableNames.set(t.name, name);
    }
    const has = (items: { name: string }[], name: string) => items.some((x) => x.name === name);
    queued.push({
      bytes: OPERATION_BYTES * 4,
      run: () => {
        for (const t of oldTables) if (has(sheet.tables.items, t)) sheet.tables.getItem(t).delete();
        for (const c of old.charts)
          if (has(sheet.charts.items, c)) sheet.charts.getItem(c).delete();
        for (const n of old.names) if (has(sheet.names.items, n)) sheet.names.getItem(n).delete();
        for (const r of old.owned.split(",").filter(Boolean)) {
          const range = sheet.getRange(r);
          range.conditionalFormats.clearAll();
          range.dataValidation.clear();
          range.clear("All");
        }
      },
    });
    const companions = sheetNames.slice(0, plans.length).filter((n) => n !== sheetNames[i]);
    const record = JSON.stringify(
      ownerRecord(plan, tableNames, companions.length ? companions : old.companions)
    );
    queued.push(
      ...bind(sheet, [
        ...planOperations(plan, tableNames),
        {
          bytes: OPERATION_BYTES + utf8Length(record),
          queue: (s) => void s.customProperties.add(OWNER_PROPERTY, record),
        },
      ])
    );
  });
  const requestBytes = await send(context, queued);
  return {
    sheetName: sheetNames[0],
    sheetNames: sheetNames.slice(0, plans.length),
    stats: { syncs: 1 + requestBytes.length, requestBytes },
  };
}
