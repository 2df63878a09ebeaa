/**
 * The portable copy of a sheet the add-in made: a new sheet that looks the same, keeps every
 * input, and computes every result with formulas of functions Excel 2016 has — so the provider,
 * an auditor or a colleague on LibreOffice or Google Sheets sees numbers, not #NAME?.
 *
 * - Cells come from the sheet as it is now: inputs as typed (with their number formats), formulas
 *   translated (./translate.ts); a formula that spills becomes one formula per cell.
 * - AHP, TOPSIS and flip-weights results are kept as their current values, with a note beside them.
 * - Values the sheet takes from other sheets (a linked tracker, the AHP weights) are copied below
 *   it, and its formulas point there: the copy stands alone in a new workbook.
 * - Helper cells some translations need sit below, under a heading.
 * - Its first rows say what it is; it carries no record of the add-in's, so the add-in never edits
 *   or rebuilds it.
 */
import { cellAddress, parseRange, RangeRef, rangeAddress } from "../../formula/a1";
import { asText, SheetSnapshot, snapshotFormula, snapshotValue, typedCell } from "../plan/owner";
import { emptyPlan, isFormula, PlanCell, SheetPlan, spillRanges } from "../plan/plan";
import { moveRows, Ref, refText, sheetPrefix } from "../../formula/formula";
import { Helpers, Operand } from "./native";
import { translateFormula } from "./translate";

export const PORTABLE_KIND = "portable-copy";
/** Rows the copy's explanation takes above the sheet's own content. */
export const HEADER_ROWS = 4;
/** Columns where helper and copied cells start (labels in column A). */
const HELPER_COL = 1;

export interface PortableSource {
  /** The sheet, as read now. */
  sheet: SheetSnapshot;
  /** The plan it was made from, rebuilt (its styles, tables, rules, widths, charts); null if unknown. */
  plan: SheetPlan | null;
  /** Every other sheet its formulas refer to, as read now. */
  others: SheetSnapshot[];
  /** When the copy is made, as shown in it ("2026-11-22 10:15"). */
  madeAt: string;
}

/** A range of the copy whose values are kept, and what it is. */
interface Frozen {
  range: RangeRef;
  label: string;
}

/** The name of the portable copy of `name`: "<name> (portable)", within Excel's 31 characters. */
function portableName(name: string): string {
  const suffix = " (portable)";
  return `${name.slice(0, 31 - suffix.length).trimEnd()}${suffix}`;
}

