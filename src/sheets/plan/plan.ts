/**
 * Sheet plans: a declarative, JSON-serialisable description of a sheet the add-in creates.
 * Blueprints (pure functions in src/sheets/) build plans; src/excel/ writes them to Excel and the
 * workbench writes them to its in-browser workbook; tests evaluate them in HyperFormula.
 *
 * Text in `cells` is always a value: the writers store it as text whatever it looks like (a
 * provider called "=HYPERLINK(...)", "2024", "TRUE" or "Jan 2026" stays that text; see cellInput in
 * ./apply.ts). Only `{ formula }` cells are formulas, and blueprints build those from cell
 * references, never from user text.
 */
import { sheetPrefix } from "../../formula/formula";
import {
  cellAddress,
  contains,
  isRange,
  overlaps,
  parseCell,
  parseRange,
  rangeAt,
  rangeSize,
  RangeRef,
} from "../../formula/a1";

/** A value a user typed, with the number format it showed in (a date typed as "3/4" stays a date). */
export interface TypedValue {
  value: number;
  format: string;
}

/**
 * A formula; one whose result is an array spills over `spill` (its own cell included), which must
 * stay empty: Excel shows #SPILL! when anything is in the way, and refuses a spill inside a table.
 */
export interface FormulaCell {
  formula: string;
  spill?: { rows: number; columns: number };
}

/**
 * A cell of a block: a value (text, number, boolean), a formula, a typed value with its format, or
 * null (left empty).
 */
export type PlanCell = string | number | boolean | null | FormulaCell | TypedValue;

/** A rectangle of cells whose top-left cell is `at`. */
export interface Block {
  at: string;
  cells: PlanCell[][];
}

/** How a cell looks: inputs (typed by the user) are visibly different from computed cells. */
export type CellStyle = "title" | "header" | "label" | "input" | "computed" | "note" | "total";

export interface Table {
  /** Workbook-unique in Excel: writers add a suffix when the name is taken. */
  name: string;
  /** Header row included. */
  range: string;
  style?: string;
}

export type ValidationRule =
  | { kind: "list"; values: string[] }
  | { kind: "decimal" | "wholeNumber"; min: number; max: number };

export interface Validation {
  range: string;
  rule: ValidationRule;
  /** Shown when a user types something the rule rejects. */
  message: string;
}

export type ConditionalRule =
  | { kind: "colorScale"; min: string; mid?: string; max: string }
  /** The cell's value is this text, as a whole (case-insensitive, as Excel's "=" compares). */
  | { kind: "textEquals"; text: string; fill: string; font: string }
  /** The cell's value is a number from min to max. */
  | { kind: "between"; min: number; max: number; fill: string; font: string };

export interface ConditionalFormat {
  range: string;
  rule: ConditionalRule;
}

export interface DefinedName {
  /** Sheet-scoped, so several copies of a sheet can coexist. */
  name: string;
  range: string;
}

export interface Chart {
  type: "bar" | "column" | "line";
  title: string;
  /** Category labels (one row or column). */
  categories: string;
  /** A series of a column or bar chart can be drawn as a line instead (a cap, a target). */
  series: { name: string; values: string; type?: "line" }[];
  /** Where the chart sits: its top-left and bottom-right cells. */
  from: string;
  to: string;
}

export interface SheetPlan {
  /** What the sheet is ("function-examples", "scorecard", …): recorded so the add-in can find it. */
  kind: string;
  /** Layout version of that kind, for reading the sheet back. */
  version: number;
  /** The sheet name wanted; a name in use gets " (2)", " (3)", … */
  name: string;
  blocks: Block[];
  numberFormats: { range: string; format: string }[];
  styles: { range: string; style: CellStyle }[];
  tables: Table[];
  validations: Validation[];
  conditionalFormats: ConditionalFormat[];
  names: DefinedName[];
  freeze?: { rows: number; columns: number };
  /** Column widths in points. */
  columnWidths: { column: string; width: number }[];
  charts: Chart[];
  /** Other sheets its formulas may reference. */
  references?: string[];
  /** Page setup: orientation, and fit to one page wide. */
  print?: { orientation: "portrait" | "landscape"; fitToOnePageWide: boolean };
  /** Settings of the blueprint that cells do not show (score scale…), kept with the sheet. */
  settings?: Record<string, string | number | boolean>;
  /**
   * The add-in keeps no record of the sheet (a portable copy): it is the user's from the start,
   * and the add-in never finds, edits or rebuilds it.
   */
  unowned?: boolean;
}

/** An empty plan to fill in. */
export function emptyPlan(kind: string, name: string, version = 1): SheetPlan {
  return {
    kind,
    version,
    name,
    blocks: [],
    numberFormats: [],
    styles: [],
    tables: [],
    validations: [],
    conditionalFormats: [],
    names: [],
    columnWidths: [],
    charts: [],
  };
}

