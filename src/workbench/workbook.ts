/**
 * The workbench's in-browser workbook: HyperFormula with the MSP.* functions, plus what a plan
 * says about looks (number formats, styles, conditional formats, validation, tables, charts,
 * freeze panes, widths). It implements the task pane's WorkbookApi through the same sheet plans
 * Excel gets, so the workbench shows what Excel would.
 */
import type { HyperFormula, SimpleCellAddress } from "hyperformula";
import type { CreatedSheet, CreatedSheets, WorkbookApi } from "../excel/api";
import { uniqueSheetName } from "../excel/names";
import {
  absoluteAddress,
  cellAddress,
  contains,
  parseCell,
  parseRange,
  RangeRef,
} from "../sheets/a1";
import {
  asLiteralText,
  Chart,
  ConditionalFormat,
  isFormula,
  planCells,
  renameSheetReferences,
  sheetReference,
  SheetPlan,
  Table,
  Validation,
} from "../sheets/plan";
import { firstCollision, OwnerRecord, ownerRecord, SheetSnapshot } from "../sheets/owner";
import { STYLE_FORMATS } from "../sheets/styles";
import type { CellStyle } from "../sheets/plan";
import { formatValue, Shown } from "./format";
import { createEngine, RegisteredFunction } from "./hyperformula";

/** What the grid shows for one cell. */
export interface CellView {
  address: string;
  /** The computed value (numbers unformatted). */
  value: Shown;
  /** The value as displayed, under the cell's number format. */
  text: string;
  /** The formula, when the cell holds one. */
  formula?: string;
  style?: CellStyle;
  fill?: string;
  font?: string;
  bold?: boolean;
  italic?: boolean;
  /** Input cells, and cells holding a value, can be typed into; computed formula cells are protected here. */
  editable: boolean;
}

interface SheetLooks {
  kind?: string;
  formats: { range: RangeRef; format: string }[];
  styles: { range: RangeRef; style: CellStyle }[];
  conditional: ConditionalFormat[];
  validations: Validation[];
  tables: Table[];
  charts: Chart[];
  freeze?: { rows: number; columns: number };
  widths: Map<number, number>;
}

const EMPTY_LOOKS = (): SheetLooks => ({
  formats: [],
  styles: [],
  conditional: [],
  validations: [],
  tables: [],
  charts: [],
  widths: new Map(),
});

/** Parse what a user typed the way Excel does: numbers, percentages, TRUE/FALSE, formulas, text. */
export function parseTyped(input: string): string | number | boolean | null {
  const text = input.trim();
  if (text === "") return null;
  if (text.startsWith("=")) return text;
  const upper = text.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return upper === "TRUE";
  const m = /^([-+]?[$€£]?[-+]?)([0-9][0-9,]*(?:\.[0-9]*)?|\.[0-9]+)(%?)$/.exec(text);
  if (m && !/,,/.test(m[2])) {
    const n = Number(m[2].replace(/,/g, "")) * (m[1].includes("-") ? -1 : 1);
    return m[3] ? n / 100 : n;
  }
  return text;
}

function mix(a: string, b: string, t: number): string {
  const ca = [1, 3, 5].map((i) => parseInt(a.slice(i, i + 2), 16));
  const cb = [1, 3, 5].map((i) => parseInt(b.slice(i, i + 2), 16));
  return `#${ca
    .map((x, i) =>
      Math.round(x + (cb[i] - x) * t)
        .toString(16)
        .padStart(2, "0")
    )
    .join("")}`;
}

export class InBrowserWorkbook implements WorkbookApi {
  readonly engine: HyperFormula;
  private readonly looks = new Map<string, SheetLooks>();
  /** What the add-in recorded on each sheet it made (in Excel: a worksheet custom property). */
  private readonly records = new Map<string, OwnerRecord>();
  private listeners = new Set<() => void>();
  active: string;

  constructor(functions: readonly RegisteredFunction[], firstSheet = "Sheet1") {
    this.engine = createEngine(functions);
    this.engine.addSheet(firstSheet);
    this.looks.set(firstSheet, EMPTY_LOOKS());
    this.active = firstSheet;
  }

  /** Re-render on change. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const l of this.listeners) l();
  }

  sheetNames(): string[] {
    return this.engine.getSheetNames();
  }

  activate(sheet: string): void {
    this.active = sheet;
    this.changed();
  }

  async createSheets(plans: SheetPlan[]): Promise<CreatedSheets> {
    return this.applyPlans(plans);
  }

  /** Create sheets from plans, as the Excel writer does (unique names, references follow). */
  applyPlans(plans: SheetPlan[]): CreatedSheets {
    const taken = this.sheetNames();
    const renames = new Map<string, string>();
    for (const plan of plans) {
      const name = uniqueSheetName(plan.name, taken);
      taken.push(name);
      renames.set(plan.name, name);
    }
    const sheetNames = plans.map((p) => renames.get(p.name)!);
    plans.forEach((original) => {
      const plan = renameSheetReferences(original, renames);
      this.engine.addSheet(plan.name);
      this.write(
        plan,
        [],
        sheetNames.filter((n) => n !== plan.name)
      );
    });
    this.active = sheetNames[0];
    this.changed();
    return { sheetName: sheetNames[0], sheetNames };
  }

