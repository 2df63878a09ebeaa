/**
 * The service-level credit sheet: contract terms (inputs), the service-level table, and month by
 * month: the invoice, the actuals (linked by formula to a KPI tracker, or typed), the credits of
 * each service level by its model (SLA.CREDITS / TIERCREDIT / LINEARCREDIT / POINTS), the month's
 * total capped at the at-risk amount (SLA.TOTAL), credits earned back (SLA.EARNBACK), bonuses
 * (SLA.INCENTIVE), and the net invoice adjustment, per month and year to date; next year's
 * expected levels (SLA.IMPROVE); a check that allocations stay within the pool; the provider's
 * maximum annual exposure; a chart of monthly credits against the cap.
 */
import { DEFAULT_REPEAT_LIMIT, DEFAULT_WINDOW } from "../engine";
import { cellAddress, columnName, rangeAddress } from "./a1";
import { monthKey, monthLabel, TrackerConfig } from "./kpiModel";
import { MONTH_COL, TrackerLayout } from "./kpiTracker";
import { checkedPlan, emptyPlan, PlanCell, sheetReference, SheetPlan } from "./plan";
import { ServiceLevel, SlaConfig, SlaInputs } from "./slaModel";
import { RAG } from "./styles";

export const SLA_KIND = "sla-credits";
/** Version 2 records its layout (service levels, linked rows) in its settings. */
export const SLA_VERSION = 2;

/** Terms cells (column B), 0-based rows. */
export const TERMS = {
  fee: 3,
  atRiskPct: 4,
  atRisk: 5,
  pool: 6,
  used: 7,
  pointValue: 8,
  exposure: 9,
} as const;
export const SL_HEADER_ROW = 11;
/** Service-level table columns. */
export const SL = {
  name: 0,
  direction: 1,
  expected: 2,
  minimum: 3,
  category: 4,
  allocation: 5,
  model: 6,
  t1: 7,
  t3: 9,
  c1: 10,
  c3: 12,
  rate: 13,
  band: 14,
  maxPoints: 15,
  earnBack: 16,
  bonusTarget: 17,
  stretch: 18,
  maxBonus: 19,
  improve: 20,
  linked: 21,
  nextExpected: 22,
} as const;

/**
 * What fixes where everything is on an SLA sheet: the number of service levels and of months.
 * Recorded with the sheet, so a reader finds every cell by position.
 */
export interface SlaShape {
  serviceLevels: number;
  months: number;
}

export const slaShape = (config: Pick<SlaConfig, "serviceLevels" | "months">): SlaShape => ({
  serviceLevels: config.serviceLevels.length,
  months: config.months,
});

export type SlaLayout = ReturnType<typeof slaLayout>;

export function slaLayout(shape: SlaShape) {
  const S = shape.serviceLevels;
  const slFirst = SL_HEADER_ROW + 1;
  const block = (label: number) => ({ label, header: label + 1, first: label + 2 });
  const inputs = block(slFirst + S + 1); // invoice row, then one actual row per service level
  const invoiceRow = inputs.first;
  const actualRow = (i: number) => inputs.first + 1 + i;
  const reported = block(inputs.first + 1 + S + 1);
  const points = block(reported.first + S + 1);
  const credits = block(points.first + S + 1);
  const totals = {
    before: credits.first + S,
    cap: credits.first + S + 1,
    capped: credits.first + S + 2,
  };
  const credited = block(totals.capped + 2);
  const earned = block(credited.first + S + 1);
  const earnedTotal = earned.first + S;
  const bonus = block(earnedTotal + 2);
  const bonusTotal = bonus.first + S;
  const net = { month: bonusTotal + 2, ytd: bonusTotal + 3 };
  return {
    S,
    slFirst,
    inputs,
    invoiceRow,
    actualRow,
    reported,
    points,
    credits,
    totals,
    credited,
    earned,
    earnedTotal,
    bonus,
    bonusTotal,
    net,
    lastMonthCol: MONTH_COL + shape.months - 1,
  };
}

