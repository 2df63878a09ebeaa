/**
 * The KPI tracker sheet, one function per block (each named as the sheet titles it):
 * - KPI definitions (a table of inputs);
 * - Actuals — type each month's figures (inputs; ratio KPIs as numerator and denominator);
 * - Values reported (computed): blank months stay blank on desktop Excel too (every formula
 *   guards with ISBLANK), with the trend (MSP.KPI.TREND), year to date (MSP.KPI.YTD; ratio KPIs
 *   Σ numerators / Σ denominators) and its status; the first KPI's target line for the chart;
 * - Status (red / amber / green): one MSP.KPI.STATUS per KPI, spilling across the months;
 * - Attainment: one MSP.KPI.ATTAINMENT per KPI, spilling across the months;
 * - a line chart of the first KPI against its target.
 */
import { cellAddress, columnName } from "../../formula/a1";
import { a1, abs, area, BLANK, call, formula, iff, SheetBuilder } from "../plan/builder";
import { inputRows, Kpi, monthKey, monthLabel, TrackerConfig, TrackerInputs } from "./model";
import type { PlanCell, SheetPlan } from "../plan/plan";
import { RAG } from "../plan/styles";

export const TRACKER_KIND = "kpi-tracker";
/** Version 2 records the layout (rows per KPI) in its settings. */
export const TRACKER_VERSION = 2;
export const DEF_HEADER_ROW = 3;
/** Definitions table columns. */
export const DEF = {
  name: 0,
  unit: 1,
  direction: 2,
  target: 3,
  tolerance: 4,
  ytd: 5,
  numerator: 6,
  denominator: 7,
  notes: 8,
} as const;
/** Month columns start here in every block. */
export const MONTH_COL = 2;

/**
 * What fixes where everything is on a tracker: the rows each KPI has in the actuals block (1, or
 * 2 for a ratio KPI's numerator and denominator) and the number of months. Recorded with the
 * sheet, so a reader finds every cell by position whatever a user typed into the labels.
 */
export interface TrackerShape {
  measures: number[];
  months: number;
}

export const trackerShape = (config: Pick<TrackerConfig, "kpis" | "months">): TrackerShape => ({
  measures: config.kpis.map((k) => inputRows(k).length),
  months: config.months,
});

export type TrackerLayout = ReturnType<typeof trackerLayout>;

export function trackerLayout(shape: TrackerShape) {
  const K = shape.measures.length;
  const M = shape.months;
  const defFirst = DEF_HEADER_ROW + 1;
  const actualsLabel = defFirst + K + 1;
  const actualsHeader = actualsLabel + 1;
  const actualRows: number[][] = [];
  let row = actualsHeader + 1;
  for (const n of shape.measures) {
    actualRows.push(Array.from({ length: n }, (_, k) => row + k));
    row += n;
  }
  const block = (label: number) => ({ label, header: label + 1, first: label + 2 });
  const used = block(row + 1);
  const status = block(used.first + K + 2);
  const attainment = block(status.first + K + 1);
  const lastMonthCol = MONTH_COL + M - 1;
  return {
    K,
    M,
    defFirst,
    actualsLabel,
    actualsHeader,
    actualRows,
    used,
    targetLine: used.first + K,
    status,
    attainment,
    lastMonthCol,
    col: { trend: lastMonthCol + 1, ytd: lastMonthCol + 2, ytdStatus: lastMonthCol + 3 },
  };
}

/** How a KPI's values look: percentages as %, counts and times as numbers. */
export function kpiFormat(k: Kpi): string {
  if (k.unit === "%") return k.target >= 0.99 ? "0.00%" : "0.0%";
  return k.unit === "tickets" ? "#,##0" : "0.0";
}

/** What every block of the tracker shares: the builder, the layout, the month labels and keys. */
interface Tracker {
  b: SheetBuilder;
  config: TrackerConfig;
  L: TrackerLayout;
  months: string[];
  keys: string[];
}