  /** Create one sheet from a plan (synchronously). */
  applyPlan(plan: SheetPlan): CreatedSheet {
    return this.applyPlans([plan]);
  }

  async findSheets(kind: string): Promise<{ name: string; record: OwnerRecord }[]> {
    return this.sheetNames()
      .map((name) => ({ name, record: this.records.get(name) }))
      .filter((s): s is { name: string; record: OwnerRecord } => s.record?.kind === kind);
  }

  /** A sheet as read back: record, values (errors as their text) and formulas, from A1. */
  snapshot(name: string): SheetSnapshot {
    const sheet = this.engine.getSheetId(name);
    if (sheet === undefined) throw new Error(`There is no sheet '${name}'.`);
    const values = this.engine
      .getSheetValues(sheet)
      .map((row) =>
        row.map((v) =>
          v === null ? "" : typeof v === "object" ? (v as { value: string }).value : v
        )
      );
    const formulas = this.engine
      .getSheetSerialized(sheet)
      .map((row) => row.map((v) => (v === null || v === undefined ? "" : v)));
    return { name, record: this.records.get(name) ?? null, values, formulas };
  }

  async readSheets(sheetNames: string[]): Promise<SheetSnapshot[]> {
    return sheetNames.map((name) => this.snapshot(name));
  }

  async editSheets(
    sheetNames: string[],
    edit: (snapshots: SheetSnapshot[]) => SheetPlan[]
  ): Promise<CreatedSheets> {
    return this.editPlans(sheetNames, edit);
  }

  /** editSheets, synchronously: the same checks and order as the Excel writer. */
  editPlans(
    sheetNames: string[],
    edit: (snapshots: SheetSnapshot[]) => SheetPlan[]
  ): CreatedSheets {
    const snapshots = sheetNames.map((name) => {
      const snapshot = this.snapshot(name);
      if (!snapshot.record)
        throw new Error(`Sheet '${name}' was not made by MSP Scorecard, so it is left untouched.`);
      return snapshot;
    });
    const edited = edit(snapshots);
    const renames = new Map(edited.map((p, i) => [p.name, sheetNames[i]]));
    const plans = edited.map((p) => renameSheetReferences(p, renames));
    plans.forEach((plan, i) => {
      const problem = firstCollision(snapshots[i], plan);
      if (problem) throw new Error(problem);
    });
    plans.forEach((plan, i) => {
      const old = snapshots[i].record!;
      const sheet = this.engine.getSheetId(plan.name)!;
      // The sheet as it is, less what the add-in wrote before; user cells elsewhere stay.
      const content = this.engine.getSheetSerialized(sheet) as (
        string | number | boolean | null
      )[][];
      for (const r of old.owned.split(",").filter(Boolean).map(parseRange)) {
        for (let row = r.top; row <= r.bottom && row < content.length; row++) {
          for (let col = r.left; col <= r.right && col < content[row].length; col++)
            content[row][col] = null;
        }
      }
      for (const name of old.names) this.engine.removeNamedExpression(name, sheet);
      const companions = sheetNames.slice(0, plans.length).filter((n) => n !== plan.name);
      this.write(plan, content, companions.length ? companions : old.companions);
    });
    this.active = sheetNames[0];
    this.changed();
    return { sheetName: sheetNames[0], sheetNames: sheetNames.slice(0, plans.length) };
  }

  /** Write a plan onto its (existing) sheet over `base` content, and record it. */
  private write(
    plan: SheetPlan,
    base: (string | number | boolean | null)[][],
    companions: string[]
  ): void {
    const sheet = this.engine.getSheetId(plan.name)!;
    // One dense write of the sheet (much faster than a call per cell), then the names.
    const content = base.map((row) => [...row]);
    for (const { row, col, cell } of planCells(plan)) {
      if (cell === null) continue;
      while (content.length <= row) content.push([]);
      const line = content[row];
      while (line.length < col) line.push(null);
      line[col] = isFormula(cell)
        ? cell.formula
        : typeof cell === "string"
          ? asLiteralText(cell)
          : cell;
    }
    this.engine.batch(() => {
      this.engine.setSheetContent(sheet, content);
      for (const n of plan.names) {
        this.engine.addNamedExpression(
          n.name,
          `=${sheetReference(plan.name)}${absoluteAddress(parseRange(n.range))}`,
          sheet
        );
      }
    });
    this.records.set(plan.name, ownerRecord(plan, new Map(), companions));
    this.looks.set(plan.name, {
      kind: plan.kind,
      formats: plan.numberFormats.map((f) => ({ range: parseRange(f.range), format: f.format })),
      styles: plan.styles.map((s) => ({ range: parseRange(s.range), style: s.style })),
      conditional: plan.conditionalFormats,
      validations: plan.validations,
      tables: plan.tables,
      charts: plan.charts,
      freeze: plan.freeze,
      widths: new Map(plan.columnWidths.map((w) => [parseCell(`${w.column}1`).col, w.width])),
    });
  }