export function isFormula(cell: PlanCell): cell is FormulaCell {
  return typeof cell === "object" && cell !== null && "formula" in cell;
}

export function isTypedValue(cell: PlanCell): cell is TypedValue {
  return typeof cell === "object" && cell !== null && "format" in cell;
}

/** A cell's value without the format it was typed with. */
export function plainValue(cell: PlanCell): PlanCell {
  return isTypedValue(cell) ? cell.value : cell;
}

/** Where each spilling formula of the plan spills (its own cell included). */
export function spillRanges(plan: SheetPlan): RangeRef[] {
  const ranges: RangeRef[] = [];
  for (const { row, col, cell } of planCells(plan))
    if (isFormula(cell) && cell.spill)
      ranges.push({
        top: row,
        left: col,
        bottom: row + cell.spill.rows - 1,
        right: col + cell.spill.columns - 1,
      });
  return ranges;
}

/** The range a block covers. */
export function blockRange(block: Block): RangeRef {
  return rangeAt(block.at, block.cells.length, Math.max(0, ...block.cells.map((r) => r.length)));
}

/** Every cell of the plan with its 0-based position (blocks never overlap, so each cell once). */
export function* planCells(
  plan: SheetPlan
): Generator<{ row: number; col: number; cell: PlanCell }> {
  for (const block of plan.blocks) {
    const origin = parseCell(block.at);
    for (let r = 0; r < block.cells.length; r++) {
      const row = block.cells[r];
      for (let c = 0; c < row.length; c++)
        yield { row: origin.row + r, col: origin.col + c, cell: row[c] };
    }
  }
}

const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/;
/** Excel's limits: characters in a cell, and in a formula. */
export const MAX_CELL_TEXT = 32767;
export const MAX_FORMULA = 8192;
const NAME = /^[A-Za-z_][A-Za-z0-9_.]*$/;
/** 'Sheet name'!A1 or Sheet!A1 references inside a formula. */
const SHEET_REFERENCE = /(?:'((?:[^']|'')+)'|([A-Za-z_][A-Za-z0-9_.]*))!/g;

/** The sheets a formula refers to (text literals aside), by name. */
export function referencedSheets(formula: string): string[] {
  const names = [...formula.replace(/"(?:[^"]|"")*"/g, '""').matchAll(SHEET_REFERENCE)].map((m) =>
    (m[1] ?? m[2]).replace(/''/g, "'")
  );
  return [...new Set(names)];
}

/**
 * Check a plan; returns the problems found (empty when valid): sheet and object names, ranges,
 * overlapping blocks or tables, formulas that reference sheets the plan does not name, values
 * that are not plain data.
 */