/** A month row of `row` (all the months' columns). */
const monthsOf = (t: Tracker, row: number) => area(row, MONTH_COL, row, t.L.lastMonthCol);
/** Definition `col` of KPI `i`, as an absolute reference. */
const def = (t: Tracker, i: number, col: number) => abs(t.L.defFirst + i, col);

export function trackerPlan(config: TrackerConfig, inputs: TrackerInputs = {}): SheetPlan {
  const shape = trackerShape(config);
  const t: Tracker = {
    b: new SheetBuilder(TRACKER_KIND, config.name, TRACKER_VERSION),
    config,
    L: trackerLayout(shape),
    months: Array.from({ length: shape.months }, (_, i) => monthLabel(config.firstMonth, i)),
    keys: Array.from({ length: shape.months }, (_, i) => monthKey(config.firstMonth, i)),
  };
  title(t);
  definitions(t);
  actuals(t, inputs);
  valuesReported(t);
  targetLine(t);
  statusBlock(t);
  attainmentBlock(t);
  chartAndPage(t);
  t.b.plan.settings = {
    provider: config.provider,
    firstMonth: config.firstMonth,
    months: config.months,
    measures: JSON.stringify(shape.measures),
  };
  return t.b.build();
}

function title({ b, config }: Tracker): void {
  b.row(0, 0, [`KPI tracker — ${config.provider}`]);
  b.row(1, 0, [
    "Type each month's actuals in the yellow cells (ratio KPIs: numerator and denominator). Months not reported stay blank and are never scored.",
  ]);
  b.style(area(0, 0), "title").style(area(1, 0), "note");
}

/** KPI definitions: name, unit, direction, target, amber tolerance, YTD method, ratio, notes. */
function definitions({ b, config, L }: Tracker): void {
  b.put(DEF_HEADER_ROW, 0, [
    [
      "KPI",
      "Unit",
      "Direction",
      "Target",
      "Amber tolerance",
      "YTD method",
      "Numerator",
      "Denominator",
      "Notes",
    ],
    ...config.kpis.map((k): PlanCell[] => [
      k.name,
      k.unit,
      k.direction,
      k.target,
      k.tolerance,
      k.ytd,
      k.ratio?.numerator ?? null,
      k.ratio?.denominator ?? null,
      k.notes,
    ]),
  ]);
  const bottom = L.defFirst + L.K - 1;
  const column = (col: number) => area(L.defFirst, col, bottom, col);
  b.table("MSP_KPI_Definitions", area(DEF_HEADER_ROW, 0, bottom, DEF.notes))
    .style(area(DEF_HEADER_ROW, 0, DEF_HEADER_ROW, DEF.notes), "header")
    .style(area(L.defFirst, 0, bottom, DEF.notes), "input")
    .validate(
      column(DEF.direction),
      { kind: "list", values: ["higher", "lower"] },
      'Type "higher" or "lower": which way is better.'
    )
    .validate(
      column(DEF.ytd),
      { kind: "list", values: ["average", "sum", "last", "min", "max"] },
      "average, sum, last, min or max."
    )
    .validate(
      column(DEF.tolerance),
      { kind: "decimal", min: 0, max: 10 },
      "A fraction of the target, e.g. 0.1 for 10%."
    );
  config.kpis.forEach((k, i) => b.format(area(L.defFirst + i, DEF.target), kpiFormat(k)));
  b.format(column(DEF.tolerance), "0%").name("KPI_Targets", column(DEF.target));
}