export function portablePlan({ sheet, plan, others, madeAt }: PortableSource): SheetPlan {
  const cells = new Map<string, PlanCell>();
  const put = (row: number, col: number, cell: PlanCell) => cells.set(`${row},${col}`, cell);
  const height = Math.max(sheet.formulas.length, sheet.values.length, extent(plan).rows);
  const width = Math.max(
    ...[...sheet.formulas, ...sheet.values].map((r) => r.length),
    extent(plan).columns
  );
  // Cells a formula spills into: from the plan, or as the translation finds them.
  const spills = plan ? spillRanges(plan) : [];
  const covered = new Set<string>();
  const cover = (r: RangeRef) => {
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++)
        if (row !== r.top || col !== r.left) covered.add(`${row},${col}`);
  };
  spills.forEach(cover);

  // Below the content: copied values, then helper cells, each row labelled in column A.
  let next = height + 1;
  const area: { row: number; cells: PlanCell[] }[] = [];
  const addRow = (label: string, row: PlanCell[]) => {
    area.push({ row: next, cells: [label, ...row] });
    return next++;
  };
  const copies = new Map<string, Ref>();
  const local = (ref: Ref): Ref => {
    const key = refText(ref);
    const known = copies.get(key);
    if (known) return known;
    const source = others.find((o) => o.name === ref.sheet);
    if (!source)
      throw new Error(
        `'${sheet.name}' refers to sheet '${ref.sheet}', which is not in the workbook.`
      );
    const { top, left, bottom, right } = ref.range;
    let first = -1;
    for (let r = top; r <= bottom; r++) {
      const row: PlanCell[] = [];
      for (let c = left; c <= right; c++) row.push(valueCell(source, r, c));
      const at = addRow(
        r === top ? `Values of ${sheetPrefix(ref.sheet!)}${rangeAddress(ref.range)}` : "",
        row
      );
      if (first < 0) first = at;
    }
    const copy: Ref = {
      t: "ref",
      range: {
        top: first,
        left: HELPER_COL,
        bottom: first + bottom - top,
        right: HELPER_COL + right - left,
      },
      abs: [true, true, true, true],
      single: top === bottom && left === right,
    };
    copies.set(key, copy);
    return copy;
  };

  const frozen: Frozen[] = [];
  const helperRows: { label: string; formulas: string[] }[] = [];
  for (let row = 0; row < height; row++) {
    for (let col = 0; col < width; col++) {
      if (covered.has(`${row},${col}`)) continue;
      const cell = typedCell(sheet, row, col);
      if (!isFormula(cell)) {
        if (cell !== null) put(row, col, cell);
        continue;
      }
      const declared = spills.find((s) => s.top === row && s.left === col);
      const address = cellAddress(row, col);
      const helpers: Helpers = {
        row: (label, formulas) => {
          // One row for identical helpers (the same direction cell read by several calls).
          const same = helperRows.findIndex(
            (h) =>
              h.formulas.length === formulas.length && h.formulas.every((f, k) => f === formulas[k])
          );
          if (same >= 0) return pendingRow(same, formulas.length);
          helperRows.push({ label: `${label}, for ${address}`, formulas });
          return pendingRow(helperRows.length - 1, formulas.length);
        },
      };
      const result = translateFormula(
        cell.formula,
        declared ? { rows: declared.bottom - row + 1, columns: declared.right - col + 1 } : null,
        { sheet: sheet.name, helpers, local }
      );
      const rows =
        result.kind === "formulas" ? result.cells.length : declared ? declared.bottom - row + 1 : 1;
      const columns =
        result.kind === "formulas"
          ? result.cells[0].length
          : declared
            ? declared.right - col + 1
            : 1;
      cover({ top: row, left: col, bottom: row + rows - 1, right: col + columns - 1 });
      if (result.kind === "frozen") {
        for (let i = 0; i < rows; i++)
          for (let j = 0; j < columns; j++)
            put(row + i, col + j, valueCell(sheet, row + i, col + j));
        frozen.push({
          range: { top: row, left: col, bottom: row + rows - 1, right: col + columns - 1 },
          label: frozenLabel(sheet, row, col, String(snapshotFormula(sheet, row, col))),
        });
      } else {
        result.cells.forEach((r, i) => r.forEach((f, j) => put(row + i, col + j, { formula: f })));
      }
    }
  }

  // Helper rows go after the copied values; their placeholders become real addresses.
  const helperTop = next + (helperRows.length ? 1 : 0);
  if (helperRows.length) {
    area.push({ row: next, cells: ["Helper cells of this copy's formulas (do not edit)"] });
    next++;
  }
  const helperAt = (i: number) => helperTop + i;
  helperRows.forEach((h, i) =>
    area.push({
      row: helperAt(i),
      cells: [h.label, ...h.formulas.map((f) => ({ formula: `=${resolve(f, helperAt)}` }))],
    })
  );
  for (const [key, cell] of cells)
    if (isFormula(cell)) cells.set(key, { formula: resolve(cell.formula, helperAt) });

  // The plan: the explanation, then everything moved down HEADER_ROWS rows.
  const name = portableName(sheet.name);
  const out = emptyPlan(PORTABLE_KIND, name);
  out.unowned = true;
  const down = (r: RangeRef): RangeRef => ({
    ...r,
    top: r.top + HEADER_ROWS,
    bottom: r.bottom + HEADER_ROWS,
  });
  const moveRange = (address: string) => rangeAddress(down(parseRange(address)));
  const move = (cell: PlanCell): PlanCell =>
    isFormula(cell) ? { formula: moveRows(cell.formula, HEADER_ROWS) } : cell;

  const header = explanation(sheet.name, madeAt, frozen, copies.size > 0);
  out.blocks.push({ at: "A1", cells: header.map((line) => [line]) });
  out.styles.push({ range: `A1:A${header.length}`, style: "note" });
  for (const row of rowsOf(cells)) {
    out.blocks.push({
      at: cellAddress(row.row + HEADER_ROWS, row.left),
      cells: [row.cells.map(move)],
    });
  }
  for (const a of area) {
    out.blocks.push({ at: cellAddress(a.row + HEADER_ROWS, 0), cells: [a.cells.map(move)] });
    out.styles.push({ range: cellAddress(a.row + HEADER_ROWS, 0), style: "note" });
  }
  // A note beside each kept range.
  for (const f of frozen) {
    const spot = besideFrozen(f.range, cells, width);
    if (spot)
      out.blocks.push({
        at: cellAddress(spot.row + HEADER_ROWS, spot.col),
        cells: [[`Values as of ${madeAt}; recompute in the add-in`]],
      });
    if (spot)
      out.styles.push({ range: cellAddress(spot.row + HEADER_ROWS, spot.col), style: "note" });
  }

  out.numberFormats = formatRanges(sheet).map((f) => ({ ...f, range: moveRange(f.range) }));
  if (plan) {
    out.styles.push(...plan.styles.map((s) => ({ ...s, range: moveRange(s.range) })));
    out.tables = plan.tables.map((t) => ({ ...t, range: moveRange(t.range) }));
    out.validations = plan.validations.map((v) => ({ ...v, range: moveRange(v.range) }));
    out.conditionalFormats = plan.conditionalFormats.map((c) => ({
      ...c,
      range: moveRange(c.range),
    }));
    out.columnWidths = plan.columnWidths;
    out.charts = plan.charts.map((c) => ({
      ...c,
      categories: moveRange(c.categories),
      series: c.series.map((s) => ({ ...s, values: moveRange(s.values) })),
      from: moveRange(c.from),
      to: moveRange(c.to),
    }));
    if (plan.freeze) out.freeze = { ...plan.freeze, rows: plan.freeze.rows + HEADER_ROWS };
    if (plan.print) out.print = plan.print;
  }
  return out;
}

