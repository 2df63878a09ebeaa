/**
 * What applying plans to a workbook means, decided once for every backend: the Excel writer
 * (src/excel/writer.ts) turns these operations into Office.js calls, the workbench
 * (src/workbench/workbook.ts) into changes of its in-browser workbook, so a browser test runs the
 * same decisions Excel runs — which names a new sheet or table gets, what an edit clears, keeps
 * and refuses, and how each cell is entered.
 */
import { parseRange, rangeAddress, rangeSize } from "../../formula/a1";
import { chartName, firstCollision, ownerRecord, OwnerRecord, SheetSnapshot } from "./owner";
import {
  Block,
  blockRange,
  CellStyle,
  Chart,
  ConditionalRule,
  isFormula,
  isTypedValue,
  PlanCell,
  renameSheetReferences,
  SheetPlan,
  ValidationRule,
} from "./plan";

/** Thrown when an action would overwrite something the add-in did not create. */
export class WouldOverwriteError extends Error {}

/** What one cell is set to through Range.formulas: null leaves it as it is, "" clears it. */
export type CellInput = string | number | boolean | null;

/** One change to one sheet, in the order it must happen. */
export type SheetOperation =
  | { kind: "clear"; address: string }
  | { kind: "deleteTable"; name: string }
  | { kind: "deleteChart"; name: string }
  | { kind: "deleteName"; name: string }
  | { kind: "cells"; address: string; formulas: CellInput[][] }
  | { kind: "numberFormat"; address: string; format: string }
  | { kind: "style"; address: string; style: CellStyle }
  | { kind: "table"; address: string; name: string; style?: string }
  | { kind: "validation"; address: string; rule: ValidationRule; message: string }
  | { kind: "conditionalFormat"; address: string; rule: ConditionalRule }
  | { kind: "name"; name: string; address: string }
  | { kind: "freeze"; rows: number; columns: number }
  | { kind: "print"; orientation: "portrait" | "landscape"; fitToOnePageWide: boolean }
  | { kind: "columnWidth"; column: string; width: number }
  | { kind: "chart"; name: string; chart: Chart }
  | { kind: "record"; value: string };

/** An operation and an estimate of its size in a request, in bytes. */
export interface SizedOperation {
  bytes: number;
  operation: SheetOperation;
}

/** Excel on the web rejects a request (one context.sync) larger than 5 MB. */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
/** What a writer puts in one request, leaving room for Office.js's own envelope. */
export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;
/** Estimated envelope of one queued operation. */
const OPERATION_BYTES = 160;

export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3;
  }
  return n;
}

/**
 * A plan cell as it is entered into Excel. Excel (en-US) parses every string written through
 * Range.values or Range.formulas like typed input ("Jan 2026" becomes a date, "10%" a number,
 * "TRUE" a boolean, "=x" a formula), so text goes in with a leading apostrophe, which keeps it as
 * text and is not part of the value (Microsoft support, "Format numbers as text"; the apostrophe
 * is Excel's prefix character). "" clears the cell; formulas are formulas; null leaves it empty.
 */
export function cellInput(cell: PlanCell): CellInput {
  if (isFormula(cell)) return cell.formula;
  if (isTypedValue(cell)) return cellInput(cell.value);
  if (typeof cell === "string") return cell === "" ? "" : `'${cell}`;
  return cell;
}

/** A block as row bands, each small enough for one request. */
function blockOperations(block: Block): SizedOperation[] {
  const range = blockRange(block);
  const width = range.right - range.left + 1;
  const ops: SizedOperation[] = [];
  let start = 0;
  while (start < block.cells.length) {
    let bytes = OPERATION_BYTES;
    let end = start;
    const rows: CellInput[][] = [];
    while (end < block.cells.length) {
      const row = block.cells[end].map(cellInput);
      while (row.length < width) row.push(null);
      const rowBytes = utf8Length(JSON.stringify(row)) + 1;
      if (rows.length > 0 && bytes + rowBytes > REQUEST_BUDGET_BYTES) break;
      rows.push(row);
      bytes += rowBytes;
      end++;
    }
    const address = rangeAddress({
      top: range.top + start,
      left: range.left,
      bottom: range.top + end - 1,
      right: range.right,
    });
    ops.push({ bytes, operation: { kind: "cells", address, formulas: rows } });
    start = end;
  }
  return ops;
}