/** Actuals — type each month's figures: one row per measure, a column per month. */
function actuals(t: Tracker, inputs: TrackerInputs): void {
  const { b, config, L } = t;
  b.row(L.actualsLabel, 0, ["Actuals — type each month's figures"]);
  b.style(area(L.actualsLabel, 0), "label");
  const rows = config.kpis.flatMap((k) =>
    inputRows(k).map((measure, r): PlanCell[] => [
      k.name,
      measure,
      ...t.keys.map((key) => inputs[k.name]?.[r]?.[key] ?? null),
    ])
  );
  b.put(L.actualsHeader, 0, [["KPI", "Measure", ...t.months], ...rows]);
  const bottom = L.actualsHeader + rows.length;
  const typed = area(L.actualsHeader + 1, MONTH_COL, bottom, L.lastMonthCol);
  b.table("MSP_KPI_Actuals", area(L.actualsHeader, 0, bottom, L.lastMonthCol))
    .style(area(L.actualsHeader, 0, L.actualsHeader, L.lastMonthCol), "header")
    .style(area(L.actualsHeader + 1, 0, bottom, 1), "label")
    .style(typed, "input");
  config.kpis.forEach((k, i) =>
    L.actualRows[i].forEach((r) => b.format(monthsOf(t, r), k.ratio ? "#,##0" : kpiFormat(k)))
  );
  b.validate(
    typed,
    { kind: "decimal", min: -1e15, max: 1e15 },
    "A number (percentages as 95% or 0.95)."
  ).name("KPI_Actuals", typed);
}

/** A computed block's label and header row (KPI, target or blank, the months, extra columns). */
function blockHeader(t: Tracker, block: Block, label: string, second = "", extra: string[] = []) {
  t.b.row(block.label, 0, [label]);
  t.b.row(block.header, 0, ["KPI", second, ...t.months, ...extra]);
  t.b.style(area(block.label, 0), "label");
  t.b.style(area(block.header, 0, block.header, t.L.lastMonthCol + extra.length), "header");
}

/** A KPI's value in month m: its actual, or numerator / denominator; blank when not reported. */
function reportedValue(t: Tracker, i: number, m: number): PlanCell {
  const [n, d] = t.L.actualRows[i].map((r) => cellAddress(r, MONTH_COL + m));
  if (!t.config.kpis[i].ratio) return formula(iff(`ISBLANK(${n})`, BLANK, n));
  return formula(iff(`OR(ISBLANK(${n}),ISBLANK(${d}))`, BLANK, iff(`${d}=0`, BLANK, `${n}/${d}`)));
}

/** Year to date of KPI i: MSP.KPI.YTD, or Σ numerators / Σ denominators for a ratio KPI. */
function yearToDate(t: Tracker, i: number): string {
  const rows = t.L.actualRows[i];
  if (!t.config.kpis[i].ratio)
    return call("MSP.KPI.YTD", a1(monthsOf(t, t.L.used.first + i)), def(t, i, DEF.ytd));
  const [n, d] = rows.map((r) => a1(monthsOf(t, r)));
  return iff(`COUNT(${n})=0`, BLANK, `SUM(${n})/SUM(${d})`);
}

/** Values reported (computed), with trend, year to date and its status. */
function valuesReported(t: Tracker): void {
  const { b, config, L } = t;
  blockHeader(t, L.used, "Values reported (computed)", "Target", ["Trend", "YTD", "YTD status"]);
  b.put(
    L.used.first,
    0,
    config.kpis.map((_, i): PlanCell[] => {
      const ytd = cellAddress(L.used.first + i, L.col.ytd);
      const rule = [def(t, i, DEF.target), def(t, i, DEF.tolerance), def(t, i, DEF.direction)];
      return [
        formula(def(t, i, DEF.name)),
        formula(def(t, i, DEF.target)),
        ...t.months.map((_, m) => reportedValue(t, i, m)),
        formula(call("MSP.KPI.TREND", a1(monthsOf(t, L.used.first + i)), def(t, i, DEF.direction))),
        formula(yearToDate(t, i)),
        formula(iff(`${ytd}=""`, BLANK, call("MSP.KPI.STATUS", ytd, ...rule))),
      ];
    })
  );
  const bottom = L.used.first + L.K - 1;
  b.style(area(L.used.first, 0, bottom, L.col.ytdStatus), "computed");
  config.kpis.forEach((k, i) => {
    b.format(area(L.used.first + i, 1, L.used.first + i, L.lastMonthCol), kpiFormat(k));
    b.format(area(L.used.first + i, L.col.ytd), kpiFormat(k));
  });
  b.name("KPI_Values", area(L.used.first, MONTH_COL, bottom, L.lastMonthCol));
  b.name("KPI_YTD", area(L.used.first, L.col.ytd, bottom, L.col.ytd));
  for (const status of ["Improving", "Worsening"] as const)
    b.conditional(area(L.used.first, L.col.trend, bottom, L.col.trend), {
      kind: "textEquals",
      text: status,
      ...(status === "Improving" ? RAG.Green : RAG.Red),
    });
}

