/**
 * The KPI tracker sheet: the KPI definitions (a table), a block of monthly actuals (inputs; ratio
 * KPIs as numerator and denominator), and computed blocks — the values reported (blank months stay
 * blank on desktop Excel too: every formula guards with ISBLANK), status with MSP.KPI.STATUS
 * (red/amber/green), attainment with MSP.KPI.ATTAINMENT, trend with MSP.KPI.TREND and year to date
 * with MSP.KPI.YTD (ratio KPIs: Σ numerators / Σ denominators) — and a line chart of the first KPI
 * against its target.
 */
import { cellAddress, columnName, rangeAddress } from "./a1";
import { inputRows, Kpi, monthKey, monthLabel, TrackerConfig, TrackerInputs } from "./kpiModel";
import { checkedPlan, emptyPlan, PlanCell, SheetPlan } from "./plan";
import { RAG } from "./styles";

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

export function trackerPlan(config: TrackerConfig, inputs: TrackerInputs = {}): SheetPlan {
  const shape = trackerShape(config);
  const L = trackerLayout(shape);
  const plan = emptyPlan(TRACKER_KIND, config.name, TRACKER_VERSION);
  const put = (row: number, col: number, cells: PlanCell[][]) =>
    plan.blocks.push({ at: cellAddress(row, col), cells });
  const range = (top: number, left: number, bottom = top, right = left) =>
    rangeAddress({ top, left, bottom, right });
  const months = Array.from({ length: L.M }, (_, i) => monthLabel(config.firstMonth, i));
  const keys = Array.from({ length: L.M }, (_, i) => monthKey(config.firstMonth, i));
  const monthRange = (row: number) => range(row, MONTH_COL, row, L.lastMonthCol);
  const def = (i: number, col: number) => `$${columnName(col)}$${L.defFirst + i + 1}`;

  put(0, 0, [[`KPI tracker — ${config.provider}`]]);
  put(1, 0, [
    [
      "Type each month's actuals in the yellow cells (ratio KPIs: numerator and denominator). Months not reported stay blank and are never scored.",
    ],
  ]);
  plan.styles.push({ range: "A1", style: "title" }, { range: "A2", style: "note" });

  // KPI definitions.
  put(DEF_HEADER_ROW, 0, [
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
  const defBottom = L.defFirst + L.K - 1;
  plan.tables.push({
    name: "MSP_KPI_Definitions",
    range: range(DEF_HEADER_ROW, 0, defBottom, DEF.notes),
    style: "TableStyleLight9",
  });
  plan.styles.push(
    { range: range(DEF_HEADER_ROW, 0, DEF_HEADER_ROW, DEF.notes), style: "header" },
    { range: range(L.defFirst, 0, defBottom, DEF.notes), style: "input" }
  );
  plan.validations.push(
    {
      range: range(L.defFirst, DEF.direction, defBottom, DEF.direction),
      rule: { kind: "list", values: ["higher", "lower"] },
      message: 'Type "higher" or "lower": which way is better.',
    },
    {
      range: range(L.defFirst, DEF.ytd, defBottom, DEF.ytd),
      rule: { kind: "list", values: ["average", "sum", "last", "min", "max"] },
      message: "average, sum, last, min or max.",
    },
    {
      range: range(L.defFirst, DEF.tolerance, defBottom, DEF.tolerance),
      rule: { kind: "decimal", min: 0, max: 10 },
      message: "A fraction of the target, e.g. 0.1 for 10%.",
    }
  );
  config.kpis.forEach((k, i) =>
    plan.numberFormats.push({
      range: cellAddress(L.defFirst + i, DEF.target),
      format: kpiFormat(k),
    })
  );
  plan.numberFormats.push({
    range: range(L.defFirst, DEF.tolerance, defBottom, DEF.tolerance),
    format: "0%",
  });
  plan.names.push({
    name: "KPI_Targets",
    range: range(L.defFirst, DEF.target, defBottom, DEF.target),
  });

  // Actuals (inputs).
  put(L.actualsLabel, 0, [["Actuals — type each month's figures"]]);
  plan.styles.push({ range: cellAddress(L.actualsLabel, 0), style: "label" });
  const actualRows = config.kpis.flatMap((k) =>
    inputRows(k).map((measure, r): PlanCell[] => [
      k.name,
      measure,
      ...keys.map((key) => inputs[k.name]?.[r]?.[key] ?? null),
    ])
  );
  put(L.actualsHeader, 0, [["KPI", "Measure", ...months], ...actualRows]);
  const actualsBottom = L.actualsHeader + actualRows.length;
  plan.tables.push({
    name: "MSP_KPI_Actuals",
    range: range(L.actualsHeader, 0, actualsBottom, L.lastMonthCol),
    style: "TableStyleLight9",
  });
  plan.styles.push(
    { range: range(L.actualsHeader, 0, L.actualsHeader, L.lastMonthCol), style: "header" },
    { range: range(L.actualsHeader + 1, 0, actualsBottom, 1), style: "label" },
    { range: range(L.actualsHeader + 1, MONTH_COL, actualsBottom, L.lastMonthCol), style: "input" }
  );
  config.kpis.forEach((k, i) =>
    L.actualRows[i].forEach((r) =>
      plan.numberFormats.push({ range: monthRange(r), format: k.ratio ? "#,##0" : kpiFormat(k) })
    )
  );
  plan.validations.push({
    range: range(L.actualsHeader + 1, MONTH_COL, actualsBottom, L.lastMonthCol),
    rule: { kind: "decimal", min: -1e15, max: 1e15 },
    message: "A number (percentages as 95% or 0.95).",
  });
  plan.names.push({
    name: "KPI_Actuals",
    range: range(L.actualsHeader + 1, MONTH_COL, actualsBottom, L.lastMonthCol),
  });

  // Values reported (computed), trend and year to date.
  const blockHeader = (
    b: { label: number; header: number },
    label: string,
    extra: string[] = []
  ) => {
    put(b.label, 0, [[label]]);
    put(b.header, 0, [["KPI", b === L.used ? "Target" : "", ...months, ...extra]]);
    plan.styles.push(
      { range: cellAddress(b.label, 0), style: "label" },
      { range: range(b.header, 0, b.header, L.lastMonthCol + extra.length), style: "header" }
    );
  };
  blockHeader(L.used, "Values reported (computed)", ["Trend", "YTD", "YTD status"]);
  const used = (i: number, m: number) => cellAddress(L.used.first + i, MONTH_COL + m);
  const usedRow = (i: number) => monthRange(L.used.first + i);
  put(
    L.used.first,
    0,
    config.kpis.map((k, i): PlanCell[] => {
      const rows = L.actualRows[i];
      const values = months.map((_, m): PlanCell => {
        const a = (r: number) => cellAddress(r, MONTH_COL + m);
        if (!k.ratio) return { formula: `=IF(ISBLANK(${a(rows[0])}),"",${a(rows[0])})` };
        const [n, d] = [a(rows[0]), a(rows[1])];
        return { formula: `=IF(OR(ISBLANK(${n}),ISBLANK(${d})),"",IF(${d}=0,"",${n}/${d}))` };
      });
      const ytd: PlanCell = k.ratio
        ? {
            formula: `=IF(COUNT(${monthRange(rows[0])})=0,"",SUM(${monthRange(rows[0])})/SUM(${monthRange(rows[1])}))`,
          }
        : { formula: `=MSP.KPI.YTD(${usedRow(i)},${def(i, DEF.ytd)})` };
      const ytdCell = cellAddress(L.used.first + i, L.col.ytd);
      return [
        { formula: `=${def(i, DEF.name)}` },
        { formula: `=${def(i, DEF.target)}` },
        ...values,
        { formula: `=MSP.KPI.TREND(${usedRow(i)},${def(i, DEF.direction)})` },
        ytd,
        {
          formula: `=IF(${ytdCell}="","",MSP.KPI.STATUS(${ytdCell},${def(i, DEF.target)},${def(i, DEF.tolerance)},${def(i, DEF.direction)}))`,
        },
      ];
    })
  );
  const usedBottom = L.used.first + L.K - 1;
  plan.styles.push({
    range: range(L.used.first, 0, usedBottom, L.col.ytdStatus),
    style: "computed",
  });
  config.kpis.forEach((k, i) => {
    plan.numberFormats.push(
      { range: range(L.used.first + i, 1, L.used.first + i, L.lastMonthCol), format: kpiFormat(k) },
      { range: cellAddress(L.used.first + i, L.col.ytd), format: kpiFormat(k) }
    );
  });
  plan.names.push(
    { name: "KPI_Values", range: range(L.used.first, MONTH_COL, usedBottom, L.lastMonthCol) },
    { name: "KPI_YTD", range: range(L.used.first, L.col.ytd, usedBottom, L.col.ytd) }
  );
  for (const status of ["Improving", "Worsening"] as const) {
    const colours = status === "Improving" ? RAG.Green : RAG.Red;
    plan.conditionalFormats.push({
      range: range(L.used.first, L.col.trend, usedBottom, L.col.trend),
      rule: { kind: "textEquals", text: status, ...colours },
    });
  }

  // The first KPI's target, month by month, for the chart.
  put(L.targetLine, 0, [
    [
      `Target — ${config.kpis[0].name}`,
      null,
      ...months.map((): PlanCell => ({ formula: `=${def(0, DEF.target)}` })),
    ],
  ]);
  plan.styles.push({ range: range(L.targetLine, 0, L.targetLine, L.lastMonthCol), style: "note" });
  plan.numberFormats.push({ range: monthRange(L.targetLine), format: kpiFormat(config.kpis[0]) });

  // Status (red / amber / green) and attainment, month by month.
  const statusCells = (i: number) =>
    months.map((_, m): PlanCell => ({
      formula: `=IF(${used(i, m)}="","",MSP.KPI.STATUS(${used(i, m)},${def(i, DEF.target)},${def(i, DEF.tolerance)},${def(i, DEF.direction)}))`,
    }));
  blockHeader(L.status, "Status (red / amber / green)");
  put(
    L.status.first,
    0,
    config.kpis.map((_, i): PlanCell[] => [
      { formula: `=${def(i, DEF.name)}` },
      null,
      ...statusCells(i),
    ])
  );
  const statusRange = range(L.status.first, MONTH_COL, L.status.first + L.K - 1, L.lastMonthCol);
  plan.styles.push({
    range: range(L.status.first, 0, L.status.first + L.K - 1, L.lastMonthCol),
    style: "computed",
  });
  for (const status of ["Green", "Amber", "Red"] as const) {
    for (const r of [
      statusRange,
      range(L.used.first, L.col.ytdStatus, usedBottom, L.col.ytdStatus),
    ])
      plan.conditionalFormats.push({
        range: r,
        rule: { kind: "textEquals", text: status, ...RAG[status] },
      });
  }
  plan.names.push({ name: "KPI_Status", range: statusRange });

  blockHeader(L.attainment, "Attainment (1 = on target)");
  put(
    L.attainment.first,
    0,
    config.kpis.map((_, i): PlanCell[] => [
      { formula: `=${def(i, DEF.name)}` },
      null,
      ...months.map((_, m): PlanCell => ({
        formula: `=IF(${used(i, m)}="","",MSP.KPI.ATTAINMENT(${used(i, m)},${def(i, DEF.target)},${def(i, DEF.direction)}))`,
      })),
    ])
  );
  const attainmentRange = range(
    L.attainment.first,
    MONTH_COL,
    L.attainment.first + L.K - 1,
    L.lastMonthCol
  );
  plan.styles.push({
    range: range(L.attainment.first, 0, L.attainment.first + L.K - 1, L.lastMonthCol),
    style: "computed",
  });
  plan.numberFormats.push({ range: attainmentRange, format: "0%" });

  plan.charts.push({
    type: "line",
    title: `${config.kpis[0].name} against its target`,
    categories: monthRange(L.used.header),
    series: [
      { name: config.kpis[0].name, values: usedRow(0) },
      { name: "Target", values: monthRange(L.targetLine) },
    ],
    from: cellAddress(L.attainment.first + L.K + 2, 0),
    to: cellAddress(L.attainment.first + L.K + 18, 6),
  });
  plan.freeze = { rows: 0, columns: 2 };
  plan.columnWidths = [
    { column: "A", width: 190 },
    { column: "B", width: 120 },
    ...months.map((_, m) => ({ column: columnName(MONTH_COL + m), width: 64 })),
  ];
  plan.print = { orientation: "landscape", fitToOnePageWide: true };
  plan.settings = {
    provider: config.provider,
    firstMonth: config.firstMonth,
    months: config.months,
    measures: JSON.stringify(shape.measures),
  };
  return checkedPlan(plan);
}