/**
 * Number formats kept with typed values, where they differ from the plan's own format for that
 * cell (a date typed into a percentage cell stays a date; the usual case costs nothing).
 */
function typedValueFormats(plan: SheetPlan): SizedOperation[] {
  const formats = plan.numberFormats.map((f) => ({ range: parseRange(f.range), format: f.format }));
  const planFormat = (row: number, col: number) => {
    for (let k = formats.length - 1; k >= 0; k--) {
      const r = formats[k].range;
      if (row >= r.top && row <= r.bottom && col >= r.left && col <= r.right)
        return formats[k].format;
    }
    return "General";
  };
  const ops: SizedOperation[] = [];
  for (const block of plan.blocks) {
    const origin = parseRange(block.at);
    block.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        const [top, left] = [origin.top + r, origin.left + c];
        if (!isTypedValue(cell) || cell.format === planFormat(top, left)) return;
        const address = rangeAddress({ top, left, bottom: top, right: left });
        ops.push({
          bytes: OPERATION_BYTES,
          operation: { kind: "numberFormat", address, format: cell.format },
        });
      })
    );
  }
  return ops;
}

const sized = (operation: SheetOperation, bytes = OPERATION_BYTES): SizedOperation => ({
  bytes,
  operation,
});

/**
 * Every write of a plan, in order: cells, number formats (the plan's, then those of typed values),
 * styles, tables, validation, conditional formats, names, panes, page setup, widths, charts, and
 * the record that marks the sheet as the add-in's (none for an unowned plan).
 */
export function planOperations(plan: SheetPlan, record: OwnerRecord): SizedOperation[] {
  const ops: SizedOperation[] = plan.blocks.flatMap(blockOperations);
  for (const f of plan.numberFormats) {
    const { rows, columns } = rangeSize(parseRange(f.range));
    ops.push(
      sized(
        { kind: "numberFormat", address: f.range, format: f.format },
        OPERATION_BYTES + rows * columns * (utf8Length(f.format) + 3)
      )
    );
  }
  ops.push(...typedValueFormats(plan));
  for (const s of plan.styles)
    ops.push(sized({ kind: "style", address: s.range, style: s.style }, OPERATION_BYTES * 2));
  for (const t of plan.tables)
    ops.push(
      sized({
        kind: "table",
        address: t.range,
        name: record.tables[t.name] ?? t.name,
        style: t.style,
      })
    );
  for (const v of plan.validations)
    ops.push(
      sized(
        { kind: "validation", address: v.range, rule: v.rule, message: v.message },
        OPERATION_BYTES + utf8Length(JSON.stringify(v.rule)) + utf8Length(v.message)
      )
    );
  for (const c of plan.conditionalFormats)
    ops.push(
      sized({ kind: "conditionalFormat", address: c.range, rule: c.rule }, OPERATION_BYTES * 2)
    );
  for (const n of plan.names) ops.push(sized({ kind: "name", name: n.name, address: n.range }));
  if (plan.freeze) ops.push(sized({ kind: "freeze", ...plan.freeze }));
  if (plan.print) ops.push(sized({ kind: "print", ...plan.print }));
  for (const w of plan.columnWidths)
    ops.push(sized({ kind: "columnWidth", column: w.column, width: w.width }));
  plan.charts.forEach((chart, i) =>
    ops.push(
      sized(
        { kind: "chart", name: chartName(i), chart },
        OPERATION_BYTES * (2 + chart.series.length)
      )
    )
  );
  if (plan.unowned) return ops;
  const value = JSON.stringify(record);
  ops.push(sized({ kind: "record", value }, OPERATION_BYTES + utf8Length(value)));
  return ops;
}

