/**
 * What the add-in records on a sheet it makes (a worksheet custom property), and what it reads
 * back before changing one. Both writers (Excel, the workbench) use these, so a sheet made in one
 * behaves the same in the other.
 */
import { cellAddress, contains, parseRange, rangeAddress } from "../../formula/a1";
import { blockRange, PlanCell, planCells, SheetPlan, spillRanges } from "./plan";

/** The worksheet custom property that marks a sheet as the add-in's. */
export const OWNER_PROPERTY = "MSPScorecard";

export interface OwnerRecord {
  kind: string;
  version: number;
  /** The ranges the add-in wrote (comma-separated A1 ranges). */
  owned: string;
  /** The plan's table names → the names the tables got in the workbook. */
  tables: Record<string, string>;
  /** Sheet-scoped names it defined. */
  names: string[];
  /** Charts it added, by name. */
  charts: string[];
  /** The plan's settings (score scale…). */
  settings: Record<string, string | number | boolean>;
  /** The other sheets made in the same action (a scorecard's AHP sheet), by their names then. */
  companions: string[];
}

/**
 * Every range the plan writes into — cells, and the formatted areas where its formulas spill —
 * each once (ranges inside another are left out).
 */
export function ownedRanges(plan: SheetPlan): string[] {
  const ranges = [
    ...plan.blocks.map(blockRange),
    ...spillRanges(plan),
    ...[...plan.styles, ...plan.numberFormats, ...plan.names, ...plan.tables].map((x) =>
      parseRange(x.range)
    ),
  ];
  const kept = ranges.filter(
    (r, i) => !ranges.some((o, j) => j !== i && contains(o, r) && (!contains(r, o) || j < i))
  );
  return kept.map(rangeAddress);
}

/** The name the add-in gives the i-th chart of a sheet. */
export const chartName = (i: number) => `MSP_Chart_${i + 1}`;

export function ownerRecord(
  plan: SheetPlan,
  tableNames: ReadonlyMap<string, string> = new Map(),
  companions: string[] = []
): OwnerRecord {
  return {
    kind: plan.kind,
    version: plan.version,
    owned: ownedRanges(plan).join(","),
    tables: Object.fromEntries(plan.tables.map((t) => [t.name, tableNames.get(t.name) ?? t.name])),
    names: plan.names.map((n) => n.name),
    charts: plan.charts.map((_, i) => chartName(i)),
    settings: plan.settings ?? {},
    companions,
  };
}

export function parseOwnerRecord(text: string | undefined | null): OwnerRecord | null {
  if (!text) return null;
  try {
    const r = JSON.parse(text);
    return typeof r?.kind === "string"
      ? { tables: {}, names: [], charts: [], settings: {}, companions: [], ...r }
      : null;
  } catch {
    return null;
  }
}

/**
 * The settings recorded with a sheet of at least layout `version`: what a reader needs to find
 * everything by position. A sheet from an earlier layout, or whose record is missing, stops the
 * action with a message instead of being misread.
 */
export function recordedSettings(
  s: SheetSnapshot,
  what: string,
  version: number
): Record<string, string | number | boolean> {
  if (!s.record) throw new Error(`Sheet '${s.name}' was not made by MSP Scorecard.`);
  if (s.record.version < version)
    throw new Error(
      `'${s.name}' is a ${what} from an earlier version of MSP Scorecard: create a new one to keep editing it here.`
    );
  return s.record.settings;
}

/** A sheet as read back: its record (null when the add-in did not make it) and its cells from A1. */
export interface SheetSnapshot {
  name: string;
  record: OwnerRecord | null;
  /** Computed values, rows × columns from A1 ("" for empty cells). */
  values: unknown[][];
  /** Formulas, or the constant typed, from A1. */
  formulas: unknown[][];
  /** Number formats from A1 (Excel's "General" where none was set). */
  formats?: unknown[][];
  /** Excel's value types from A1: "Empty" tells an empty cell from a formula's "" ("String"). */
  types?: unknown[][];
}

/** The value at (row, col) of a snapshot, "" beyond its used range. */
export function snapshotValue(s: SheetSnapshot, row: number, col: number): unknown {
  return s.values[row]?.[col] ?? "";
}

/** The formula (or typed constant) at (row, col), "" beyond the used range. */
export function snapshotFormula(s: SheetSnapshot, row: number, col: number): unknown {
  return s.formulas[row]?.[col] ?? "";
}

/** A value as trimmed text ("" for empty). */
export function asText(v: unknown): string {
  return (v === null || v === undefined ? "" : String(v)).trim();
}

/** A cell's text, trimmed ("" for empty). */
export function cellText(s: SheetSnapshot, row: number, col: number): string {
  return asText(snapshotValue(s, row, col));
}

/** Whether a number format shows dates or times (y, m, d, h or s outside quotes and brackets). */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== "string") return false;
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return /[ymdhs]/i.test(bare) && !/^general$/i.test(bare);
}

/**
 * A cell as the user typed it, to carry into a rebuilt sheet: a formula they wrote (text that
 * looks like a formula is told apart by its value), a value — a number with the format it shows
 * in (a date stays a date, "10%" stays 10%) — or null when empty.
 */
export function typedCell(s: SheetSnapshot, row: number, col: number): PlanCell {
  const value = snapshotValue(s, row, col);
  const formula = snapshotFormula(s, row, col);
  if (typeof formula === "string" && formula.startsWith("=") && formula !== value)
    return { formula };
  if (value === "" || value === null || value === undefined) return null;
  const format = s.formats?.[row]?.[col];
  if (typeof value === "number" && typeof format === "string" && !/^general$/i.test(format))
    return { value, format };
  return typeof value === "number" || typeof value === "boolean" ? value : String(value);
}

/** Grids from a used range whose top-left cell is (top, left): padded so they start at A1. */
export function gridFromA1(top: number, left: number, grid: unknown[][]): unknown[][] {
  return [
    ...Array.from({ length: top }, () => []),
    ...grid.map((row) => [...Array(left).fill(""), ...row]),
  ];
}

/**
 * The first cell the plan would write — or spill into — that holds something the add-in did not
 * write (outside the ranges its record owns), as a message for the user; null when the plan can
 * go ahead.
 */
export function firstCollision(snapshot: SheetSnapshot, plan: SheetPlan): string | null {
  const owned = (snapshot.record?.owned ?? "").split(",").filter(Boolean).map(parseRange);
  // Every cell the plan writes, and every cell its formulas spill into.
  const written = [...planCells(plan)].filter(({ cell }) => cell !== null);
  const spilled = spillRanges(plan).flatMap((s) => {
    const cells: { row: number; col: number }[] = [];
    for (let row = s.top; row <= s.bottom; row++)
      for (let col = s.left; col <= s.right; col++) cells.push({ row, col });
    return cells;
  });
  for (const { row, col } of [...written, ...spilled]) {
    const value = snapshotValue(snapshot, row, col);
    if (value === "" || value === null || value === undefined) continue;
    const here = { top: row, left: col, bottom: row, right: col };
    if (!owned.some((o) => contains(o, here))) {
      return `Cell ${snapshot.name}!${cellAddress(row, col)} holds "${String(value)}", which MSP Scorecard did not write: move it and try again.`;
    }
  }
  return null;
}
