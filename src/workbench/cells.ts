/**
 * Cells that behave like Excel's (en-US), on a HyperFormula engine: what is entered — typed, or
 * set through Range.values / Range.formulas — is read by parseExcelInput (so "Jan 2026" becomes a
 * date, "10%" a number, "TRUE" a boolean, and only a leading apostrophe or the text format keeps
 * such text as text); entries change a General cell's number format as Excel does; table headers
 * become text; reading gives back what Range.values, Range.formulas, Range.numberFormat and
 * Range.text would. The workbench and the strict Excel fake used by unit tests both keep their
 * cells here, so neither is more forgiving than Excel about what a string turns into.
 */
import type { HyperFormula, RawCellContent, SimpleCellAddress } from "hyperformula";
import type { RangeRef } from "../formula/a1";
import { ExcelInput, formatAfterEntry, parseExcelInput, ParsedInput } from "./excelInput";
import { formatValue, Shown } from "./format";

const GENERAL = "General";
const key = (row: number, col: number) => row * 16384 + col;

export class ExcelCells {
  private readonly formats = new Map<number, Map<number, string>>();

  constructor(
    readonly engine: HyperFormula,
    /** The year of dates typed without one ("3/4"); this year unless a test fixes it. */
    private readonly year = new Date().getFullYear()
  ) {}

  private sheetId(sheet: string): number {
    const id = this.engine.getSheetId(sheet);
    if (id === undefined) throw new Error(`There is no sheet '${sheet}'.`);
    return id;
  }

  private formatsOf(sheet: string): Map<number, string> {
    const id = this.sheetId(sheet);
    let map = this.formats.get(id);
    if (!map) this.formats.set(id, (map = new Map()));
    return map;
  }

  /** The number format of a cell ("General" when none was set). */
  format(sheet: string, row: number, col: number): string {
    return this.formatsOf(sheet).get(key(row, col)) ?? GENERAL;
  }

  /** Set one number format on a range; "" resets it to General (as Range.numberFormat does). */
  setFormat(sheet: string, range: RangeRef, format: string): void {
    const map = this.formatsOf(sheet);
    for (let r = range.top; r <= range.bottom; r++)
      for (let c = range.left; c <= range.right; c++) {
        if (format === "" || format === GENERAL) map.delete(key(r, c));
        else map.set(key(r, c), format);
      }
  }

  /** What Excel makes of `input` in this cell (its format decides, e.g. "@" keeps text). */
  parse(sheet: string, row: number, col: number, input: ExcelInput): ParsedInput {
    return parseExcelInput(input, { cellFormat: this.format(sheet, row, col), year: this.year });
  }

  /**
   * Enter a grid of inputs with (top, left) as its top-left cell, as Range.formulas = grid would:
   * null leaves a cell unchanged, "" clears it, strings are parsed as typed input.
   */
  enter(sheet: string, top: number, left: number, grid: ExcelInput[][]): void {
    const id = this.sheetId(sheet);
    const formats = this.formatsOf(sheet);
    grid.forEach((inputs, r) => {
      const row = top + r;
      // Runs of cells to set; a null between them is left as it is (a spill stays a spill).
      let run: RawCellContent[] = [];
      let start = left;
      const flush = () => {
        if (run.length > 0) this.engine.setCellContents({ sheet: id, row, col: start }, [run]);
        run = [];
      };
      inputs.forEach((input, c) => {
        const col = left + c;
        const parsed = this.parse(sheet, row, col, input);
        if (parsed.kind === "unchanged") {
          flush();
          return;
        }
        if (run.length === 0) start = col;
        const format = formatAfterEntry(parsed, this.format(sheet, row, col));
        if (format === GENERAL) formats.delete(key(row, col));
        else formats.set(key(row, col), format);
        run.push(engineContent(parsed));
      });
      flush();
    });
  }