/** `wanted`, or "wanted (2)", "wanted (3)"… — the first not in `taken` (case-insensitive, ≤ 31 chars). */
export function uniqueSheetName(wanted: string, taken: readonly string[]): string {
  const used = new Set(taken.map((t) => t.toLowerCase()));
  if (!used.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = wanted.slice(0, 31 - suffix.length) + suffix;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/** Table names are workbook-wide: `wanted`, or "wanted_2", "wanted_3"… */
export function uniqueTableName(wanted: string, taken: readonly string[]): string {
  const used = new Set(taken.map((t) => t.toLowerCase()));
  if (!used.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) if (!used.has(`${wanted}_${n}`.toLowerCase())) return `${wanted}_${n}`;
}

/** The names a plan's tables get, given the table names in use (which grows). */
function tableNamesFor(plan: SheetPlan, taken: string[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const t of plan.tables) {
    const name = uniqueTableName(t.name, taken);
    taken.push(name);
    names.set(t.name, name);
  }
  return names;
}

/** What to write on one sheet: its name (the plan's, or the one it got) and the operations. */
export interface SheetWrite {
  sheetName: string;
  operations: SizedOperation[];
}

/**
 * New sheets from plans: a taken sheet name gets " (2)", " (3)"…, a taken table name "_2"…;
 * formulas that reference a sheet of the same call follow its rename.
 */
export function createSheetWrites(
  plans: SheetPlan[],
  takenSheets: readonly string[],
  takenTables: readonly string[]
): SheetWrite[] {
  const sheets = [...takenSheets];
  const renames = new Map<string, string>();
  for (const plan of plans) {
    const name = uniqueSheetName(plan.name, sheets);
    sheets.push(name);
    renames.set(plan.name, name);
  }
  const tables = [...takenTables];
  const sheetNames = plans.map((p) => renames.get(p.name)!);
  return plans.map((original) => {
    const plan = renameSheetReferences(original, renames);
    const record = ownerRecord(
      plan,
      tableNamesFor(plan, tables),
      sheetNames.filter((n) => n !== plan.name)
    );
    return { sheetName: plan.name, operations: planOperations(plan, record) };
  });
}

/** The objects a sheet holds now, by name (read with the snapshot). */
export interface SheetObjects {
  tables: readonly string[];
  charts: readonly string[];
  names: readonly string[];
}

/**
 * Changing sheets the add-in made: `edit` (pure) turns the snapshots into new plans; each sheet's
 * old tables, charts and names (only the add-in's, only those still there) are deleted and its
 * old ranges cleared, then the new plan is written. Refuses — before anything is written — a
 * sheet the add-in did not make, and a plan that would overwrite a value a user typed outside
 * the add-in's ranges (the message names the cell). `edit` may return fewer plans than sheets:
 * the rest were read for context only.
 */
export function editSheetWrites(
  sheetNames: readonly string[],
  snapshots: readonly SheetSnapshot[],
  objects: readonly SheetObjects[],
  takenTables: readonly string[],
  edit: (snapshots: SheetSnapshot[]) => SheetPlan[]
): SheetWrite[] {
  for (const s of snapshots) {
    if (!s.record)
      throw new WouldOverwriteError(
        `Sheet '${s.name}' was not made by MSP Scorecard, so it is left untouched.`
      );
  }
  const edited = edit([...snapshots]);
  const renames = new Map(edited.map((p, i) => [p.name, sheetNames[i]]));
  const plans = edited.map((p) => renameSheetReferences(p, renames));
  plans.forEach((plan, i) => {
    const problem = firstCollision(snapshots[i], plan);
    if (problem) throw new WouldOverwriteError(problem);
  });
  const written = sheetNames.slice(0, plans.length);
  return plans.map((plan, i) => {
    const old = snapshots[i].record!;
    const oldTables = new Set(Object.values(old.tables));
    const tables = takenTables.filter((t) => !oldTables.has(t));
    const companions = written.filter((n) => n !== written[i]);
    const record = ownerRecord(
      plan,
      tableNamesFor(plan, tables),
      companions.length ? companions : old.companions
    );
    const present = objects[i];
    const clear: SizedOperation[] = [
      ...[...oldTables]
        .filter((t) => present.tables.includes(t))
        .map((name) => sized({ kind: "deleteTable", name })),
      ...old.charts
        .filter((c) => present.charts.includes(c))
        .map((name) => sized({ kind: "deleteChart", name })),
      ...old.names
        .filter((n) => present.names.includes(n))
        .map((name) => sized({ kind: "deleteName", name })),
      ...old.owned
        .split(",")
        .filter(Boolean)
        .map((address) => sized({ kind: "clear", address })),
    ];
    return { sheetName: written[i], operations: [...clear, ...planOperations(plan, record)] };
  });
}
