/**
 * The workbench's in-browser workbook: HyperFormula with the MSP.* functions, cells that read
 * input as Excel en-US does (./cells.ts), plus what a plan says about looks (styles, conditional
 * formats, validation, tables, charts, freeze panes, widths). It implements the task pane's
 * WorkbookApi by carrying out the same operations the Excel writer carries out
 * (src/sheets/plan/apply.ts), so the workbench shows — and its browser tests check — what Excel would.
 */
import type { HyperFormula } from "hyperformula";
import { cellAddress, contains, parseCell, parseRange, RangeRef } from "../formula/a1";
import {
  createSheetWrites,
  editSheetWrites,
  SheetObjects,
  SheetOperation,
  SheetWrite,
  WouldOverwriteError,
} from "../sheets/plan/apply";
import { OwnerRecord, parseOwnerRecord, SheetSnapshot } from "../sheets/plan/owner";
import type {
  CellStyle,
  Chart,
  ConditionalFormat,
  SheetPlan,
  Table,
  Validation,
} from "../sheets/plan/plan";
import { sheetPrefix } from "../formula/formula";
import { STYLE_FORMATS } from "../sheets/plan/styles";
import type { CreatedSheet, CreatedSheets, WorkbookApi } from "../sheets/plan/workbook";
import { ExcelCells } from "./cells";
import type { Shown } from "./format";
import { createEngine, RegisteredFunction } from "./hyperformula";
import { absoluteAddress } from "../formula/a1";

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
  styles: { range: RangeRef; style: CellStyle }[];
  conditional: ConditionalFormat[];
  validations: Validation[];
  tables: Table[];
  charts: (Chart & { name: string })[];
  freeze?: { rows: number; columns: number };
  widths: Map<number, number>;
}

