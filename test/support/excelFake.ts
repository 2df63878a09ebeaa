/**
 * A strict fake of the part of Excel's object model the add-in uses, for unit tests. It is as
 * strict as Excel where Excel is strict, and records what a workbook would hold:
 *
 * - Cells read input as Excel en-US does (src/workbench/cells.ts): a string written through
 *   Range.values / Range.formulas is parsed like typed input ("Jan 2026" → a date, "10%" → 0.1,
 *   "TRUE" → true); only a leading apostrophe or the text format keeps it text. In a 2-D array
 *   null leaves a cell unchanged and "" clears it. Table headers become text. Formulas are
 *   computed (HyperFormula with the MSP.* functions), so values read back are real.
 * - A property read before `load` + `context.sync()` throws PropertyNotLoaded; so does
 *   `isNullObject` before a sync; `items` only after loading them.
 * - Excel's limits: sheet names (≤ 31 characters, none of [ ] : * ? / \, unique), table and
 *   defined names, 32,767 characters a cell, 8,192 a formula, 5 MB a request, grids the size of
 *   their range.
 * - Enum strings and rule keys as @types/office-js lists them (test/support/officeTypes.ts).
 *
 * `installExcel()` sets the global `Excel.run`, so src/excel/excelWorkbook.ts runs against it
 * unchanged: each run gets a new request context on the same workbook, as in Excel.
 */
import type { HyperFormula } from "hyperformula";
import {
  cellAddress,
  columnIndex,
  isRange,
  overlaps,
  parseCell,
  parseRange,
  RangeRef,
  rangeSize,
} from "../../src/formula/a1";
import { ExcelCells } from "../../src/workbench/cells";
import type { ExcelInput } from "../../src/workbench/excelInput";
import { createEngine } from "../../src/workbench/hyperformula";
import { customFunctions } from "./functions";
import { excelEnum, excelInterfaceKeys } from "./officeTypes";

export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
const MAX_CELL_TEXT = 32767;
const MAX_FORMULA = 8192;

/** An error shaped like OfficeExtension.Error. */
export class ExcelError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(`${code}: ${message}`);
    this.name = "RichApi.Error";
  }
}

const invalid = (message: string) => new ExcelError("InvalidArgument", message);

function checkEnum(enumName: string, value: unknown, what: string): void {
  if (typeof value !== "string" || !excelEnum(enumName).has(value))
    throw invalid(`${what}: '${String(value)}' is not an Excel.${enumName}`);
}

/** Excel's rules for a sheet name. */
function checkSheetName(name: string): void {
  if (
    typeof name !== "string" ||
    name.length === 0 ||
    name.length > 31 ||
    /[[\]:*?/\\]/.test(name) ||
    /^'|'$/.test(name) ||
    name.toLowerCase() === "history"
  )
    throw invalid(`'${name}' is not a valid sheet name`);
}

/** Excel's rules for a table or defined name. */
function checkObjectName(name: string, what: string): void {
  if (
    typeof name !== "string" ||
    name.length > 255 ||
    !/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) ||
    /^[A-Za-z]{1,3}[0-9]+$/.test(name) ||
    /^[RC]$/i.test(name) ||
    /^R[0-9]*C[0-9]*$/i.test(name)
  )
    throw invalid(`'${name}' is not a valid ${what} name`);
}

export interface SheetState {
  name: string;
  properties: Map<string, { key: string; value: string }>;
  tables: { name: string; range: RangeRef; style: string }[];
  names: Map<string, string>;
  charts: {
    name: string;
    type: string;
    title: string;
    position?: [string, string];
    series: { name: string; values?: string; categories?: string; chartType?: string }[];
  }[];
  styles: { range: RangeRef; property: string; value: unknown }[];
  validations: { range: RangeRef; rule?: Excel.DataValidationRule; errorAlert?: object }[];
  conditionalFormats: { range: RangeRef; type: string; rule?: unknown; format?: object }[];
  freeze?: { rows: number; columns: number };
  pageLayout: { orientation?: string; zoom?: Excel.PageLayoutZoomOptions };
  columnWidths: Map<number, number>;
}

export interface SeedSheet {
  name: string;
  /** Cells typed by a user, by A1 address (parsed as Excel parses typing). */
  cells?: Record<string, ExcelInput>;
  /** The add-in's record (custom property MSPScorecard), when it made the sheet. */
  owner?: string;
  tables?: { name: string; range: string }[];
  names?: string[];
  charts?: string[];
}

/** The workbook behind every request context of a fake. */
export class FakeWorkbook {
  readonly engine: HyperFormula;
  readonly cells: ExcelCells;
  readonly sheets: SheetState[] = [];
  active = "";
  /** Requests sent (syncs) and their measured sizes in bytes. */
  readonly requests: number[] = [];
  /** Every method called and property set, in order ("Sheet1!A1:B2.formulas=", …). */
  readonly calls: string[] = [];

