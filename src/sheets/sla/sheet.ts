/**
 * The service-level credit sheet, one function per block (each named as the sheet titles it):
 * - contract terms (inputs), the pool check and the maximum annual exposure;
 * - the service-level table (inputs; next year's expected level with MSP.SLA.IMPROVE);
 * - Invoice and actuals (typed, or linked by formula to a KPI tracker);
 * - Values reported; Service points (MSP.SLA.POINTS); Credits by each service level's model
 *   (MSP.SLA.CREDITS / TIERCREDIT / LINEARCREDIT / points), the month's total capped at the
 *   at-risk amount (MSP.SLA.TOTAL); Credited after the cap; Credits earned back in the month they
 *   are earned (MSP.SLA.EARNBACK); Performance bonuses (MSP.SLA.INCENTIVE); the net invoice
 *   adjustment, per month and year to date;
 * - a chart of monthly credits (columns) against the cap (a line).
 * Every custom function is called once per service-level row (spilling across the months), not
 * once per month: Excel runs custom functions in JavaScript, and thousands of calls are slow.
 */
import { DEFAULT_REPEAT_LIMIT, DEFAULT_WINDOW } from "../../engine";
import { cellAddress, columnName } from "../../formula/a1";
import { a1, abs, area, BLANK, call, formula, iff, SheetBuilder, text } from "../plan/builder";
import { monthKey, monthLabel, TrackerConfig } from "../kpi/model";
import { MONTH_COL, TrackerLayout } from "../kpi/tracker";
import { PlanCell, sheetReference, SheetPlan } from "../plan/plan";
import { linkText, ServiceLevel, SlaConfig, SlaInputs } from "./model";
import { RAG } from "../plan/styles";

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
    M: shape.months,
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

/** What every block of the sheet shares. */
interface Sla {
  b: SheetBuilder;
  config: SlaConfig;
  L: SlaLayout;
  months: string[];
  keys: string[];
}

const MONEY = "#,##0";
/** Term `row` (column B), absolute. */
const term = (row: number) => abs(row, 1);
/** Column `col` of service level i's row in the table, absolute. */
const sl = (t: Sla, i: number, col: number) => abs(t.L.slFirst + i, col);
/** The months of `row`. */
const monthsOf = (t: Sla, row: number) => area(row, MONTH_COL, row, t.L.lastMonthCol);
/** Month m's cell of `row`. */
const at = (row: number, m: number) => cellAddress(row, MONTH_COL + m);
/** Month m of a block's service-level rows (a column of S cells). */
const monthColumn = (t: Sla, first: number, m: number) =>
  a1(area(first, MONTH_COL + m, first + t.L.S - 1, MONTH_COL + m));
/** Service level i's row of values reported. */
const reported = (t: Sla, i: number) => a1(monthsOf(t, t.L.reported.first + i));

export function slaPlan(
  config: SlaConfig,
  inputs: SlaInputs = {},
  trackers: LinkedTrackers = {}
): SheetPlan {
  const t: Sla = {
    b: new SheetBuilder(SLA_KIND, config.name, SLA_VERSION),
    config,
    L: slaLayout(slaShape(config)),
    months: Array.from({ length: config.months }, (_, m) => monthLabel(config.firstMonth, m)),
    keys: Array.from({ length: config.months }, (_, m) => monthKey(config.firstMonth, m)),
  };
  title(t);
  contractTerms(t);
  serviceLevelTable(t);
  const { references, linked } = invoiceAndActuals(t, inputs, trackers);
  valuesReported(t);
  servicePoints(t);
  creditsBlock(t);
  creditedAfterCap(t);
  earnedBack(t);
  bonuses(t);
  netAdjustment(t);
  looksAndChart(t);
  t.b.plan.references = references;
  t.b.plan.settings = {
    provider: config.provider,
    firstMonth: config.firstMonth,
    months: config.months,
    serviceLevels: config.serviceLevels.length,
    linked: JSON.stringify(linked),
  };
  return t.b.build();
}

function title({ b, config }: Sla): void {
  b.row(0, 0, [`Service-level credits — ${config.provider}`]);
  b.row(1, 0, [
    "Yellow cells are the contract's terms and the figures to type; change the at-risk % or an allocation and every month recomputes. Credits reduce the invoice; earned-back credits and bonuses add to it.",
  ]);
  b.style(area(0, 0), "title").style(area(1, 0), "note");
}