  private address(sheetName: string, a1: string): SimpleCellAddress {
    const { row, col } = parseCell(a1);
    return { sheet: this.engine.getSheetId(sheetName)!, row, col };
  }

  /** Used size of a sheet: rows × columns holding anything. */
  size(sheetName: string): { rows: number; columns: number } {
    const d = this.engine.getSheetDimensions(this.engine.getSheetId(sheetName)!);
    return { rows: d.height, columns: d.width };
  }

  sheetLooks(sheetName: string): Readonly<SheetLooks> {
    return this.looks.get(sheetName) ?? EMPTY_LOOKS();
  }

  value(sheetName: string, a1: string): Shown {
    const v = this.engine.getCellValue(this.address(sheetName, a1));
    if (v === null || typeof v !== "object") return v;
    return { error: (v as { value: string }).value };
  }

  cell(sheetName: string, row: number, col: number): CellView {
    const address = cellAddress(row, col);
    const where = { sheet: this.engine.getSheetId(sheetName)!, row, col };
    const looks = this.sheetLooks(sheetName);
    const here = { top: row, left: col, bottom: row, right: col };
    const value = this.value(sheetName, address);
    const formula = this.engine.doesCellHaveFormula(where)
      ? this.engine.getCellFormula(where)
      : undefined;
    const format = [...looks.formats].reverse().find((f) => contains(f.range, here))?.format;
    const style = [...looks.styles].reverse().find((s) => contains(s.range, here))?.style;
    const look = style ? STYLE_FORMATS[style] : undefined;
    const view: CellView = {
      address,
      value,
      text: formatValue(value, format),
      formula,
      style,
      fill: look?.fill,
      font: look?.font,
      bold: look?.bold,
      italic: look?.italic,
      editable: style === "input" || formula === undefined,
    };
    for (const cf of looks.conditional) {
      const range = parseRange(cf.range);
      if (!contains(range, here)) continue;
      if (
        cf.rule.kind === "textEquals" &&
        typeof value === "string" &&
        value.includes(cf.rule.text)
      ) {
        view.fill = cf.rule.fill;
        view.font = cf.rule.font;
      }
      if (cf.rule.kind === "colorScale" && typeof value === "number")
        view.fill = this.scaleColor(sheetName, range, value, cf.rule);
    }
    return view;
  }

  private scaleColor(
    sheetName: string,
    range: RangeRef,
    value: number,
    rule: { min: string; mid?: string; max: string }
  ): string {
    const numbers: number[] = [];
    for (let r = range.top; r <= range.bottom; r++) {
      for (let c = range.left; c <= range.right; c++) {
        const v = this.value(sheetName, cellAddress(r, c));
        if (typeof v === "number") numbers.push(v);
      }
    }
    const lo = Math.min(...numbers);
    const hi = Math.max(...numbers);
    const t = hi === lo ? 0.5 : (value - lo) / (hi - lo);
    if (!rule.mid) return mix(rule.min, rule.max, t);
    return t < 0.5 ? mix(rule.min, rule.mid, t * 2) : mix(rule.mid, rule.max, (t - 0.5) * 2);
  }

  /**
   * Type into a cell, as a user would. Cells holding a value take typing (formula cells do not);
   * a list validation rejects values not in its list. Returns an error message, or null when done.
   */
  type(sheetName: string, a1: string, input: string): string | null {
    const { row, col } = parseCell(a1);
    if (!this.cell(sheetName, row, col).editable)
      return `${a1} is computed by a formula; type into the yellow input cells.`;
    const content = parseTyped(input);
    const here = { top: row, left: col, bottom: row, right: col };
    for (const v of this.sheetLooks(sheetName).validations) {
      if (!contains(parseRange(v.range), here) || content === null) continue;
      const rule = v.rule;
      const ok =
        rule.kind === "list"
          ? rule.values.some((x) => x.toLowerCase() === String(content).toLowerCase())
          : typeof content === "number" &&
            content >= rule.min &&
            content <= rule.max &&
            (rule.kind === "decimal" || Number.isInteger(content));
      if (!ok) return v.message;
    }
    this.engine.setCellContents(
      this.address(sheetName, a1),
      typeof content === "string" && !content.startsWith("=") ? asLiteralText(content) : content
    );
    this.changed();
    return null;
  }
}