  constructor(options: { sheets?: SeedSheet[]; year?: number } = {}) {
    this.engine = createEngine(customFunctions);
    this.cells = new ExcelCells(this.engine, options.year);
    for (const seed of options.sheets ?? [{ name: "Sheet1" }]) this.seed(seed);
  }

  /** Add a sheet as a user (or an earlier session) left it. */
  seed(seed: SeedSheet): SheetState {
    const sheet = this.addSheet(seed.name);
    for (const [a1, input] of Object.entries(seed.cells ?? {})) this.type(seed.name, a1, input);
    if (seed.owner)
      sheet.properties.set("mspscorecard", { key: "MSPScorecard", value: seed.owner });
    for (const t of seed.tables ?? [])
      sheet.tables.push({ name: t.name, range: parseRange(t.range), style: "TableStyleLight9" });
    for (const n of seed.names ?? []) sheet.names.set(n, "A1");
    for (const c of seed.charts ?? [])
      sheet.charts.push({ name: c, type: "Line", title: "", series: [] });
    return sheet;
  }

  addSheet(name: string): SheetState {
    checkSheetName(name);
    if (this.sheet(name)) throw new ExcelError("ItemAlreadyExists", `a sheet is called '${name}'`);
    this.engine.addSheet(name);
    const sheet: SheetState = {
      name,
      properties: new Map(),
      tables: [],
      names: new Map(),
      charts: [],
      styles: [],
      validations: [],
      conditionalFormats: [],
      pageLayout: {},
      columnWidths: new Map(),
    };
    this.sheets.push(sheet);
    if (!this.active) this.active = name;
    return sheet;
  }

  sheet(name: string): SheetState | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** A user typing into a cell (Excel parses it). */
  type(sheet: string, a1: string, input: ExcelInput): void {
    const { row, col } = parseCell(a1);
    this.cells.enter(this.sheet(sheet)!.name, row, col, [[input]]);
  }

  value(sheet: string, a1: string): unknown {
    const { row, col } = parseCell(a1);
    const v = this.cells.value(sheet, row, col);
    return v !== null && typeof v === "object" ? v.error : v;
  }

  formula(sheet: string, a1: string): string | number | boolean {
    const { row, col } = parseCell(a1);
    return this.cells.formulaOrValue(sheet, row, col);
  }

  format(sheet: string, a1: string): string {
    const { row, col } = parseCell(a1);
    return this.cells.format(sheet, row, col);
  }

  text(sheet: string, a1: string): string {
    const { row, col } = parseCell(a1);
    return this.cells.text(sheet, row, col);
  }

  /**
   * Excel does not allow a spilling (dynamic-array) formula inside a table: it shows #SPILL!. The
   * fake refuses the request instead, so no test can pass with one.
   */
  checkNoSpillInTables(): void {
    for (const sheet of this.sheets) {
      const id = this.engine.getSheetId(sheet.name)!;
      for (const t of sheet.tables)
        for (let row = t.range.top; row <= t.range.bottom; row++)
          for (let col = t.range.left; col <= t.range.right; col++)
            if (this.engine.isCellPartOfArray({ sheet: id, row, col }))
              throw new ExcelError(
                "InvalidOperation",
                `${sheet.name}!${cellAddress(row, col)} spills inside table ${t.name}: Excel shows #SPILL!`
              );
    }
  }

  tableNames(): string[] {
    return this.sheets.flatMap((s) => s.tables.map((t) => t.name));
  }

  /** Excel's used range: every cell with a value or a number format. */
  usedRange(sheet: string): RangeRef | null {
    const id = this.engine.getSheetId(sheet)!;
    const { height, width } = this.engine.getSheetDimensions(id);
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const take = (row: number, col: number) => {
      top = Math.min(top, row);
      left = Math.min(left, col);
      bottom = Math.max(bottom, row);
      right = Math.max(right, col);
    };
    for (let row = 0; row < height; row++)
      for (let col = 0; col < width; col++)
        if (!this.engine.isCellEmpty({ sheet: id, row, col })) take(row, col);
    return bottom < 0 ? null : { top, left, bottom, right };
  }
}