/** Contract terms: fee, at-risk %, the pool and allocations used, point value, exposure. */
function contractTerms(t: Sla): void {
  const { b, config, L } = t;
  const allocations = a1(area(L.slFirst, SL.allocation, L.slFirst + L.S - 1, SL.allocation));
  b.put(TERMS.fee, 0, [
    ["Monthly fee", config.monthlyFee],
    ["At-risk % of the invoice", config.atRiskPct],
    ["At-risk amount (monthly cap)", formula(`${term(TERMS.fee)}*${term(TERMS.atRiskPct)}`)],
    ["Pool available for allocation", config.poolPct],
    [
      "Allocations used",
      formula(call("SUM", allocations)),
      formula(iff(`${term(TERMS.used)}>${term(TERMS.pool)}`, text(OVER_POOL), text(WITHIN_POOL))),
    ],
    ["Credit per service point (of the invoice)", config.pointValue],
    [
      "Maximum annual exposure",
      formula(`${call("SUM", a1(monthsOf(t, L.invoiceRow)))}*${term(TERMS.atRiskPct)}`),
    ],
  ]);
  const value = (row: number) => area(row, 1);
  b.style(area(TERMS.fee, 0, TERMS.exposure, 0), "label");
  for (const row of [TERMS.fee, TERMS.atRiskPct, TERMS.pool, TERMS.pointValue])
    b.style(value(row), "input");
  for (const row of [TERMS.atRisk, TERMS.used, TERMS.exposure]) b.style(value(row), "total");
  b.format(value(TERMS.fee), MONEY)
    .format(value(TERMS.atRiskPct), "0.0%")
    .format(value(TERMS.atRisk), MONEY)
    .format(area(TERMS.pool, 1, TERMS.used, 1), "0%")
    .format(value(TERMS.pointValue), "0.00%")
    .format(value(TERMS.exposure), MONEY)
    .conditional(area(TERMS.used, 2), { kind: "textEquals", text: OVER_POOL, ...RAG.Red })
    .conditional(area(TERMS.used, 2), { kind: "textEquals", text: WITHIN_POOL, ...RAG.Green })
    .name("SLA_AtRiskPct", value(TERMS.atRiskPct))
    .name("SLA_Exposure", value(TERMS.exposure))
    .validate(
      value(TERMS.atRiskPct),
      { kind: "decimal", min: 0, max: 1 },
      "A fraction of the invoice, e.g. 10% or 0.1."
    );
}