/** What the copy's first rows say. */
function explanation(name: string, madeAt: string, frozen: Frozen[], copied: boolean): string[] {
  return [
    `Portable copy of '${name}', made ${madeAt} by MSP Scorecard. Every result is a formula of functions Excel 2016 has: it computes in Excel, LibreOffice and Google Sheets without the add-in.`,
    frozen.length === 0
      ? "Nothing is kept as a value: every result recomputes when an input changes."
      : `Kept as values as of ${madeAt} (recompute them in the add-in): ${frozen.map((f) => f.label).join("; ")}.`,
    copied
      ? `Values this sheet takes from other sheets are copied below it as of ${madeAt}, so the copy stands alone.`
      : "To send it: right-click its tab > Move or Copy > (new book) > Create a copy > OK, then save that workbook.",
  ];
}

/** "TOPSIS closeness (C40:E40)": the row's or column's label and the range kept. */
function frozenLabel(sheet: SheetSnapshot, row: number, col: number, formula: string): string {
  const fn = /MSP\.(AHP\.WEIGHTS|AHP\.CR|AHP\.COMBINE|TOPSIS|FLIPWEIGHTS)/.exec(formula)?.[1] ?? "";
  return `MSP.${fn} at ${cellAddress(row + HEADER_ROWS, col)}${rowLabel(sheet, row, col)}`;
}

/** " (Weighted total)": the text at the start of the row, when there is one. */
function rowLabel(sheet: SheetSnapshot, row: number, col: number): string {
  for (let c = col - 1; c >= 0; c--) {
    const t = asText(snapshotValue(sheet, row, c));
    if (t && typeof snapshotValue(sheet, row, c) === "string") return ` (${t})`;
  }
  return "";
}

/**
 * A cell's current value as a plain value (a number keeps its format), for kept and copied values.
 * A formula's "" stays "" (as the formula =""): an empty cell would read as 0 in a formula.
 */
function valueCell(s: SheetSnapshot, row: number, col: number): PlanCell {
  const value = snapshotValue(s, row, col);
  if (value === "" || value === null || value === undefined) {
    const type = s.types?.[row]?.[col];
    const formula = snapshotFormula(s, row, col);
    const text =
      type === undefined
        ? typeof formula === "string" && formula.startsWith("=")
        : type === "String";
    return text ? { formula: '=""' } : null;
  }
  const format = s.formats?.[row]?.[col];
  if (typeof value === "number")
    return typeof format === "string" && !/^general$/i.test(format) ? { value, format } : value;
  return typeof value === "boolean" ? value : String(value);
}

