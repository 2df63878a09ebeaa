/**
 * The one small builder every blueprint writes its plan with: put a block of cells, a formula that
 * spills, a style, a number format, a name, a table, a rule — by 0-based row and column — and
 * formulas assembled from named pieces (`call`, `iff`, `ref`) rather than long concatenated
 * strings.
 */
import { cellAddress, columnName, rangeAddress, RangeRef } from "../../formula/a1";
import {
  CellStyle,
  checkedPlan,
  ConditionalRule,
  emptyPlan,
  PlanCell,
  SheetPlan,
  ValidationRule,
} from "./plan";

/** A rectangle by its 0-based corners; one cell when bottom/right are left out. */
export const area = (top: number, left: number, bottom = top, right = left): RangeRef => ({
  top,
  left,
  bottom,
  right,
});

/** "B3:D3", or "B3" for one cell. */
export const a1 = (r: RangeRef): string => rangeAddress(r);

/** "$B$3": an absolute reference to one cell. */
export const abs = (row: number, col: number): string => `$${columnName(col)}$${row + 1}`;

/** A formula piece calling a function: call("MSP.KPI.STATUS", a, b) → MSP.KPI.STATUS(a,b). */
export const call = (fn: string, ...args: (string | number)[]): string =>
  `${fn}(${args.join(",")})`;

/** IF(condition, then, otherwise). */
export const iff = (condition: string, then: string | number, otherwise: string | number) =>
  call("IF", condition, then, otherwise);

/** A text literal inside a formula ("" doubled). */
export const text = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/** The empty text "" (what a blank result shows). */
export const BLANK = '""';

/** A formula cell from a formula piece. */
export const formula = (piece: string): PlanCell => ({ formula: `=${piece}` });

export class SheetBuilder {
  readonly plan: SheetPlan;

  constructor(kind: string, name: string, version = 1) {
    this.plan = emptyPlan(kind, name, version);
  }

  /** Cells with (row, col) as their top-left cell. */
  put(row: number, col: number, cells: PlanCell[][]): this {
    this.plan.blocks.push({ at: cellAddress(row, col), cells });
    return this;
  }

  /** One row of cells from (row, col). */
  row(row: number, col: number, cells: PlanCell[]): this {
    return this.put(row, col, [cells]);
  }

  /**
   * A formula at (row, col) whose result spills over `rows` × `columns` cells: the plan owns the
   * whole area (its formats, and the check that nothing of a user's is in the way).
   */
  spill(row: number, col: number, piece: string, rows: number, columns: number): this {
    this.put(row, col, [[{ formula: `=${piece}`, spill: { rows, columns } }]]);
    return this;
  }

  style(range: RangeRef, style: CellStyle): this {
    this.plan.styles.push({ range: a1(range), style });
    return this;
  }

  format(range: RangeRef, format: string): this {
    this.plan.numberFormats.push({ range: a1(range), format });
    return this;
  }

  name(name: string, range: RangeRef): this {
    this.plan.names.push({ name, range: a1(range) });
    return this;
  }

  table(name: string, range: RangeRef, style = "TableStyleLight9"): this {
    this.plan.tables.push({ name, range: a1(range), style });
    return this;
  }

  validate(range: RangeRef, rule: ValidationRule, message: string): this {
    this.plan.validations.push({ range: a1(range), rule, message });
    return this;
  }

  conditional(range: RangeRef, rule: ConditionalRule): this {
    this.plan.conditionalFormats.push({ range: a1(range), rule });
    return this;
  }

  /** The plan, checked (blueprints hand nothing invalid to a writer). */
  build(): SheetPlan {
    return checkedPlan(this.plan);
  }
}