/** The trackers an SLA sheet links to, read back: sheet name → its configuration and layout. */
export type LinkedTrackers = Record<string, { config: TrackerConfig; layout: TrackerLayout }>;

const OVER_POOL = "Allocations exceed the pool: not accepted";
const WITHIN_POOL = "Within the pool";

/** The invoice formula a month starts with: the monthly fee from the terms. */
export const DEFAULT_INVOICE = `=$B$${TERMS.fee + 1}`;

export function slaPlan(
  config: SlaConfig,
  inputs: SlaInputs = {},
  trackers: LinkedTrackers = {}
): SheetPlan {
  const L = slaLayout(slaShape(config));
  const plan = emptyPlan(SLA_KIND, config.name, SLA_VERSION);
  const put = (row: number, col: number, cells: PlanCell[][]) =>
    plan.blocks.push({ at: cellAddress(row, col), cells });
  const range = (top: number, left: number, bottom = top, right = left) =>
    rangeAddress({ top, left, bottom, right });
  const B = (row: number) => `$B$${row + 1}`;
  const sl = (i: number, col: number) => `$${columnName(col)}$${L.slFirst + i + 1}`;
  const months = Array.from({ length: config.months }, (_, m) => monthLabel(config.firstMonth, m));
  const keys = Array.from({ length: config.months }, (_, m) => monthKey(config.firstMonth, m));
  const monthRow = (row: number) => range(row, MONTH_COL, row, L.lastMonthCol);
  const at = (row: number, m: number) => cellAddress(row, MONTH_COL + m);
  const invoice = (m: number) => at(L.invoiceRow, m);
  const money = "#,##0";

  put(0, 0, [[`Service-level credits — ${config.provider}`]]);
  put(1, 0, [
    [
      "Yellow cells are the contract's terms and the figures to type; change the at-risk % or an allocation and every month recomputes. Credits reduce the invoice; earned-back credits and bonuses add to it.",
    ],
  ]);
  plan.styles.push({ range: "A1", style: "title" }, { range: "A2", style: "note" });

  // Contract terms.
  const allocations = range(L.slFirst, SL.allocation, L.slFirst + L.S - 1, SL.allocation);
  put(TERMS.fee, 0, [
    ["Monthly fee", config.monthlyFee],
    ["At-risk % of the invoice", config.atRiskPct],
    ["At-risk amount (monthly cap)", { formula: `=${B(TERMS.fee)}*${B(TERMS.atRiskPct)}` }],
    ["Pool available for allocation", config.poolPct],
    [
      "Allocations used",
      { formula: `=SUM(${allocations})` },
      {
        formula: `=IF(${B(TERMS.used)}>${B(TERMS.pool)},"${OVER_POOL}","${WITHIN_POOL}")`,
      },
    ],
    ["Credit per service point (of the invoice)", config.pointValue],
    [
      "Maximum annual exposure",
      { formula: `=SUM(${monthRow(L.invoiceRow)})*${B(TERMS.atRiskPct)}` },
    ],
  ]);
  plan.styles.push(
    { range: range(TERMS.fee, 0, TERMS.exposure, 0), style: "label" },
    ...[TERMS.fee, TERMS.atRiskPct, TERMS.pool, TERMS.pointValue].map((r) => ({
      range: cellAddress(r, 1),
      style: "input" as const,
    })),
    ...[TERMS.atRisk, TERMS.used, TERMS.exposure].map((r) => ({
      range: cellAddress(r, 1),
      style: "total" as const,
    }))
  );
  plan.numberFormats.push(
    { range: cellAddress(TERMS.fee, 1), format: money },
    { range: cellAddress(TERMS.atRiskPct, 1), format: "0.0%" },
    { range: cellAddress(TERMS.atRisk, 1), format: money },
    { range: range(TERMS.pool, 1, TERMS.used, 1), format: "0%" },
    { range: cellAddress(TERMS.pointValue, 1), format: "0.00%" },
    { range: cellAddress(TERMS.exposure, 1), format: money }
  );
  plan.conditionalFormats.push(
    {
      range: cellAddress(TERMS.used, 2),
      rule: { kind: "textEquals", text: OVER_POOL, ...RAG.Red },
    },
    {
      range: cellAddress(TERMS.used, 2),
      rule: { kind: "textEquals", text: WITHIN_POOL, ...RAG.Green },
    }
  );
  plan.names.push(
    { name: "SLA_AtRiskPct", range: cellAddress(TERMS.atRiskPct, 1) },
    { name: "SLA_Exposure", range: cellAddress(TERMS.exposure, 1) }
  );
  plan.validations.push({
    range: cellAddress(TERMS.atRiskPct, 1),
    rule: { kind: "decimal", min: 0, max: 1 },
    message: "A fraction of the invoice, e.g. 10% or 0.1.",
  });

  // Service levels.
  const slHeader = [
    "Service level",
    "Direction",
    "Expected",
    "Minimum",
    "Category %",
    "Allocation %",
    "Credit model",
    "Tier 1 below",
    "Tier 2 below",
    "Tier 3 below",
    "Tier 1 credit",
    "Tier 2 credit",
    "Tier 3 credit",
    "Linear rate",
    "Points band",
    "Max points",
    "Earn-back months",
    "Bonus from",
    "Bonus stretch",
    "Max bonus",
    "Improve",
    "Linked KPI",
    "Next year's expected",
  ];
  const reportedRow = (i: number) => monthRow(L.reported.first + i);
  const slRows = config.serviceLevels.map((s, i): PlanCell[] => [
    s.name,
    s.direction,
    s.expected,
    s.minimum,
    s.category,
    s.allocation,
    s.model,
    ...s.tiers.map((t) => t.threshold),
    ...s.tiers.map((t) => t.credit),
    s.rate,
    s.band,
    s.maxPoints,
    s.earnBack,
    s.incentive.target,
    s.incentive.stretch,
    s.incentive.maxBonus,
    s.improve ? "yes" : "no",
    s.linkedKpi ?? "",
    {
      formula: `=IF(${sl(i, SL.improve)}="yes",MSP.SLA.IMPROVE(${sl(i, SL.expected)},${reportedRow(i)}),${sl(i, SL.expected)})`,
    },
  ]);
  put(SL_HEADER_ROW, 0, [slHeader, ...slRows]);
  const slBottom = L.slFirst + L.S - 1;
  plan.tables.push({
    name: "MSP_ServiceLevels",
    range: range(SL_HEADER_ROW, 0, slBottom, SL.nextExpected),
    style: "TableStyleLight9",
  });
  plan.styles.push(
    { range: range(SL_HEADER_ROW, 0, SL_HEADER_ROW, SL.nextExpected), style: "header" },
    { range: range(L.slFirst, 0, slBottom, SL.linked), style: "input" },
    { range: range(L.slFirst, SL.nextExpected, slBottom, SL.nextExpected), style: "computed" }
  );
  plan.numberFormats.push(
    { range: range(L.slFirst, SL.expected, slBottom, SL.allocation), format: "0.0%" },
    { range: range(L.slFirst, SL.t1, slBottom, SL.c3), format: "0.0%" },
    { range: range(L.slFirst, SL.bonusTarget, slBottom, SL.stretch), format: "0.0%" },
    { range: range(L.slFirst, SL.maxBonus, slBottom, SL.maxBonus), format: money },
    { range: range(L.slFirst, SL.nextExpected, slBottom, SL.nextExpected), format: "0.00%" }
  );
  plan.validations.push(
    {
      range: range(L.slFirst, SL.direction, slBottom, SL.direction),
      rule: { kind: "list", values: ["higher", "lower"] },
      message: 'Type "higher" or "lower".',
    },
    {
      range: range(L.slFirst, SL.model, slBottom, SL.model),
      rule: { kind: "list", values: ["allocation", "tier", "linear", "points"] },
      message: "allocation, tier, linear or points.",
    },
    {
      range: range(L.slFirst, SL.improve, slBottom, SL.improve),
      rule: { kind: "list", values: ["yes", "no"] },
      message: 'Type "yes" or "no".',
    }
  );

  // Invoice and actuals (inputs; linked actuals are formulas on the tracker).
  const references = new Set<string>();
  const blockHeader = (b: { label: number; header: number }, label: string) => {
    put(b.label, 0, [[label]]);
    put(b.header, 0, [["", "", ...months]]);
    plan.styles.push(
      { range: cellAddress(b.label, 0), style: "label" },
      { range: range(b.header, 0, b.header, L.lastMonthCol), style: "header" }
    );
  };
  blockHeader(
    L.inputs,
    "Invoice and actuals (type each month; linked rows come from the KPI tracker)"
  );
  put(L.invoiceRow, 0, [
    [
      "Invoice",
      "",
      ...keys.map((key): PlanCell => inputs.invoice?.[key] ?? { formula: DEFAULT_INVOICE }),
    ],
  ]);
  plan.styles.push(
    { range: monthRow(L.invoiceRow), style: "input" },
    { range: range(L.invoiceRow, 0, L.invoiceRow, 1), style: "label" }
  );
  plan.numberFormats.push({ range: monthRow(L.invoiceRow), format: money });
  const linked: number[] = [];
  config.serviceLevels.forEach((s, i) => {
    const row = L.actualRow(i);
    const link = linkedCells(s, config, trackers);
    if (link) {
      references.add(link.sheet);
      linked.push(i);
    }
    // A value typed over a linked month overrides the link for that month.
    const typed = (key: string) => inputs.actuals?.[s.name]?.[key] ?? null;
    put(row, 0, [
      [
        s.name,
        link ? "linked" : "typed",
        ...keys.map((key, j): PlanCell => typed(key) ?? (link ? link.cell(j) : null)),
      ],
    ]);
    plan.styles.push(
      { range: range(row, 0, row, 1), style: "label" },
      { range: monthRow(row), style: link ? "computed" : "input" }
    );
    plan.numberFormats.push({ range: monthRow(row), format: "0.00%" });
  });

  // Values reported: blank months stay blank (ISBLANK guards desktop Excel's 0 for empty cells).
  const perSl = (
    b: { first: number },
    cell: (s: ServiceLevel, i: number, m: number) => PlanCell,
    first?: (s: ServiceLevel, i: number) => PlanCell | undefined
  ) =>
    put(
      b.first,
      0,
      config.serviceLevels.map((s, i): PlanCell[] => {
        const spill = first?.(s, i);
        return [
          s.name,
          "",
          ...(spill !== undefined ? [spill] : months.map((_, m) => cell(s, i, m))),
        ];
      })
    );
  blockHeader(L.reported, "Values reported (computed)");
  perSl(L.reported, (_s, i, m) => {
    const a = at(L.actualRow(i), m);
    return { formula: `=IF(ISBLANK(${a}),"",IF(${a}="","",${a}))` };
  });
  blockHeader(L.points, "Service points (points model)");
  perSl(
    L.points,
    () => null,
    (s, i) =>
      s.model === "points"
        ? {
            formula: `=MSP.SLA.POINTS(${reportedRow(i)},${sl(i, SL.expected)},${sl(i, SL.band)},${sl(i, SL.maxPoints)},${sl(i, SL.direction)})`,
          }
        : null
  );

  // Credits, by each service level's model.
  blockHeader(L.credits, "Credits (money)");
  perSl(
    L.credits,
    (s, i, m) => {
      const u = at(L.reported.first + i, m);
      const guard = (f: string) => ({ formula: `=IF(${u}="","",${f})` });
      switch (s.model) {
        case "tier":
          return guard(
            `MSP.SLA.TIERCREDIT(${u},${sl(i, SL.t1)}:${sl(i, SL.t3)},${sl(i, SL.c1)}:${sl(i, SL.c3)},${invoice(m)},${sl(i, SL.direction)})`
          );
        case "linear":
          return guard(
            `MSP.SLA.LINEARCREDIT(${u},${sl(i, SL.expected)},${sl(i, SL.rate)},"","",${sl(i, SL.direction)})*${invoice(m)}`
          );
        case "points": {
          const p = at(L.points.first + i, m);
          return { formula: `=IF(${p}="","",${p}*${B(TERMS.pointValue)}*${invoice(m)})` };
        }
        default:
          return null;
      }
    },
    (s, i) =>
      s.model === "allocation"
        ? {
            formula: `=MSP.SLA.CREDITS(${reportedRow(i)},${sl(i, SL.expected)},${sl(i, SL.minimum)},${B(TERMS.atRisk)}*${sl(i, SL.category)},${sl(i, SL.allocation)},${DEFAULT_REPEAT_LIMIT},${DEFAULT_WINDOW},${sl(i, SL.direction)})`,
          }
        : undefined
  );
  const creditCol = (m: number) =>
    range(L.credits.first, MONTH_COL + m, L.credits.first + L.S - 1, MONTH_COL + m);
  put(L.totals.before, 0, [
    [
      "Credits before the cap",
      "",
      ...months.map((_, m): PlanCell => ({ formula: `=SUM(${creditCol(m)})` })),
    ],
    [
      "Cap (invoice × at-risk %)",
      "",
      ...months.map((_, m): PlanCell => ({ formula: `=${invoice(m)}*${B(TERMS.atRiskPct)}` })),
    ],
    [
      "Credits (capped)",
      "",
      ...months.map((_, m): PlanCell => ({
        formula: `=MSP.SLA.TOTAL(${creditCol(m)},${invoice(m)},${B(TERMS.atRiskPct)})`,
      })),
    ],
  ]);

  // What each service level was credited once the cap cut the month: its share, pro rata.
  blockHeader(
    L.credited,
    "Credited after the cap (each service level's share of the capped total)"
  );
  perSl(L.credited, (_s, i, m) => {
    const c = at(L.credits.first + i, m);
    const before = at(L.totals.before, m);
    return {
      formula: `=IF(${c}="","",IF(${before}=0,0,${c}*${at(L.totals.capped, m)}/${before}))`,
    };
  });

  // Earn-back — of what was credited, booked in the month it is earned (so an invoiced month's
  // adjustment never changes when later months are typed) — and bonuses.
  blockHeader(L.earned, "Credits earned back (in the month they are earned)");
  perSl(
    L.earned,
    () => null,
    (s, i) =>
      s.earnBack > 0
        ? {
            formula: `=MSP.SLA.EARNBACK(${monthRow(L.credited.first + i)},${reportedRow(i)},${sl(i, SL.expected)},${sl(i, SL.earnBack)},${sl(i, SL.direction)},"earned")`,
          }
        : null
  );
  const column = (b: { first: number }, m: number) =>
    range(b.first, MONTH_COL + m, b.first + L.S - 1, MONTH_COL + m);
  put(L.earnedTotal, 0, [
    [
      "Earned back",
      "",
      ...months.map((_, m): PlanCell => ({ formula: `=SUM(${column(L.earned, m)})` })),
    ],
  ]);
  blockHeader(L.bonus, "Performance bonuses");
  perSl(L.bonus, (s, i, m) => {
    if (!(s.incentive.maxBonus > 0)) return null;
    const u = at(L.reported.first + i, m);
    return {
      formula: `=IF(${u}="","",MSP.SLA.INCENTIVE(${u},${sl(i, SL.bonusTarget)},${sl(i, SL.stretch)},${sl(i, SL.maxBonus)},${sl(i, SL.direction)}))`,
    };
  });
  put(L.bonusTotal, 0, [
    [
      "Bonuses",
      "",
      ...months.map((_, m): PlanCell => ({ formula: `=SUM(${column(L.bonus, m)})` })),
    ],
  ]);
  put(L.net.month, 0, [
    [
      "Net invoice adjustment",
      "",
      ...months.map((_, m): PlanCell => ({
        formula: `=${at(L.bonusTotal, m)}+${at(L.earnedTotal, m)}-${at(L.totals.capped, m)}`,
      })),
    ],
    [
      "Net adjustment, year to date",
      "",
      ...months.map((_, m): PlanCell => ({
        formula: `=SUM(${cellAddress(L.net.month, MONTH_COL)}:${at(L.net.month, m)})`,
      })),
    ],
  ]);

  const computedRows = [
    [L.reported.first, L.reported.first + L.S - 1],
    [L.points.first, L.points.first + L.S - 1],
    [L.credits.first, L.totals.capped],
    [L.credited.first, L.credited.first + L.S - 1],
    [L.earned.first, L.earnedTotal],
    [L.bonus.first, L.bonusTotal],
    [L.net.month, L.net.ytd],
  ];
  for (const [top, bottom] of computedRows)
    plan.styles.push(
      { range: range(top, 0, bottom, 1), style: "label" },
      { range: range(top, MONTH_COL, bottom, L.lastMonthCol), style: "computed" }
    );
  for (const row of [L.totals.capped, L.earnedTotal, L.bonusTotal, L.net.month, L.net.ytd])
    plan.styles.push({ range: range(row, 0, row, L.lastMonthCol), style: "total" });
  plan.numberFormats.push(
    {
      range: range(L.reported.first, MONTH_COL, L.reported.first + L.S - 1, L.lastMonthCol),
      format: "0.00%",
    },
    { range: range(L.credits.first, MONTH_COL, L.net.ytd, L.lastMonthCol), format: money }
  );
  plan.names.push(
    { name: "SLA_CreditsCapped", range: monthRow(L.totals.capped) },
    { name: "SLA_NetAdjustment", range: monthRow(L.net.month) }
  );
  plan.charts.push({
    type: "column",
    title: "Monthly credits against the cap",
    categories: monthRow(L.inputs.header),
    series: [
      { name: "Credits (capped)", values: monthRow(L.totals.capped) },
      { name: "Cap", values: monthRow(L.totals.cap), type: "line" },
    ],
    from: cellAddress(L.net.ytd + 2, 0),
    to: cellAddress(L.net.ytd + 18, 7),
  });
  plan.freeze = { rows: 0, columns: 2 };
  plan.columnWidths = [
    { column: "A", width: 220 },
    { column: "B", width: 110 },
    ...months.map((_, m) => ({ column: columnName(MONTH_COL + m), width: 70 })),
  ];
  plan.print = { orientation: "landscape", fitToOnePageWide: true };
  plan.references = [...references];
  plan.settings = {
    provider: config.provider,
    firstMonth: config.firstMonth,
    months: config.months,
    serviceLevels: config.serviceLevels.length,
    linked: JSON.stringify(linked),
  };
  return checkedPlan(plan);
}

/** For a service level linked to a tracker's KPI: the formula of month j's actual, by month. */
function linkedCells(s: ServiceLevel, config: SlaConfig, trackers: LinkedTrackers) {
  if (!s.linkedKpi) return null;
  const [sheet, kpi] = s.linkedKpi.split("|");
  const tracker = trackers[sheet]?.config;
  const index = tracker?.kpis.findIndex((k) => k.name === kpi) ?? -1;
  if (!tracker || index < 0) return null;
  const T = trackers[sheet].layout;
  const ref = sheetReference(sheet);
  const start = (key: string) => {
    const [y, m] = key.split("-").map(Number);
    return y * 12 + m;
  };
  return {
    sheet,
    cell: (j: number): PlanCell => {
      const m = start(monthKey(config.firstMonth, j)) - start(tracker.firstMonth);
      if (m < 0 || m >= tracker.months) return "";
      const a = `${ref}${cellAddress(T.used.first + index, MONTH_COL + m)}`;
      return { formula: `=IF(${a}="","",${a})` };
    },
  };
}