/** What a load asked for: property names, and for collections their items' properties. */
function loadNames(what?: string | string[] | { select?: string }): string[] {
  if (what === undefined) return [];
  const text =
    typeof what === "string" ? what : Array.isArray(what) ? what.join(",") : (what.select ?? "");
  return text
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

/** One Excel.run: its loads, its syncs and the size of what it sends. */
class FakeContext {
  readonly objects: ClientObject[] = [];
  pendingBytes = 0;
  readonly workbook: WorkbookProxy;
  readonly application: {
    suspendApiCalculationUntilNextSync: () => void;
    suspendScreenUpdatingUntilNextSync: () => void;
  };

  constructor(readonly book: FakeWorkbook) {
    this.book.engine.suspendEvaluation();
    this.workbook = new WorkbookProxy(this);
    this.application = {
      suspendApiCalculationUntilNextSync: () => this.note("suspendApiCalculationUntilNextSync"),
      suspendScreenUpdatingUntilNextSync: () => this.note("suspendScreenUpdatingUntilNextSync"),
    };
  }

  /** Count a queued operation and its payload towards the request. */
  note(call: string, payload?: unknown): void {
    this.book.calls.push(call);
    this.pendingBytes +=
      60 + call.length + (payload === undefined ? 0 : JSON.stringify(payload).length);
  }

  async sync(): Promise<void> {
    const bytes = this.pendingBytes;
    this.pendingBytes = 0;
    this.book.requests.push(bytes);
    if (bytes > REQUEST_LIMIT_BYTES)
      throw new ExcelError(
        "RequestPayloadSizeLimitExceeded",
        `the request is ${bytes} bytes; Excel on the web accepts 5 MB`
      );
    // Excel calculates at the end of the request; loads see the results.
    this.book.engine.resumeEvaluation();
    this.book.checkNoSpillInTables();
    for (const o of this.objects) o.capture();
    this.book.engine.suspendEvaluation();
  }

  close(): void {
    this.book.engine.resumeEvaluation();
  }
}

/** A proxy object: properties that need load + sync before they can be read. */
abstract class ClientObject {
  private readonly requested = new Set<string>();
  private readonly loaded = new Map<string, unknown>();
  private synced = false;

  constructor(
    protected readonly ctx: FakeContext,
    readonly isNull = false
  ) {
    ctx.objects.push(this);
  }

  load(what?: string | string[] | { select?: string }): this {
    for (const name of loadNames(what)) this.requested.add(name);
    this.ctx.note(`${this.constructor.name}.load(${loadNames(what).join(",")})`);
    return this;
  }

  capture(): void {
    this.synced = true;
    if (this.isNull) return;
    for (const name of this.requested) {
      const [property, sub] = name.split("/");
      this.loaded.set(property, this.read(property, sub));
    }
    this.requested.clear();
  }

  /** A property's value as Excel has it now (called at sync for loaded properties). */
  protected abstract read(property: string, sub?: string): unknown;

  protected loadedValue<T>(property: string): T {
    if (!this.loaded.has(property))
      throw new ExcelError(
        "PropertyNotLoaded",
        `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
      );
    return this.loaded.get(property) as T;
  }

  get isNullObject(): boolean {
    if (!this.synced)
      throw new ExcelError(
        "PropertyNotLoaded",
        "The property 'isNullObject' is not available until context.sync() has run."
      );
    return this.isNull;
  }
}

class WorkbookProxy {
  readonly worksheets: WorksheetCollection;
  readonly tables: TableList;
  constructor(ctx: FakeContext) {
    this.worksheets = new WorksheetCollection(ctx);
    this.tables = new TableList(ctx);
  }
}

class WorksheetCollection extends ClientObject {
  protected read(property: string, sub?: string): unknown {
    if (property !== "items") throw invalid(`worksheets.${property} cannot be loaded here`);
    return this.ctx.book.sheets.map((s) => new Worksheet(this.ctx, s.name, sub ? [sub] : []));
  }
  get items(): Worksheet[] {
    return this.loadedValue("items");
  }
  add(name: string): Worksheet {
    this.ctx.note(`worksheets.add(${name})`, name);
    this.ctx.book.addSheet(name);
    return new Worksheet(this.ctx, name, ["name"]);
  }
  getItem(name: string): Worksheet {
    if (!this.ctx.book.sheet(name)) throw new ExcelError("ItemNotFound", `no sheet '${name}'`);
    return new Worksheet(this.ctx, this.ctx.book.sheet(name)!.name);
  }
  getItemOrNullObject(name: string): Worksheet {
    this.ctx.note(`worksheets.getItemOrNullObject(${name})`);
    const sheet = this.ctx.book.sheet(name);
    return new Worksheet(this.ctx, sheet?.name ?? name, [], !sheet);
  }
}

/** Workbook-level tables: only their names are used. */
class TableList extends ClientObject {
  protected read(property: string): unknown {
    if (property !== "items") throw invalid(`tables.${property} cannot be loaded here`);
    return this.ctx.book.tableNames().map((name) => ({ name }));
  }
  get items(): { name: string }[] {
    return this.loadedValue("items");
  }
}

class Worksheet extends ClientObject {
  constructor(
    ctx: FakeContext,
    private readonly sheetName: string,
    preloaded: string[] = [],
    isNull = false
  ) {
    super(ctx, isNull);
    if (preloaded.includes("name")) this.load("name");
  }

  private get state(): SheetState {
    const s = this.ctx.book.sheet(this.sheetName);
    if (!s || this.isNull) throw new ExcelError("ItemNotFound", `no sheet '${this.sheetName}'`);
    return s;
  }

  protected read(property: string): unknown {
    if (property === "name") return this.sheetName;
    throw invalid(`worksheet.${property} cannot be loaded here`);
  }

  get name(): string {
    return this.loadedValue("name");
  }

  getRange(address: string): Range {
    return new Range(this.ctx, this.sheetName, address, this.isNull);
  }

  getUsedRangeOrNullObject(): Range {
    const used = this.isNull ? null : this.ctx.book.usedRange(this.state.name);
    const address = used ? cellRange(used) : "A1";
    return new Range(this.ctx, this.sheetName, address, !used);
  }

  // Navigation properties return the same object each time, as in Office.js.
  private cached = new Map<string, ClientObject>();
  private navigate<T extends ClientObject>(name: string, make: () => T): T {
    if (!this.cached.has(name)) this.cached.set(name, make());
    return this.cached.get(name) as T;
  }
  get tables(): SheetTables {
    return this.navigate("tables", () => new SheetTables(this.ctx, this.sheetName, this.isNull));
  }
  get names(): SheetNames {
    return this.navigate("names", () => new SheetNames(this.ctx, this.sheetName, this.isNull));
  }
  get charts(): SheetCharts {
    return this.navigate("charts", () => new SheetCharts(this.ctx, this.sheetName, this.isNull));
  }
  get customProperties(): CustomProperties {
    return this.navigate(
      "customProperties",
      () => new CustomProperties(this.ctx, this.sheetName, this.isNull)
    );
  }

  get freezePanes() {
    const set = (rows: number, columns: number, call: string) => {
      this.ctx.note(`${this.sheetName}.freezePanes.${call}`);
      this.state.freeze = { rows, columns };
    };
    return {
      freezeRows: (n: number) => set(n, 0, `freezeRows(${n})`),
      freezeColumns: (n: number) => set(0, n, `freezeColumns(${n})`),
      freezeAt: (range: Range) => {
        const r = parseRange(range.address);
        if (r.top !== 0 || r.left !== 0) throw invalid("freezeAt: the range must start at A1");
        set(r.bottom + 1, r.right + 1, `freezeAt(${range.address})`);
      },
    };
  }

  get pageLayout() {
    const state = this.state;
    const ctx = this.ctx;
    const zoomKeys = excelInterfaceKeys("PageLayoutZoomOptions");
    return {
      set orientation(value: string) {
        checkEnum("PageOrientation", value, "pageLayout.orientation");
        ctx.note("pageLayout.orientation=", value);
        state.pageLayout.orientation = value;
      },
      set zoom(value: Excel.PageLayoutZoomOptions) {
        for (const [k, v] of Object.entries(value)) {
          if (!zoomKeys.has(k)) throw invalid(`pageLayout.zoom: no option '${k}'`);
          if (v !== null && !(typeof v === "number" && v >= 0))
            throw invalid(`pageLayout.zoom.${k}: ${String(v)}`);
        }
        if (
          value.scale !== undefined &&
          value.scale !== null &&
          !(value.scale >= 10 && value.scale <= 400)
        )
          throw invalid("pageLayout.zoom.scale: from 10 to 400");
        ctx.note("pageLayout.zoom=", value);
        state.pageLayout.zoom = { ...value };
      },
    };
  }

  activate(): void {
    this.ctx.note(`${this.sheetName}.activate()`);
    this.ctx.book.active = this.state.name;
  }
}

const cellRange = (r: RangeRef) =>
  `${cellAddress(r.top, r.left)}:${cellAddress(r.bottom, r.right)}`;

/** "A1:B2", "B3", or whole columns "A:A" (no cells: column widths only). */
function parseAddress(address: string): { range: RangeRef; columns?: [number, number] } {
  const m = /^([A-Z]{1,3}):([A-Z]{1,3})$/i.exec(address);
  if (m) {
    const [a, b] = [columnIndex(m[1]), columnIndex(m[2])];
    return { range: { top: 0, left: a, bottom: 1048575, right: b }, columns: [a, b] };
  }
  if (!isRange(address)) throw invalid(`'${address}' is not a range address`);
  return { range: parseRange(address) };
}

class Range extends ClientObject {
  private readonly range: RangeRef;
  private readonly columns?: [number, number];

  constructor(
    ctx: FakeContext,
    private readonly sheetName: string,
    readonly address: string,
    isNull = false
  ) {
    super(ctx, isNull);
    const parsed = parseAddress(address);
    this.range = parsed.range;
    this.columns = parsed.columns;
  }

  private get sheet(): SheetState {
    const s = this.ctx.book.sheet(this.sheetName);
    if (!s || this.isNull) throw new ExcelError("ItemNotFound", `no range ${this.address}`);
    return s;
  }

  private grid<T>(cell: (row: number, col: number) => T): T[][] {
    const { rows, columns } = rangeSize(this.range);
    return Array.from({ length: rows }, (_, i) =>
      Array.from({ length: columns }, (_, j) => cell(this.range.top + i, this.range.left + j))
    );
  }

  protected read(property: string): unknown {
    const cells = this.ctx.book.cells;
    const name = this.sheet.name;
    switch (property) {
      case "values":
        return this.grid((r, c) => {
          const v = cells.value(name, r, c);
          return v === null ? "" : typeof v === "object" ? v.error : v;
        });
      case "formulas":
        return this.grid((r, c) => cells.formulaOrValue(name, r, c));
      case "numberFormat":
        return this.grid((r, c) => cells.format(name, r, c));
      case "valueTypes":
        return this.grid((r, c) => cells.valueType(name, r, c));
      case "text":
        return this.grid((r, c) => cells.text(name, r, c));
      case "rowIndex":
        return this.range.top;
      case "columnIndex":
        return this.range.left;
      case "address":
        return `${this.sheetName}!${this.address}`;
      default:
        throw invalid(`range.${property} cannot be loaded here`);
    }
  }

  get values(): unknown[][] {
    return this.loadedValue("values");
  }
  get formulas(): unknown[][] {
    return this.loadedValue("formulas");
  }
  get numberFormat(): unknown[][] {
    return this.loadedValue("numberFormat");
  }
  get valueTypes(): string[][] {
    return this.loadedValue("valueTypes");
  }
  get text(): string[][] {
    return this.loadedValue("text");
  }
  get rowIndex(): number {
    return this.loadedValue("rowIndex");
  }
  get columnIndex(): number {
    return this.loadedValue("columnIndex");
  }

  private checkGrid(grid: unknown, what: string): unknown[][] {
    const { rows, columns } = rangeSize(this.range);
    if (
      !Array.isArray(grid) ||
      grid.length !== rows ||
      grid.some((row) => !Array.isArray(row) || row.length !== columns)
    )
      throw invalid(
        `${what}: the number of rows or columns in the input array doesn't match the size of the range ${this.address}`
      );
    return grid as unknown[][];
  }

  private enter(grid: unknown, what: string): void {
    const rows = this.checkGrid(grid, what);
    this.ctx.note(`${this.sheetName}!${this.address}.${what}=`, rows);
    for (const row of rows)
      for (const v of row) {
        if (typeof v === "string" && v.startsWith("=") && v.length > MAX_FORMULA)
          throw invalid(`a formula is longer than ${MAX_FORMULA} characters`);
        if (typeof v === "string" && v.length > MAX_CELL_TEXT)
          throw invalid(`a cell holds at most ${MAX_CELL_TEXT} characters`);
        if (v !== null && !["string", "number", "boolean"].includes(typeof v))
          throw invalid(`${what}: ${JSON.stringify(v)} is not a cell value`);
        if (typeof v === "number" && !Number.isFinite(v)) throw invalid(`${what}: ${v}`);
      }
    this.ctx.book.cells.enter(
      this.sheet.name,
      this.range.top,
      this.range.left,
      rows as ExcelInput[][]
    );
  }

  set values(grid: unknown[][]) {
    this.enter(grid, "values");
  }
  set formulas(grid: unknown[][]) {
    this.enter(grid, "formulas");
  }
  set numberFormat(grid: unknown[][]) {
    const rows = this.checkGrid(grid, "numberFormat");
    this.ctx.note(`${this.sheetName}!${this.address}.numberFormat=`, rows);
    rows.forEach((row, i) =>
      row.forEach((f, j) => {
        if (f === null) return;
        if (typeof f !== "string") throw invalid(`numberFormat: ${JSON.stringify(f)}`);
        const r = this.range.top + i;
        const c = this.range.left + j;
        this.ctx.book.cells.setFormat(this.sheet.name, { top: r, left: c, bottom: r, right: c }, f);
      })
    );
  }

  clear(applyTo: string = "All"): void {
    checkEnum("ClearApplyTo", applyTo, "range.clear");
    this.ctx.note(`${this.sheetName}!${this.address}.clear(${applyTo})`);
    const sheet = this.sheet;
    if (applyTo === "All" || applyTo === "Contents") {
      const formats = this.grid((r, c) => this.ctx.book.cells.format(sheet.name, r, c));
      this.ctx.book.cells.clear(sheet.name, this.range);
      if (applyTo === "Contents")
        formats.forEach((row, i) =>
          row.forEach((f, j) => {
            const r = this.range.top + i;
            const c = this.range.left + j;
            this.ctx.book.cells.setFormat(sheet.name, { top: r, left: c, bottom: r, right: c }, f);
          })
        );
    }
    if (applyTo === "All" || applyTo === "Formats") {
      if (applyTo === "Formats") this.ctx.book.cells.setFormat(sheet.name, this.range, "");
      sheet.styles = sheet.styles.filter((s) => !inside(s.range, this.range));
      sheet.conditionalFormats = sheet.conditionalFormats.filter(
        (s) => !inside(s.range, this.range)
      );
    }
  }

  get format() {
    const ctx = this.ctx;
    const sheet = this.sheet;
    const range = this.range;
    const columns = this.columns;
    const style = (property: string) => (value: unknown) => {
      ctx.note(`format.${property}=`, value);
      if (
        property.endsWith("color") &&
        !(typeof value === "string" && /^#[0-9A-Fa-f]{6}$|^[a-z]+$/i.test(value))
      )
        throw invalid(`${property}: '${String(value)}' is not a colour`);
      sheet.styles.push({ range, property, value });
    };
    return {
      fill: {
        set color(v: string) {
          style("fill.color")(v);
        },
      },
      font: {
        set color(v: string) {
          style("font.color")(v);
        },
        set bold(v: boolean) {
          style("font.bold")(v);
        },
        set italic(v: boolean) {
          style("font.italic")(v);
        },
        set size(v: number) {
          style("font.size")(v);
        },
      },
      protection: {
        set locked(v: boolean) {
          style("protection.locked")(v);
        },
      },
      set columnWidth(v: number) {
        if (!(typeof v === "number" && v >= 0)) throw invalid(`columnWidth: ${v}`);
        ctx.note("format.columnWidth=", v);
        const [a, b] = columns ?? [range.left, range.right];
        for (let c = a; c <= b; c++) sheet.columnWidths.set(c, v);
      },
    };
  }

  get dataValidation() {
    const ctx = this.ctx;
    const sheet = this.sheet;
    const range = this.range;
    const entry = () => {
      let v = sheet.validations.find((x) => x.range === range);
      if (!v) sheet.validations.push((v = { range }));
      return v;
    };
    const ruleKeys = excelInterfaceKeys("DataValidationRule");
    return {
      set rule(rule: Excel.DataValidationRule) {
        ctx.note("dataValidation.rule=", rule);
        const keys = Object.keys(rule);
        if (keys.length !== 1 || !ruleKeys.has(keys[0]))
          throw invalid(
            `dataValidation.rule: '${keys.join(",")}' is not one of ${[...ruleKeys].join(", ")}`
          );
        const basic = (rule as Record<string, { operator?: string; formula1?: unknown }>)[keys[0]];
        if (keys[0] !== "list" && keys[0] !== "custom") {
          checkEnum("DataValidationOperator", basic.operator, "dataValidation.rule.operator");
          if (basic.formula1 === undefined)
            throw invalid("dataValidation.rule: formula1 is required");
        }
        if (keys[0] === "list" && typeof (rule.list as { source?: unknown }).source !== "string")
          throw invalid("dataValidation.rule.list.source: a list");
        entry().rule = rule;
      },
      set errorAlert(alert: Excel.DataValidationErrorAlert) {
        ctx.note("dataValidation.errorAlert=", alert);
        if (alert.style !== undefined)
          checkEnum("DataValidationAlertStyle", alert.style, "errorAlert.style");
        entry().errorAlert = alert;
      },
      clear: () => {
        ctx.note("dataValidation.clear()");
        sheet.validations = sheet.validations.filter((v) => !inside(v.range, range));
      },
    };
  }

  get conditionalFormats() {
    const ctx = this.ctx;
    const sheet = this.sheet;
    const range = this.range;
    return {
      clearAll: () => {
        ctx.note("conditionalFormats.clearAll()");
        sheet.conditionalFormats = sheet.conditionalFormats.filter((c) => !inside(c.range, range));
      },
      add: (type: string) => {
        checkEnum("ConditionalFormatType", type, "conditionalFormats.add");
        ctx.note(`conditionalFormats.add(${type})`);
        const cf: SheetState["conditionalFormats"][number] = { range, type, format: {} };
        sheet.conditionalFormats.push(cf);
        const only = <T>(wanted: string, value: T): T => {
          if (type !== wanted) throw invalid(`a ${type} conditional format has no ${wanted} part`);
          return value;
        };
        const format = {
          font: {
            set color(v: string) {
              Object.assign(cf.format!, { font: v });
            },
          },
          fill: {
            set color(v: string) {
              Object.assign(cf.format!, { fill: v });
            },
          },
        };
        return {
          get colorScale() {
            return only("ColorScale", {
              set criteria(c: Excel.ConditionalColorScaleCriteria) {
                for (const k of ["minimum", "midpoint", "maximum"] as const) {
                  const criterion = c[k];
                  if (criterion)
                    checkEnum(
                      "ConditionalFormatColorCriterionType",
                      criterion.type,
                      `colorScale.${k}.type`
                    );
                }
                if (!c.minimum || !c.maximum)
                  throw invalid("colorScale: minimum and maximum are required");
                cf.rule = c;
              },
            });
          },
          get cellValue() {
            return only("CellValue", {
              format,
              set rule(r: Excel.ConditionalCellValueRule) {
                checkEnum("ConditionalCellValueOperator", r.operator, "cellValue.rule.operator");
                if (typeof r.formula1 !== "string")
                  throw invalid("cellValue.rule.formula1 is required");
                cf.rule = r;
              },
            });
          },
          get textComparison() {
            return only("ContainsText", {
              format,
              set rule(r: Excel.ConditionalTextComparisonRule) {
                checkEnum("ConditionalTextOperator", r.operator, "textComparison.rule.operator");
                cf.rule = r;
              },
            });
          },
        };
      },
    };
  }
}

const inside = (inner: RangeRef, outer: RangeRef) =>
  inner.top >= outer.top &&
  inner.bottom <= outer.bottom &&
  inner.left >= outer.left &&
  inner.right <= outer.right;

/** A sheet's collection of named objects (tables, names, charts): `items` lists their names. */
abstract class SheetCollection extends ClientObject {
  constructor(
    ctx: FakeContext,
    protected readonly sheetName: string,
    isNull: boolean
  ) {
    super(ctx, isNull);
  }
  protected get sheet(): SheetState {
    return this.ctx.book.sheet(this.sheetName)!;
  }
  protected abstract names(): string[];
  protected read(property: string): unknown {
    if (property !== "items") throw invalid(`${property} cannot be loaded here`);
    return this.names().map((name) => ({ name }));
  }
  get items(): { name: string }[] {
    return this.loadedValue("items");
  }
}

class SheetTables extends SheetCollection {
  protected names(): string[] {
    return this.sheet.tables.map((t) => t.name);
  }
  add(address: string, hasHeaders: boolean) {
    this.ctx.note(`tables.add(${address}, ${hasHeaders})`);
    const ctx = this.ctx;
    const sheet = this.sheet;
    const range = parseAddress(address).range;
    if (sheet.tables.some((t) => overlaps(t.range, range)))
      throw invalid(`a table cannot overlap another table (${address})`);
    if (!hasHeaders) throw invalid("the add-in's tables have headers");
    // Table headers are text: what each header cell shows, unique, "Column1" for a blank one.
    ctx.book.cells.headerToText(sheet.name, range.top, range.left, range.right);
    const table = {
      name: `Table${ctx.book.tableNames().length + 1}`,
      range,
      style: "TableStyleMedium2",
    };
    sheet.tables.push(table);
    return {
      set name(name: string) {
        checkObjectName(name, "table");
        if (
          ctx.book
            .tableNames()
            .some((n) => n.toLowerCase() === name.toLowerCase() && n !== table.name)
        )
          throw new ExcelError("InvalidArgument", `a table is already called '${name}'`);
        ctx.note("table.name=", name);
        table.name = name;
      },
      set style(style: string) {
        if (!/^TableStyle(Light|Medium|Dark)\d{1,2}$/.test(style))
          throw invalid(`table style '${style}'`);
        ctx.note("table.style=", style);
        table.style = style;
      },
    };
  }
  getItem(name: string) {
    const sheet = this.sheet;
    const table = sheet.tables.find((t) => t.name === name);
    if (!table) throw new ExcelError("ItemNotFound", `no table '${name}'`);
    return {
      delete: () => {
        this.ctx.note(`tables.getItem(${name}).delete()`);
        sheet.tables = sheet.tables.filter((t) => t !== table);
      },
    };
  }
}

class SheetNames extends SheetCollection {
  protected names(): string[] {
    return [...this.sheet.names.keys()];
  }
  add(name: string, reference: Range) {
    checkObjectName(name, "defined");
    if ([...this.sheet.names.keys()].some((n) => n.toLowerCase() === name.toLowerCase()))
      throw new ExcelError("ItemAlreadyExists", `a name '${name}' exists on ${this.sheetName}`);
    this.ctx.note(`names.add(${name})`, reference.address);
    this.sheet.names.set(name, reference.address);
  }
  getItem(name: string) {
    if (!this.sheet.names.has(name)) throw new ExcelError("ItemNotFound", `no name '${name}'`);
    return {
      delete: () => {
        this.ctx.note(`names.getItem(${name}).delete()`);
        this.sheet.names.delete(name);
      },
    };
  }
}

class SheetCharts extends SheetCollection {
  protected names(): string[] {
    return this.sheet.charts.map((c) => c.name);
  }
  add(type: string, source: Range, seriesBy: string = "Auto") {
    checkEnum("ChartType", type, "charts.add type");
    checkEnum("ChartSeriesBy", seriesBy, "charts.add seriesBy");
    this.ctx.note(`charts.add(${type})`);
    const ctx = this.ctx;
    const chart: SheetState["charts"][number] = {
      name: `Chart ${this.sheet.charts.length + 1}`,
      type,
      title: "",
      series: [{ name: "", values: source.address }],
    };
    this.sheet.charts.push(chart);
    const seriesProxy = (s: SheetState["charts"][number]["series"][number]) => ({
      set name(n: string) {
        ctx.note("series.name=", n);
        s.name = n;
      },
      setValues: (r: Range) => {
        ctx.note("series.setValues", r.address);
        s.values = r.address;
      },
      setXAxisValues: (r: Range) => {
        ctx.note("series.setXAxisValues", r.address);
        s.categories = r.address;
      },
      set chartType(type: string) {
        checkEnum("ChartType", type, "series.chartType");
        ctx.note("series.chartType=", type);
        s.chartType = type;
      },
    });
    return {
      set name(n: string) {
        ctx.note("chart.name=", n);
        chart.name = n;
      },
      title: {
        set text(t: string) {
          ctx.note("chart.title.text=", t);
          chart.title = t;
        },
      },
      setPosition: (from: string, to: string) => {
        for (const a of [from, to]) parseAddress(a);
        ctx.note("chart.setPosition", [from, to]);
        chart.position = [from, to];
      },
      series: {
        getItemAt: (i: number) => {
          if (!chart.series[i]) throw new ExcelError("ItemNotFound", `no series ${i}`);
          return seriesProxy(chart.series[i]);
        },
        add: (name: string) => {
          ctx.note("series.add", name);
          const s = { name };
          chart.series.push(s);
          return seriesProxy(s);
        },
      },
    };
  }
  getItem(name: string) {
    const sheet = this.sheet;
    if (!sheet.charts.some((c) => c.name === name))
      throw new ExcelError("ItemNotFound", `no chart '${name}'`);
    return {
      delete: () => {
        this.ctx.note(`charts.getItem(${name}).delete()`);
        sheet.charts = sheet.charts.filter((c) => c.name !== name);
      },
    };
  }
}

class CustomProperty extends ClientObject {
  constructor(
    ctx: FakeContext,
    private readonly sheetName: string,
    private readonly key: string,
    isNull: boolean
  ) {
    super(ctx, isNull);
  }
  protected read(property: string): unknown {
    const p = this.ctx.book.sheet(this.sheetName)!.properties.get(this.key.toLowerCase());
    if (property === "value") return p?.value;
    if (property === "key") return p?.key;
    throw invalid(`customProperty.${property}`);
  }
  get value(): string {
    return this.loadedValue("value");
  }
}

class CustomProperties extends ClientObject {
  constructor(
    ctx: FakeContext,
    private readonly sheetName: string,
    isNull: boolean
  ) {
    super(ctx, isNull);
  }
  protected read(): unknown {
    throw invalid("customProperties cannot be loaded here");
  }
  add(key: string, value: string): void {
    if (typeof key !== "string" || key.length === 0 || key.length > 255)
      throw invalid("a custom property key has 1 to 255 characters");
    if (typeof value !== "string") throw invalid("a custom property value is text");
    this.ctx.note(`customProperties.add(${key})`, value);
    this.ctx.book.sheet(this.sheetName)!.properties.set(key.toLowerCase(), { key, value });
  }
  getItemOrNullObject(key: string): CustomProperty {
    const exists =
      !this.isNull && this.ctx.book.sheet(this.sheetName)?.properties.has(key.toLowerCase());
    return new CustomProperty(this.ctx, this.sheetName, key, !exists);
  }
}

/** Run one batch against `book` with a new request context, as Excel.run does. */
export async function runOn<T>(
  book: FakeWorkbook,
  batch: (context: Excel.RequestContext) => Promise<T>
): Promise<T> {
  const context = new FakeContext(book);
  try {
    return await batch(context as unknown as Excel.RequestContext);
  } finally {
    context.close();
  }
}

/**
 * Make the global `Excel.run` run batches against `book` (as src/excel/excelWorkbook.ts calls it).
 * Returns a function that removes it again.
 */
export function installExcel(book: FakeWorkbook): () => void {
  const g = globalThis as unknown as { Excel?: unknown };
  const before = g.Excel;
  g.Excel = {
    run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => runOn(book, batch),
  };
  return () => {
    g.Excel = before;
  };
}