export function validatePlan(plan: SheetPlan): string[] {
  const problems: string[] = [];
  const checkRange = (what: string, address: string) => {
    if (!isRange(address)) problems.push(`${what}: '${address}' is not an A1 range`);
  };

  if (
    !plan.name ||
    plan.name.length > 31 ||
    SHEET_NAME_FORBIDDEN.test(plan.name) ||
    /^'|'$/.test(plan.name)
  ) {
    problems.push(`sheet name '${plan.name}' is not a valid Excel sheet name`);
  }

  const blockRanges: RangeRef[] = [];
  plan.blocks.forEach((block, i) => {
    if (!isRange(block.at))
      return problems.push(`block ${i + 1}: '${block.at}' is not a cell address`);
    const range = blockRange(block);
    blockRanges.forEach((other, j) => {
      if (overlaps(range, other)) problems.push(`block ${i + 1} overlaps block ${j + 1}`);
    });
    blockRanges.push(range);
  });

  const allowedSheets = new Set([plan.name, ...(plan.references ?? [])]);
  for (const { row, col, cell } of planCells(plan)) {
    const where = `cell ${cellAddress(row, col)}`;
    if (isFormula(cell)) {
      if (typeof cell.formula !== "string" || !cell.formula.startsWith("="))
        problems.push(`${where}: a formula must start with "="`);
      else if (cell.formula.length > MAX_FORMULA)
        problems.push(`${where}: a formula longer than ${MAX_FORMULA} characters`);
      for (const sheet of referencedSheets(String(cell.formula))) {
        if (!allowedSheets.has(sheet))
          problems.push(
            `${where}: the formula references sheet '${sheet}', which the plan does not name`
          );
      }
    } else if (isTypedValue(cell)) {
      if (!Number.isFinite(cell.value) || typeof cell.format !== "string")
        problems.push(`${where}: not a typed value`);
    } else if (cell !== null && !["string", "number", "boolean"].includes(typeof cell)) {
      problems.push(`${where}: not a plain value`);
    } else if (typeof cell === "string" && cell.length > MAX_CELL_TEXT) {
      problems.push(`${where}: text longer than ${MAX_CELL_TEXT} characters`);
    } else if (typeof cell === "number" && !Number.isFinite(cell)) {
      problems.push(`${where}: not a finite number`);
    }
  }

  // A spill needs every other cell of its area empty, and no table around it.
  const spills = spillRanges(plan);
  for (const { row, col, cell } of planCells(plan)) {
    if (cell === null) continue;
    const here = { top: row, left: col, bottom: row, right: col };
    spills.forEach((s) => {
      if (contains(s, here) && !(s.top === row && s.left === col))
        problems.push(
          `cell ${cellAddress(row, col)} is in the spill of ${cellAddress(s.top, s.left)}`
        );
    });
  }
  spills.forEach((s) =>
    plan.tables.forEach((t) => {
      if (isRange(t.range) && overlaps(s, parseRange(t.range)))
        problems.push(`the spill of ${cellAddress(s.top, s.left)} is inside table ${t.name}`);
    })
  );

  plan.numberFormats.forEach((f) => checkRange("number format", f.range));
  plan.styles.forEach((s) => checkRange("style", s.range));
  plan.validations.forEach((v) => checkRange("validation", v.range));
  plan.conditionalFormats.forEach((c) => checkRange("conditional format", c.range));

  const tableRanges: RangeRef[] = [];
  const tableNames = new Set<string>();
  plan.tables.forEach((t) => {
    if (!NAME.test(t.name) || /^[A-Za-z]{1,3}[0-9]+$/.test(t.name))
      problems.push(`table name '${t.name}' is not valid`);
    if (tableNames.has(t.name)) problems.push(`table name '${t.name}' is used twice`);
    tableNames.add(t.name);
    if (!isRange(t.range)) return problems.push(`table ${t.name}: '${t.range}' is not an A1 range`);
    const r = parseRange(t.range);
    if (rangeSize(r).rows < 2)
      problems.push(`table ${t.name}: needs a header row and at least one data row`);
    tableRanges.forEach((other) => {
      if (overlaps(r, other)) problems.push(`table ${t.name} overlaps another table`);
    });
    tableRanges.push(r);
    if (!blockRanges.some((b) => contains(b, { ...r, bottom: r.top })))
      problems.push(`table ${t.name}: its header row is not written by the plan`);
  });

  const names = new Set<string>();
  plan.names.forEach((n) => {
    if (!NAME.test(n.name) || /^[A-Za-z]{1,3}[0-9]+$/.test(n.name) || /^[RC]$/i.test(n.name))
      problems.push(`name '${n.name}' is not a valid Excel name`);
    if (names.has(n.name)) problems.push(`name '${n.name}' is defined twice`);
    names.add(n.name);
    checkRange(`name ${n.name}`, n.range);
  });

  plan.charts.forEach((c, i) => {
    checkRange(`chart ${i + 1} categories`, c.categories);
    c.series.forEach((s) => checkRange(`chart ${i + 1} series ${s.name}`, s.values));
    checkRange(`chart ${i + 1} position`, `${c.from}:${c.to}`);
  });

  try {
    JSON.stringify(plan);
  } catch {
    problems.push("the plan is not JSON-serialisable");
  }
  return problems;
}

/** Throws when the plan is invalid: blueprints call this before handing a plan to a writer. */
export function checkedPlan(plan: SheetPlan): SheetPlan {
  const problems = validatePlan(plan);
  if (problems.length > 0)
    throw new Error(`invalid sheet plan '${plan.name}': ${problems.join("; ")}`);
  return plan;
}

/**
 * The plan with its name and its formulas' sheet references renamed (old name → new name), for
 * when a writer had to give sheets of one action other names than planned.
 */
export function renameSheetReferences(
  plan: SheetPlan,
  renames: ReadonlyMap<string, string>
): SheetPlan {
  const changed = [...renames].filter(([from, to]) => from !== to);
  const rename = (formula: string) =>
    formula.replace(
      SHEET_REFERENCE,
      (whole, quoted: string | undefined, bare: string | undefined) => {
        const name = (quoted ?? bare ?? "").replace(/''/g, "'");
        const to = changed.find(([from]) => from === name)?.[1];
        return to === undefined ? whole : sheetPrefix(to);
      }
    );
  return {
    ...plan,
    name: renames.get(plan.name) ?? plan.name,
    references: plan.references?.map((r) => renames.get(r) ?? r),
    blocks:
      changed.length === 0
        ? plan.blocks
        : plan.blocks.map((b) => ({
            ...b,
            cells: b.cells.map((row) =>
              row.map((c) => (isFormula(c) ? { formula: rename(c.formula) } : c))
            ),
          })),
  };
}