  /** Clear contents and formats of a range (Range.clear("All")). */
  clear(sheet: string, range: RangeRef): void {
    const id = this.sheetId(sheet);
    const { height, width } = this.engine.getSheetDimensions(id);
    const bottom = Math.min(range.bottom, height - 1);
    const right = Math.min(range.right, width - 1);
    if (bottom >= range.top && right >= range.left) {
      const empty = Array.from({ length: bottom - range.top + 1 }, () =>
        Array<null>(right - range.left + 1).fill(null)
      );
      this.engine.setCellContents({ sheet: id, row: range.top, col: range.left }, empty);
    }
    this.setFormat(sheet, range, "");
  }

  private address(sheet: string, row: number, col: number): SimpleCellAddress {
    return { sheet: this.sheetId(sheet), row, col };
  }

  /** The computed value (Range.values: errors as their text there; here as { error }). */
  value(sheet: string, row: number, col: number): Shown {
    const at = this.address(sheet, row, col);
    // Inside a batch (a request being applied) results are computed on demand.
    const suspended = this.engine.isEvaluationSuspended();
    if (suspended) this.engine.resumeEvaluation();
    const v = this.engine.getCellValue(at);
    if (suspended) this.engine.suspendEvaluation();
    // A formula never shows nothing in Excel: =A1 of an empty A1 is 0 (HyperFormula gives null).
    if (v === null && this.engine.doesCellHaveFormula(at)) return 0;
    if (v === null || typeof v !== "object") return v;
    return { error: (v as { value: string }).value };
  }

  /** The formula of a formula cell, else undefined. */
  formula(sheet: string, row: number, col: number): string | undefined {
    const at = this.address(sheet, row, col);
    return this.engine.doesCellHaveFormula(at) ? this.engine.getCellFormula(at) : undefined;
  }

  /** What Range.valueTypes reads: "Empty" for an empty cell (a formula's "" is a "String"). */
  valueType(sheet: string, row: number, col: number): string {
    const v = this.value(sheet, row, col);
    if (v === null) return "Empty";
    if (typeof v === "object") return "Error";
    return typeof v === "string" ? "String" : typeof v === "boolean" ? "Boolean" : "Double";
  }

  /** What Range.formulas reads: the formula, or the constant (text without its apostrophe). */
  formulaOrValue(sheet: string, row: number, col: number): string | number | boolean {
    const formula = this.formula(sheet, row, col);
    if (formula !== undefined) return formula;
    const v = this.value(sheet, row, col);
    return v === null ? "" : typeof v === "object" ? v.error : v;
  }

  /** The displayed text (Range.text). */
  text(sheet: string, row: number, col: number): string {
    return formatValue(this.value(sheet, row, col), this.format(sheet, row, col));
  }

  /**
   * Make a table's header row text, as Excel does when a table is added: each header becomes its
   * displayed text (a formula becomes its result), a blank one "Column1", "Column2"…, and a
   * repeated one gets a number ("Notes2"), since Excel keeps header names unique.
   */
  headerToText(sheet: string, row: number, left: number, right: number): void {
    const seen = new Set<string>();
    const names: string[] = [];
    for (let col = left; col <= right; col++) {
      let name = this.text(sheet, row, col) || `Column${col - left + 1}`;
      if (seen.has(name.toLowerCase())) {
        let n = 2;
        while (seen.has(`${name}${n}`.toLowerCase())) n++;
        name = `${name}${n}`;
      }
      seen.add(name.toLowerCase());
      names.push(`'${name}`);
    }
    this.setFormat(sheet, { top: row, left, bottom: row, right }, "");
    this.enter(sheet, row, left, [names]);
  }
}

/** A parsed entry as HyperFormula content (text with an apostrophe, which it also honours). */
function engineContent(parsed: ParsedInput): RawCellContent {
  switch (parsed.kind) {
    case "text":
      return `'${parsed.text}`;
    case "number":
    case "boolean":
      return parsed.value;
    case "error":
      return parsed.code;
    case "formula":
      return parsed.formula;
    default:
      return null;
  }
}