/** The first KPI's target, month by month, for the chart. */
function targetLine(t: Tracker): void {
  const { b, config, L } = t;
  b.row(L.targetLine, 0, [
    `Target — ${config.kpis[0].name}`,
    null,
    ...t.months.map(() => formula(def(t, 0, DEF.target))),
  ]);
  b.style(area(L.targetLine, 0, L.targetLine, L.lastMonthCol), "note");
  b.format(monthsOf(t, L.targetLine), kpiFormat(config.kpis[0]));
}

/**
 * A block with one formula per KPI spilling across the months (one custom-function call per row,
 * not per month): `piece(i)` is KPI i's formula.
 */
function perKpiRow(t: Tracker, block: Block, label: string, piece: (i: number) => string): RangeOf {
  const { b, config, L } = t;
  blockHeader(t, block, label);
  config.kpis.forEach((_, i) => {
    b.row(block.first + i, 0, [formula(def(t, i, DEF.name)), null]);
    b.spill(block.first + i, MONTH_COL, piece(i), 1, L.M);
  });
  const bottom = block.first + L.K - 1;
  b.style(area(block.first, 0, bottom, L.lastMonthCol), "computed");
  return area(block.first, MONTH_COL, bottom, L.lastMonthCol);
}

/** Status (red / amber / green): MSP.KPI.STATUS on each KPI's row of values reported. */
function statusBlock(t: Tracker): void {
  const { L } = t;
  const statuses = perKpiRow(t, L.status, "Status (red / amber / green)", (i) =>
    call(
      "MSP.KPI.STATUS",
      a1(monthsOf(t, L.used.first + i)),
      def(t, i, DEF.target),
      def(t, i, DEF.tolerance),
      def(t, i, DEF.direction)
    )
  );
  const ytdStatus = area(L.used.first, L.col.ytdStatus, L.used.first + L.K - 1, L.col.ytdStatus);
  for (const status of ["Green", "Amber", "Red"] as const)
    for (const range of [statuses, ytdStatus])
      t.b.conditional(range, { kind: "textEquals", text: status, ...RAG[status] });
  t.b.name("KPI_Status", statuses);
}

/** Attainment (1 = on target): MSP.KPI.ATTAINMENT on each KPI's row of values reported. */
function attainmentBlock(t: Tracker): void {
  const { L } = t;
  const attainment = perKpiRow(t, L.attainment, "Attainment (1 = on target)", (i) =>
    call(
      "MSP.KPI.ATTAINMENT",
      a1(monthsOf(t, L.used.first + i)),
      def(t, i, DEF.target),
      def(t, i, DEF.direction)
    )
  );
  t.b.format(attainment, "0%");
}

/** The line chart of the first KPI against its target; frozen labels, widths, landscape print. */
function chartAndPage(t: Tracker): void {
  const { b, config, L } = t;
  b.plan.charts.push({
    type: "line",
    title: `${config.kpis[0].name} against its target`,
    categories: a1(monthsOf(t, L.used.header)),
    series: [
      { name: config.kpis[0].name, values: a1(monthsOf(t, L.used.first)) },
      { name: "Target", values: a1(monthsOf(t, L.targetLine)) },
    ],
    from: cellAddress(L.attainment.first + L.K + 2, 0),
    to: cellAddress(L.attainment.first + L.K + 18, 6),
  });
  b.plan.freeze = { rows: 0, columns: 2 };
  b.plan.columnWidths = [
    { column: "A", width: 190 },
    { column: "B", width: 120 },
    ...t.months.map((_, m) => ({ column: columnName(MONTH_COL + m), width: 64 })),
  ];
  b.plan.print = { orientation: "landscape", fitToOnePageWide: true };
}

type Block = { label: number; header: number; first: number };
type RangeOf = ReturnType<typeof area>;
