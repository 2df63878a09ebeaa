/**
 * The monthly review pack: one row per KPI for the chosen month — target, actual, status, trend and
 * year to date as of that month — reds first, counts of green / amber / red, and an empty
 * commentary column for the meeting. Every figure is a formula on the tracker, so corrections
 * there flow through; the order (reds first) is the one when the pack was made.
 */
import { cellAddress, columnName, rangeAddress } from "../../formula/a1";
import { SheetBuilder } from "../plan/builder";
import { monthKey, monthLabel } from "./model";
import { readTracker } from "./reader";
import { DEF, kpiFormat, MONTH_COL } from "./tracker";
import { SheetSnapshot, snapshotValue } from "../plan/owner";
import { sheetPrefix } from "../../formula/formula";
import { PlanCell, SheetPlan } from "../plan/plan";
import { RAG } from "../plan/styles";

export const REVIEW_KIND = "kpi-review";
const HEADER_ROW = 5;
const STATUS_ORDER: Record<string, number> = { Red: 0, Amber: 1, Green: 2 };

/** The review for month `month` (0-based) of the tracker read back as `tracker`. */
export function reviewPlan(tracker: SheetSnapshot, month: number): SheetPlan {
  const { config, layout: L } = readTracker(tracker);
  const label = monthLabel(config.firstMonth, month);
  const b = new SheetBuilder(REVIEW_KIND, `Review ${label}`);
  const plan = b.plan;
  const t = sheetPrefix(tracker.name);
  const abs = (row: number, col: number) => `${t}$${columnName(col)}$${row + 1}`;
  const upTo = (row: number) =>
    `${t}$${columnName(MONTH_COL)}$${row + 1}:$${columnName(MONTH_COL + month)}$${row + 1}`;
  const monthCol = MONTH_COL + month;

  // Reds first, as the tracker stands now; KPIs not reported this month last.
  const order = config.kpis
    .map((_, i) => ({
      i,
      rank: STATUS_ORDER[String(snapshotValue(tracker, L.status.first + i, monthCol))] ?? 3,
    }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map((x) => x.i);

  const bottom = HEADER_ROW + config.kpis.length;
  const statusRange = rangeAddress({ top: HEADER_ROW + 1, left: 3, bottom, right: 3 });
  b.put(0, 0, [[`Monthly review — ${label} — ${config.provider}`]]);
  b.put(1, 0, [
    [
      `Every figure is live from '${tracker.name}': corrections there flow through. Rows are ordered reds first as of when this pack was made.`,
    ],
  ]);
  b.put(3, 0, [
    [
      "Green",
      { formula: `=COUNTIF(${statusRange},"Green")` },
      "Amber",
      { formula: `=COUNTIF(${statusRange},"Amber")` },
      "Red",
      { formula: `=COUNTIF(${statusRange},"Red")` },
    ],
  ]);
  plan.styles.push(
    { range: "A1", style: "title" },
    { range: "A2", style: "note" },
    { range: "A4:F4", style: "total" }
  );
  plan.conditionalFormats.push(
    { range: "A4:B4", rule: { kind: "textEquals", text: "Green", ...RAG.Green } },
    { range: "C4:D4", rule: { kind: "textEquals", text: "Amber", ...RAG.Amber } },
    { range: "E4:F4", rule: { kind: "textEquals", text: "Red", ...RAG.Red } }
  );

  const rows = order.map((i): PlanCell[] => {
    const used = L.used.first + i;
    const def = (c: number) => abs(L.defFirst + i, c);
    const actual = abs(used, monthCol);
    const [num, den] = L.actualRows[i];
    const ytd =
      den !== undefined
        ? `=IF(COUNT(${upTo(num)})=0,"",SUM(${upTo(num)})/SUM(${upTo(den)}))`
        : `=MSP.KPI.YTD(${upTo(used)},${def(DEF.ytd)})`;
    return [
      { formula: `=${def(DEF.name)}` },
      { formula: `=${def(DEF.target)}` },
      { formula: `=IF(${actual}="","",${actual})` },
      { formula: `=${abs(L.status.first + i, monthCol)}` },
      { formula: `=MSP.KPI.TREND(${upTo(used)},${def(DEF.direction)})` },
      { formula: ytd },
      null,
    ];
  });
  b.put(HEADER_ROW, 0, [
    ["KPI", "Target", `Actual ${label}`, "Status", "Trend", "Year to date", "Commentary"],
    ...rows,
  ]);
  plan.tables.push({
    name: "MSP_Review",
    range: rangeAddress({ top: HEADER_ROW, left: 0, bottom, right: 6 }),
    style: "TableStyleLight9",
  });
  plan.styles.push(
    {
      range: rangeAddress({ top: HEADER_ROW, left: 0, bottom: HEADER_ROW, right: 6 }),
      style: "header",
    },
    { range: rangeAddress({ top: HEADER_ROW + 1, left: 0, bottom, right: 5 }), style: "computed" },
    { range: rangeAddress({ top: HEADER_ROW + 1, left: 6, bottom, right: 6 }), style: "input" }
  );
  order.forEach((i, k) => {
    const fmt = kpiFormat(config.kpis[i]);
    plan.numberFormats.push(
      {
        range: rangeAddress({
          top: HEADER_ROW + 1 + k,
          left: 1,
          bottom: HEADER_ROW + 1 + k,
          right: 2,
        }),
        format: fmt,
      },
      { range: cellAddress(HEADER_ROW + 1 + k, 5), format: fmt }
    );
  });
  for (const status of ["Green", "Amber", "Red"] as const)
    plan.conditionalFormats.push({
      range: statusRange,
      rule: { kind: "textEquals", text: status, ...RAG[status] },
    });
  plan.conditionalFormats.push(
    {
      range: rangeAddress({ top: HEADER_ROW + 1, left: 4, bottom, right: 4 }),
      rule: { kind: "textEquals", text: "Worsening", ...RAG.Red },
    },
    {
      range: rangeAddress({ top: HEADER_ROW + 1, left: 4, bottom, right: 4 }),
      rule: { kind: "textEquals", text: "Improving", ...RAG.Green },
    }
  );
  plan.columnWidths = [
    { column: "A", width: 190 },
    { column: "B", width: 70 },
    { column: "C", width: 90 },
    { column: "D", width: 70 },
    { column: "E", width: 80 },
    { column: "F", width: 80 },
    { column: "G", width: 320 },
  ];
  plan.freeze = { rows: HEADER_ROW + 1, columns: 0 };
  plan.print = { orientation: "landscape", fitToOnePageWide: true };
  plan.references = [tracker.name];
  plan.settings = { tracker: tracker.name, month: monthKey(config.firstMonth, month) };
  return b.build();
}