const EMPTY_LOOKS = (): SheetLooks => ({
  styles: [],
  conditional: [],
  validations: [],
  tables: [],
  charts: [],
  widths: new Map(),
});

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
  readonly cells: ExcelCells;
  private readonly looks = new Map<string, SheetLooks>();
  /** What the add-in recorded on each sheet it made (in Excel: a worksheet custom property). */
  private readonly records = new Map<string, OwnerRecord>();
  private listeners = new Set<() => void>();
  active: string;

  constructor(functions: readonly RegisteredFunction[], firstSheet = "Sheet1") {
    this.engine = createEngine(functions);
    this.cells = new ExcelCells(this.engine);
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

  private tableNames(): string[] {
    return [...this.looks.values()].flatMap((l) => l.tables.map((t) => t.name));
  }

  async createSheets(plans: SheetPlan[]): Promise<CreatedSheets> {
    return this.applyPlans(plans);
  }

  /** Create sheets from plans, as the Excel writer does (unique names, references follow). */
  applyPlans(plans: SheetPlan[]): CreatedSheets {
    const writes = createSheetWrites(plans, this.sheetNames(), this.tableNames());
    for (const w of writes) {
      this.engine.addSheet(w.sheetName);
      this.looks.set(w.sheetName, EMPTY_LOOKS());
    }
    this.run(writes);
    const sheetNames = writes.map((w) => w.sheetName);
    this.active = sheetNames[0];
    this.changed();
    return { sheetName: sheetNames[0], sheetNames };
  }

  /** Create one sheet from a plan (synchronously). */
  applyPlan(plan: SheetPlan): CreatedSheet {
    return this.applyPlans([plan]);
  }

  async findSheets(kind?: string): Promise<{ name: string; record: OwnerRecord }[]> {
    return this.sheetNames()
      .map((name) => ({ name, record: this.records.get(name) }))
      .filter(
        (s): s is { name: string; record: OwnerRecord } =>
          s.record !== undefined && (kind === undefined || s.record.kind === kind)
      );
  }

  async createFromSheet(
    sheetName: string,
    needs: (snapshot: SheetSnapshot) => string[],
    make: (snapshots: SheetSnapshot[]) => SheetPlan
  ): Promise<CreatedSheets> {
    const snapshot = this.snapshot(sheetName);
    const others = needs(snapshot)
      .filter((n) => n !== sheetName && this.sheetNames().includes(n))
      .map((n) => this.snapshot(n));
    return this.applyPlans([make([snapshot, ...others])]);
  }

  /** A sheet as Excel reads it back: record, values (errors as their text), formulas, formats. */
  snapshot(name: string): SheetSnapshot {
    const id = this.engine.getSheetId(name);
    if (id === undefined) throw new WouldOverwriteError(`There is no sheet '${name}'.`);
    const { height, width } = this.engine.getSheetDimensions(id);
    const grid = <T>(cell: (row: number, col: number) => T): T[][] =>
      Array.from({ length: height }, (_, row) =>
        Array.from({ length: width }, (_, col) => cell(row, col))
      );
    const values = grid((row, col) => {
      const v = this.cells.value(name, row, col);
      return v === null ? "" : typeof v === "object" ? v.error : v;
    });
    return {
      name,
      record: this.records.get(name) ?? null,
      values,
      formulas: grid((row, col) => this.cells.formulaOrValue(name, row, col)),
      types: grid((row, col) => this.cells.valueType(name, row, col)),
      formats: grid((row, col) => this.cells.format(name, row, col)),
    };
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

  /** editSheets, synchronously: the decisions of editSheetWrites, carried out here. */
  editPlans(
    sheetNames: string[],
    edit: (snapshots: SheetSnapshot[]) => SheetPlan[]
  ): CreatedSheets {
    const snapshots = sheetNames.map((name) => this.snapshot(name));
    const objects: SheetObjects[] = sheetNames.map((name) => {
      const looks = this.sheetLooks(name);
      return {
        tables: looks.tables.map((t) => t.name),
        charts: looks.charts.map((c) => c.name),
        names: this.engine.listNamedExpressions(this.engine.getSheetId(name)).map((n) => String(n)),
      };
    });
    const writes = editSheetWrites(sheetNames, snapshots, objects, this.tableNames(), edit);
    this.run(writes);
    this.active = sheetNames[0];
    this.changed();
    return { sheetName: sheetNames[0], sheetNames: writes.map((w) => w.sheetName) };
  }

  /** Carry out writes, with calculation suspended until all are done (as the writer does). */
  private run(writes: SheetWrite[]): void {
    this.engine.batch(() => {
      for (const w of writes)
        for (const { operation } of w.operations) this.apply(w.sheetName, operation);
    });
  }

  private apply(sheet: string, op: SheetOperation): void {
    const looks = this.looks.get(sheet)!;
    const id = this.engine.getSheetId(sheet)!;
    switch (op.kind) {
      case "clear": {
        const r = parseRange(op.address);
        this.cells.clear(sheet, r);
        const outside = <T extends { range: RangeRef | string }>(x: T) =>
          !contains(r, typeof x.range === "string" ? parseRange(x.range) : x.range);
        looks.styles = looks.styles.filter(outside);
        looks.conditional = looks.conditional.filter(outside);
        looks.validations = looks.validations.filter(outside);
        return;
      }
      case "deleteTable":
        looks.tables = looks.tables.filter((t) => t.name !== op.name);
        return;
      case "deleteChart":
        looks.charts = looks.charts.filter((c) => c.name !== op.name);
        return;
      case "deleteName":
        this.engine.removeNamedExpression(op.name, id);
        return;
      case "cells": {
        const r = parseRange(op.address);
        this.cells.enter(sheet, r.top, r.left, op.formulas);
        return;
      }
      case "numberFormat":
        this.cells.setFormat(sheet, parseRange(op.address), op.format);
        return;
      case "style":
        looks.styles.push({ range: parseRange(op.address), style: op.style });
        return;
      case "table": {
        const r = parseRange(op.address);
        this.cells.headerToText(sheet, r.top, r.left, r.right);
        looks.tables.push({ name: op.name, range: op.address, style: op.style });
        return;
      }
      case "validation":
        looks.validations.push({ range: op.address, rule: op.rule, message: op.message });
        return;
      case "conditionalFormat":
        looks.conditional.push({ range: op.address, rule: op.rule });
        return;
      case "name":
        this.engine.addNamedExpression(
          op.name,
          `=${sheetPrefix(sheet)}${absoluteAddress(parseRange(op.address))}`,
          id
        );
        return;
      case "freeze":
        looks.freeze = { rows: op.rows, columns: op.columns };
        return;
      case "print":
        return;
      case "columnWidth":
        looks.widths.set(parseCell(`${op.column}1`).col, op.width);
        return;
      case "chart":
        looks.charts.push({ ...op.chart, name: op.name });
        return;
      case "record": {
        const record = parseOwnerRecord(op.value);
        if (record) this.records.set(sheet, record);
        return;
      }
    }
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
    const { row, col } = parseCell(a1);
    return this.cells.value(sheetName, row, col);
  }

  cell(sheetName: string, row: number, col: number): CellView {
    const address = cellAddress(row, col);
    const looks = this.sheetLooks(sheetName);
    const here = { top: row, left: col, bottom: row, right: col };
    const value = this.cells.value(sheetName, row, col);
    const formula = this.cells.formula(sheetName, row, col);
    const style = [...looks.styles].reverse().find((s) => contains(s.range, here))?.style;
    const look = style ? STYLE_FORMATS[style] : undefined;
    const view: CellView = {
      address,
      value,
      text: this.cells.text(sheetName, row, col),
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
      // "Cell value equal to": the whole text, compared without case, as Excel's "=" does.
      if (
        cf.rule.kind === "textEquals" &&
        typeof value === "string" &&
        value.toLowerCase() === cf.rule.text.toLowerCase()
      ) {
        view.fill = cf.rule.fill;
        view.font = cf.rule.font;
      }
      if (
        cf.rule.kind === "between" &&
        typeof value === "number" &&
        value >= cf.rule.min &&
        value <= cf.rule.max
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
        const v = this.cells.value(sheetName, r, c);
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
   * Type into a cell, as a user would: Excel reads the entry (a date, a percentage, TRUE, text…).
   * Cells holding a value take typing (formula cells do not); validation rejects what its rule
   * does not allow. Returns an error message, or null when done.
   */
  type(sheetName: string, a1: string, input: string): string | null {
    const { row, col } = parseCell(a1);
    if (!this.cell(sheetName, row, col).editable)
      return `${a1} is computed by a formula; type into the yellow input cells.`;
    const entry = input.trim() === "" ? "" : input;
    const parsed = this.cells.parse(sheetName, row, col, entry);
    const here = { top: row, left: col, bottom: row, right: col };
    for (const v of this.sheetLooks(sheetName).validations) {
      if (!contains(parseRange(v.range), here) || parsed.kind === "empty") continue;
      const rule = v.rule;
      const ok =
        rule.kind === "list"
          ? rule.values.some(
              (x) => parsed.kind === "text" && x.toLowerCase() === parsed.text.trim().toLowerCase()
            )
          : parsed.kind === "number" &&
            parsed.value >= rule.min &&
            parsed.value <= rule.max &&
            (rule.kind === "decimal" || Number.isInteger(parsed.value));
      if (!ok) return v.message;
    }
    this.cells.enter(sheetName, row, col, [[entry]]);
    this.changed();
    return null;
  }
}