const SL_HEADER = [
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

/** The service-level table (inputs), with next year's expected level. */
function serviceLevelTable(t: Sla): void {
  const { b, config, L } = t;
  const rows = config.serviceLevels.map((s, i): PlanCell[] => [
    s.name,
    s.direction,
    s.expected,
    s.minimum,
    s.category,
    s.allocation,
    s.model,
    ...s.tiers.map((tier) => tier.threshold),
    ...s.tiers.map((tier) => tier.credit),
    s.rate,
    s.band,
    s.maxPoints,
    s.earnBack,
    s.incentive.target,
    s.incentive.stretch,
    s.incentive.maxBonus,
    s.improve ? "yes" : "no",
    linkText(s.linkedKpi),
    formula(
      iff(
        `${sl(t, i, SL.improve)}="yes"`,
        call("MSP.SLA.IMPROVE", sl(t, i, SL.expected), reported(t, i)),
        sl(t, i, SL.expected)
      )
    ),
  ]);
  b.put(SL_HEADER_ROW, 0, [SL_HEADER, ...rows]);
  const bottom = L.slFirst + L.S - 1;
  const columns = (left: number, right = left) => area(L.slFirst, left, bottom, right);
  b.table("MSP_ServiceLevels", area(SL_HEADER_ROW, 0, bottom, SL.nextExpected))
    .style(area(SL_HEADER_ROW, 0, SL_HEADER_ROW, SL.nextExpected), "header")
    .style(columns(0, SL.linked), "input")
    .style(columns(SL.nextExpected), "computed")
    .format(columns(SL.expected, SL.allocation), "0.0%")
    .format(columns(SL.t1, SL.c3), "0.0%")
    .format(columns(SL.bonusTarget, SL.stretch), "0.0%")
    .format(columns(SL.maxBonus), MONEY)
    .format(columns(SL.nextExpected), "0.00%")
    .validate(
      columns(SL.direction),
      { kind: "list", values: ["higher", "lower"] },
      'Type "higher" or "lower".'
    )
    .validate(
      columns(SL.model),
      { kind: "list", values: ["allocation", "tier", "linear", "points"] },
      "allocation, tier, linear or points."
    )
    .validate(columns(SL.improve), { kind: "list", values: ["yes", "no"] }, 'Type "yes" or "no".');
}

/** A month block's label and header row (the months). */
function blockHeader(t: Sla, block: Block, label: string): void {
  t.b.row(block.label, 0, [label]);
  t.b.row(block.header, 0, ["", "", ...t.months]);
  t.b.style(area(block.label, 0), "label");
  t.b.style(area(block.header, 0, block.header, t.L.lastMonthCol), "header");
}

/**
 * Invoice and actuals: the invoice (the monthly fee until a real figure is typed), then each
 * service level's actuals — typed, or linked to a tracker's KPI (a value typed over a linked
 * month overrides the link for that month).
 */
function invoiceAndActuals(t: Sla, inputs: SlaInputs, trackers: LinkedTrackers) {
  const { b, config, L } = t;
  blockHeader(
    t,
    L.inputs,
    "Invoice and actuals (type each month; linked rows come from the KPI tracker)"
  );
  b.row(L.invoiceRow, 0, [
    "Invoice",
    "",
    ...t.keys.map((key): PlanCell => inputs.invoice?.[key] ?? { formula: DEFAULT_INVOICE }),
  ]);
  b.style(monthsOf(t, L.invoiceRow), "input")
    .style(area(L.invoiceRow, 0, L.invoiceRow, 1), "label")
    .format(monthsOf(t, L.invoiceRow), MONEY);
  const references = new Set<string>();
  const linked: number[] = [];
  config.serviceLevels.forEach((s, i) => {
    const row = L.actualRow(i);
    const link = linkedCells(s, config, trackers);
    if (link) {
      references.add(link.sheet);
      linked.push(i);
    }
    const typed = (key: string) => inputs.actuals?.[s.name]?.[key] ?? null;
    b.row(row, 0, [
      s.name,
      link ? "linked" : "typed",
      ...t.keys.map((key, j): PlanCell => typed(key) ?? (link ? link.cell(j) : null)),
    ]);
    b.style(area(row, 0, row, 1), "label")
      .style(monthsOf(t, row), link ? "computed" : "input")
      .format(monthsOf(t, row), "0.00%");
  });
  return { references: [...references], linked };
}

/**
 * One row per service level from (block.first, 0): its name, then `cells` (one spilling
 * formula, per-month cells, or nothing).
 */
function perServiceLevel(
  t: Sla,
  block: Block,
  row: (s: ServiceLevel, i: number, r: number) => PlanCell[] | string | null
): void {
  t.config.serviceLevels.forEach((s, i) => {
    const r = block.first + i;
    const cells = row(s, i, r);
    t.b.row(r, 0, [s.name, ""]);
    if (typeof cells === "string") t.b.spill(r, MONTH_COL, cells, 1, t.L.M);
    else if (cells) t.b.row(r, MONTH_COL, cells);
    else t.b.row(r, MONTH_COL, [null]);
  });
}

/** Values reported: blank months stay blank (ISBLANK guards desktop Excel's 0 for empty cells). */
function valuesReported(t: Sla): void {
  blockHeader(t, t.L.reported, "Values reported (computed)");
  perServiceLevel(t, t.L.reported, (_s, i) =>
    t.months.map((_, m) => {
      const a = at(t.L.actualRow(i), m);
      return formula(iff(`ISBLANK(${a})`, BLANK, iff(`${a}=""`, BLANK, a)));
    })
  );
}

/** Service points (points model): MSP.SLA.POINTS on the row of values reported. */
function servicePoints(t: Sla): void {
  blockHeader(t, t.L.points, "Service points (points model)");
  perServiceLevel(t, t.L.points, (s, i) =>
    s.model === "points"
      ? call(
          "MSP.SLA.POINTS",
          reported(t, i),
          sl(t, i, SL.expected),
          sl(t, i, SL.band),
          sl(t, i, SL.maxPoints),
          sl(t, i, SL.direction)
        )
      : null
  );
}

/** A service level's row of credits (money), by its model: one formula for the row. */
function creditsFormula(t: Sla, s: ServiceLevel, i: number): string {
  const { L } = t;
  const invoices = a1(monthsOf(t, L.invoiceRow));
  const u = reported(t, i);
  const dir = sl(t, i, SL.direction);
  switch (s.model) {
    case "tier":
      return call(
        "MSP.SLA.TIERCREDIT",
        u,
        `${sl(t, i, SL.t1)}:${sl(t, i, SL.t3)}`,
        `${sl(t, i, SL.c1)}:${sl(t, i, SL.c3)}`,
        invoices,
        dir
      );
    case "linear": {
      const rate = call(
        "MSP.SLA.LINEARCREDIT",
        u,
        sl(t, i, SL.expected),
        sl(t, i, SL.rate),
        BLANK,
        BLANK,
        dir
      );
      return iff(`${u}=""`, BLANK, `${rate}*${invoices}`);
    }
    case "points": {
      const points = a1(monthsOf(t, L.points.first + i));
      return iff(`${points}=""`, BLANK, `${points}*${term(TERMS.pointValue)}*${invoices}`);
    }
    default:
      return call(
        "MSP.SLA.CREDITS",
        u,
        sl(t, i, SL.expected),
        sl(t, i, SL.minimum),
        `${term(TERMS.atRisk)}*${sl(t, i, SL.category)}`,
        sl(t, i, SL.allocation),
        DEFAULT_REPEAT_LIMIT,
        DEFAULT_WINDOW,
        dir
      );
  }
}

/** Credits (money), then the month's total before the cap, the cap, and the capped total. */
function creditsBlock(t: Sla): void {
  const { b, L } = t;
  blockHeader(t, L.credits, "Credits (money)");
  perServiceLevel(t, L.credits, (s, i) => creditsFormula(t, s, i));
  const credits = a1(area(L.credits.first, MONTH_COL, L.credits.first + L.S - 1, L.lastMonthCol));
  b.put(L.totals.before, 0, [
    [
      "Credits before the cap",
      "",
      ...t.months.map((_, m) => formula(call("SUM", monthColumn(t, L.credits.first, m)))),
    ],
    [
      "Cap (invoice × at-risk %)",
      "",
      ...t.months.map((_, m) => formula(`${at(L.invoiceRow, m)}*${term(TERMS.atRiskPct)}`)),
    ],
  ]);
  // One call for every month's capped total.
  b.row(L.totals.capped, 0, ["Credits (capped)", ""]);
  b.spill(
    L.totals.capped,
    MONTH_COL,
    call("MSP.SLA.TOTAL", credits, a1(monthsOf(t, L.invoiceRow)), term(TERMS.atRiskPct)),
    1,
    L.M
  );
}

/** Credited after the cap: each service level's share of the month's capped total, pro rata. */
function creditedAfterCap(t: Sla): void {
  const { L } = t;
  blockHeader(
    t,
    L.credited,
    "Credited after the cap (each service level's share of the capped total)"
  );
  perServiceLevel(t, L.credited, (_s, i) =>
    t.months.map((_, m) => {
      const c = at(L.credits.first + i, m);
      const before = at(L.totals.before, m);
      return formula(
        iff(`${c}=""`, BLANK, iff(`${before}=0`, 0, `${c}*${at(L.totals.capped, m)}/${before}`))
      );
    })
  );
}

/**
 * Credits earned back — of what was credited, booked in the month they are earned (so an invoiced
 * month's adjustment never changes when later months are typed) — and the month's total.
 */
function earnedBack(t: Sla): void {
  const { b, L } = t;
  blockHeader(t, L.earned, "Credits earned back (in the month they are earned)");
  perServiceLevel(t, L.earned, (s, i) =>
    s.earnBack > 0
      ? call(
          "MSP.SLA.EARNBACK",
          a1(monthsOf(t, L.credited.first + i)),
          reported(t, i),
          sl(t, i, SL.expected),
          sl(t, i, SL.earnBack),
          sl(t, i, SL.direction),
          text("earned")
        )
      : null
  );
  b.row(L.earnedTotal, 0, [
    "Earned back",
    "",
    ...t.months.map((_, m) => formula(call("SUM", monthColumn(t, L.earned.first, m)))),
  ]);
}

/** Performance bonuses: MSP.SLA.INCENTIVE on the row of values reported, and the month's total. */
function bonuses(t: Sla): void {
  const { b, L } = t;
  blockHeader(t, L.bonus, "Performance bonuses");
  perServiceLevel(t, L.bonus, (s, i) =>
    s.incentive.maxBonus > 0
      ? call(
          "MSP.SLA.INCENTIVE",
          reported(t, i),
          sl(t, i, SL.bonusTarget),
          sl(t, i, SL.stretch),
          sl(t, i, SL.maxBonus),
          sl(t, i, SL.direction)
        )
      : null
  );
  b.row(L.bonusTotal, 0, [
    "Bonuses",
    "",
    ...t.months.map((_, m) => formula(call("SUM", monthColumn(t, L.bonus.first, m)))),
  ]);
}

/** The net invoice adjustment: bonuses + earned back − capped credits; and the year to date. */
function netAdjustment(t: Sla): void {
  const { b, L } = t;
  b.put(L.net.month, 0, [
    [
      "Net invoice adjustment",
      "",
      ...t.months.map((_, m) =>
        formula(`${at(L.bonusTotal, m)}+${at(L.earnedTotal, m)}-${at(L.totals.capped, m)}`)
      ),
    ],
    [
      "Net adjustment, year to date",
      "",
      ...t.months.map((_, m) =>
        formula(call("SUM", `${cellAddress(L.net.month, MONTH_COL)}:${at(L.net.month, m)}`))
      ),
    ],
  ]);
}

/** Styles and formats of the computed blocks, names, the chart, panes and page setup. */
function looksAndChart(t: Sla): void {
  const { b, L } = t;
  const computed = [
    [L.reported.first, L.reported.first + L.S - 1],
    [L.points.first, L.points.first + L.S - 1],
    [L.credits.first, L.totals.capped],
    [L.credited.first, L.credited.first + L.S - 1],
    [L.earned.first, L.earnedTotal],
    [L.bonus.first, L.bonusTotal],
    [L.net.month, L.net.ytd],
  ];
  for (const [top, bottom] of computed)
    b.style(area(top, 0, bottom, 1), "label").style(
      area(top, MONTH_COL, bottom, L.lastMonthCol),
      "computed"
    );
  for (const row of [L.totals.capped, L.earnedTotal, L.bonusTotal, L.net.month, L.net.ytd])
    b.style(area(row, 0, row, L.lastMonthCol), "total");
  b.format(area(L.reported.first, MONTH_COL, L.reported.first + L.S - 1, L.lastMonthCol), "0.00%")
    .format(area(L.credits.first, MONTH_COL, L.net.ytd, L.lastMonthCol), MONEY)
    .name("SLA_CreditsCapped", monthsOf(t, L.totals.capped))
    .name("SLA_NetAdjustment", monthsOf(t, L.net.month));
  b.plan.charts.push({
    type: "column",
    title: "Monthly credits against the cap",
    categories: a1(monthsOf(t, L.inputs.header)),
    series: [
      { name: "Credits (capped)", values: a1(monthsOf(t, L.totals.capped)) },
      { name: "Cap", values: a1(monthsOf(t, L.totals.cap)), type: "line" },
    ],
    from: cellAddress(L.net.ytd + 2, 0),
    to: cellAddress(L.net.ytd + 18, 7),
  });
  b.plan.freeze = { rows: 0, columns: 2 };
  b.plan.columnWidths = [
    { column: "A", width: 220 },
    { column: "B", width: 110 },
    ...t.months.map((_, m) => ({ column: columnName(MONTH_COL + m), width: 70 })),
  ];
  b.plan.print = { orientation: "landscape", fitToOnePageWide: true };
}

type Block = { label: number; header: number; first: number };

/** For a service level linked to a tracker's KPI: the formula of month j's actual, by month. */
function linkedCells(s: ServiceLevel, config: SlaConfig, trackers: LinkedTrackers) {
  if (!s.linkedKpi) return null;
  const { sheet, kpi } = s.linkedKpi;
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