/** The rows × columns a plan covers. */
function extent(plan: SheetPlan | null): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  for (const block of plan?.blocks ?? []) {
    const r = parseRange(block.at);
    rows = Math.max(rows, r.top + block.cells.length);
    columns = Math.max(columns, r.left + Math.max(0, ...block.cells.map((c) => c.length)));
  }
  for (const s of plan ? spillRanges(plan) : []) {
    rows = Math.max(rows, s.bottom + 1);
    columns = Math.max(columns, s.right + 1);
  }
  return { rows, columns };
}

/** The cells as runs of adjacent cells on one row (one block each). */
function rowsOf(cells: Map<string, PlanCell>): { row: number; left: number; cells: PlanCell[] }[] {
  const byRow = new Map<number, Map<number, PlanCell>>();
  for (const [key, cell] of cells) {
    const [r, c] = key.split(",").map(Number);
    if (!byRow.has(r)) byRow.set(r, new Map());
    byRow.get(r)!.set(c, cell);
  }
  const runs: { row: number; left: number; cells: PlanCell[] }[] = [];
  for (const [row, cols] of [...byRow].sort((a, b) => a[0] - b[0])) {
    const sorted = [...cols.keys()].sort((a, b) => a - b);
    let run: { row: number; left: number; cells: PlanCell[] } | null = null;
    for (const c of sorted) {
      if (run && run.left + run.cells.length === c) run.cells.push(cols.get(c)!);
      else {
        run = { row, left: c, cells: [cols.get(c)!] };
        runs.push(run);
      }
    }
  }
  return runs;
}

/** The first free cell just right of a kept range's top row (within three columns), if any. */
function besideFrozen(
  r: RangeRef,
  cells: Map<string, PlanCell>,
  width: number
): { row: number; col: number } | null {
  for (let col = r.right + 1; col <= r.right + 3; col++) {
    let free = true;
    for (let row = r.top; row <= r.bottom && free; row++)
      if (cells.has(`${row},${col}`) && cells.get(`${row},${col}`) !== null) free = false;
    if (free && (col >= width || !cells.has(`${r.top},${col}`))) return { row: r.top, col };
  }
  return null;
}

/** The sheet's number formats as few ranges: runs on each row, merged down identical rows. */
function formatRanges(s: SheetSnapshot): { range: string; format: string }[] {
  const open: { range: RangeRef; format: string }[] = [];
  const done: { range: RangeRef; format: string }[] = [];
  (s.formats ?? []).forEach((row, r) => {
    const runs: { left: number; right: number; format: string }[] = [];
    row.forEach((f, c) => {
      if (typeof f !== "string" || /^general$/i.test(f)) return;
      const last = runs[runs.length - 1];
      if (last && last.right === c - 1 && last.format === f) last.right = c;
      else runs.push({ left: c, right: c, format: f });
    });
    const still: typeof open = [];
    for (const o of open) {
      const same = runs.findIndex(
        (x) => x.left === o.range.left && x.right === o.range.right && x.format === o.format
      );
      if (same >= 0 && o.range.bottom === r - 1) {
        o.range.bottom = r;
        runs.splice(same, 1);
        still.push(o);
      } else done.push(o);
    }
    for (const x of runs)
      still.push({ range: { top: r, left: x.left, bottom: r, right: x.right }, format: x.format });
    open.splice(0, open.length, ...still);
  });
  return [...done, ...open].map((f) => ({ range: rangeAddress(f.range), format: f.format }));
}

// Helper rows are allocated before their addresses are known: formulas refer to them through
// placeholder names — _hlp_I_K (helper row I, cell K), _hlp_I_A_B (cells A to B) — replaced once
// every helper row is counted.

function pendingRow(i: number, n: number): Operand {
  return {
    text: `_hlp_${i}_0_${n - 1}`,
    rows: 1,
    columns: n,
    omitted: false,
    at: (k) => `_hlp_${i}_${k}`,
    part: (_top, left, _bottom, right) => `_hlp_${i}_${left}_${right}`,
  };
}

function resolve(formula: string, rowOf: (i: number) => number): string {
  return formula.replace(
    /\b_hlp_(\d+)_(\d+)(?:_(\d+))?\b/g,
    (_, i: string, a: string, b?: string) => {
      const row = rowOf(Number(i));
      const cell = (k: number) => cellAddress(row, HELPER_COL + k);
      return b === undefined || a === b ? cell(Number(a)) : `${cell(Number(a))}:${cell(Number(b))}`;
    }
  );
}
