/**
 * The service-level credit sheet, one function per block (each named as the sheet titles it):
 * - contract terms (inputs), the pool check and the maximum annual exposure;
 * - the service-level table (inputs: year 1's levels; the next year's expected with
 *   MSP.SLA.IMPROVE);
 * - Invoice and actuals (typed, or linked by formula to a KPI tracker);
 * - Values reported; Service points (MSP.SLA.POINTS); Credits by each service level's model
 *   (MSP.SLA.CREDITS / TIERCREDIT / LINEARCREDIT / points), the month's total capped at the
 *   at-risk amount (MSP.SLA.TOTAL); Credited after the cap; Credits earned back in the month they
 *   are earned (MSP.SLA.EARNBACK); Performance bonuses (MSP.SLA.INCENTIVE); the net invoice
 *   adjustment, per month and year to date;
 * - a chart of monthly credits (columns) against the cap (a line);
 * - the levels of every contract year (year 1's from the table; later years typed, or proposed
 *   from the year before), the levels in force month by month — what the functions judge each
 *   month by — and a summary per contract year.
 * Every custom function is called once per service-level row (spilling across the months), not
 * once per month: Excel runs custom functions in JavaScript, and thousands of calls are slow.
 */
import { DEFAULT_REPEAT_LIMIT, DEFAULT_WINDOW } from "../../engine";
import { cellAddress, columnName } from "../../formula/a1";
import { a1, abs, area, BLANK, call, formula, iff, SheetBuilder, text } from "../plan/builder";
import { monthKey, monthLabel, TrackerConfig } from "../kpi/model";
import { MONTH_COL, TrackerLayout } from "../kpi/tracker";
import { sheetPrefix } from "../../formula/formula";
import { PlanCell, SheetPlan } from "../plan/plan";
import {
  contractYears,
  linkOfYear,
  linkText,
  ServiceLevel,
  SlaConfig,
  SlaInputs,
  YEAR_MONTHS,
  YearLevel,
  yearOf,
} from "./model";
import { RAG } from "../plan/styles";

export const SLA_KIND = "sla-credits";
/**
 * Version 3 adds contract years (the year table, the levels in force, the summary: all below the
 * chart, so a version 2 sheet reads as the same sheet with one year's levels).
 */
export const SLA_VERSION = 3;
/** The oldest layout the reader still reads. */
export const SLA_READABLE_VERSION = 2;

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
  maxStep: 23,
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
  const chart = { from: net.ytd + 2, to: net.ytd + 18 };
  // Contract years: the year table (every service level for year 1, then year 2…), the levels in
  // force month by month (expected, minimum, bonus from, stretch per service level), the summary.
  const Y = contractYears(shape.months);
  const years = block(chart.to + 2);
  const yearRow = (year: number, i: number) => years.first + (year - 1) * S + i;
  const inForce = block(years.first + Y * S + 1);
  const levelRow = (i: number, level: number) => inForce.first + i * LEVELS.length + level;
  const summary = block(inForce.first + S * LEVELS.length + 1);
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
    chart,
    Y,
    years,
    yearRow,
    inForce,
    levelRow,
    summary,
    lastMonthCol: MONTH_COL + shape.months - 1,
  };
}

/** The levels a contract year sets, in the year table's columns (C on) and the levels in force. */
export const LEVELS = ["expected", "minimum", "target", "stretch"] as const satisfies YearLevel[];
const LEVEL_LABELS = ["expected", "minimum", "bonus from", "bonus stretch"];
/** Year table columns: service level, year, the four levels, the linked KPI. */
export const YEAR_COL = { name: 0, year: 1, first: 2, linked: 6 } as const;
/** Summary rows, from the summary block's first row. */
const SUMMARY = [
  "Credits (capped)",
  "Earned back",
  "Bonuses",
  "Net invoice adjustment",
  "Cap (invoice × at-risk %)",
  "At-risk exposure used",
];

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
/** Service level i's level in force, month by month (a contract year's expected…). */
const level = (t: Sla, i: number, which: YearLevel) =>
  a1(monthsOf(t, t.L.levelRow(i, LEVELS.indexOf(which))));
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
  contractYearLevels(t, inputs);
  levelsInForce(t);
  yearSummary(t);
  t.b.plan.references = references;
  t.b.plan.settings = {
    provider: config.provider,
    firstMonth: config.firstMonth,
    months: config.months,
    serviceLevels: config.serviceLevels.length,
    linked: JSON.stringify(linked),
    years: t.L.Y,
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
    // The largest contract year's cap (the whole sheet's when it spans one year).
    [
      "Maximum annual exposure",
      formula(
        call(
          "MAX",
          a1(area(L.summary.first + 4, MONTH_COL, L.summary.first + 4, MONTH_COL + L.Y - 1))
        )
      ),
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
  "Expected (year 1)",
  "Minimum (year 1)",
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
  "Improve cap",
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
    formula(proposedExpected(t, i, L.Y + 1)),
    s.maxStep,
  ]);
  b.put(SL_HEADER_ROW, 0, [SL_HEADER, ...rows]);
  const bottom = L.slFirst + L.S - 1;
  const columns = (left: number, right = left) => area(L.slFirst, left, bottom, right);
  b.table("MSP_ServiceLevels", area(SL_HEADER_ROW, 0, bottom, SL.maxStep))
    .style(area(SL_HEADER_ROW, 0, SL_HEADER_ROW, SL.maxStep), "header")
    .style(columns(0, SL.linked), "input")
    .style(columns(SL.nextExpected), "computed")
    .style(columns(SL.maxStep), "input")
    .format(columns(SL.maxStep), "0%")
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

/**
 * The expected level proposed for contract year `year` (2, 3… — the year after the sheet's last
 * for the table's "Next year's expected"): with continuous improvement, MSP.SLA.IMPROVE on the
 * previous year's level and its reported months (capped by the Improve cap when one is typed);
 * else the previous year's level. Later months never change it.
 */
function proposedExpected(t: Sla, i: number, year: number): string {
  const { L } = t;
  const previous =
    year - 1 === 1 ? sl(t, i, SL.expected) : abs(L.yearRow(year - 1, i), YEAR_COL.first);
  const from = (year - 2) * YEAR_MONTHS;
  const to = Math.min(t.config.months, (year - 1) * YEAR_MONTHS) - 1;
  const months = a1(
    area(L.reported.first + i, MONTH_COL + from, L.reported.first + i, MONTH_COL + to)
  );
  const cap = sl(t, i, SL.maxStep);
  // A blank cap reaches a function as 0 on desktop Excel: leave the argument out instead.
  const improved = iff(
    `ISBLANK(${cap})`,
    call("MSP.SLA.IMPROVE", previous, months),
    call("MSP.SLA.IMPROVE", previous, months, cap)
  );
  return iff(`${sl(t, i, SL.improve)}="yes"`, improved, previous);
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
  /** [service level, contract year] of every year whose actuals are linked. */
  const linked: [number, number][] = [];
  config.serviceLevels.forEach((s, i) => {
    const row = L.actualRow(i);
    const links = Array.from({ length: L.Y }, (_, y) => linkedCells(s, y + 1, config, trackers));
    links.forEach((link, y) => {
      if (!link) return;
      references.add(link.sheet);
      linked.push([i, y + 1]);
    });
    const typed = (key: string) => inputs.actuals?.[s.name]?.[key] ?? null;
    b.row(row, 0, [
      s.name,
      links.some(Boolean) ? "linked" : "typed",
      ...t.keys.map((key, j): PlanCell => typed(key) ?? links[yearOf(j) - 1]?.cell(j) ?? null),
    ]);
    b.style(area(row, 0, row, 1), "label").format(monthsOf(t, row), "0.00%");
    links.forEach((link, y) => {
      const first = MONTH_COL + y * YEAR_MONTHS;
      const last = Math.min(L.lastMonthCol, first + YEAR_MONTHS - 1);
      b.style(area(row, first, row, last), link ? "computed" : "input");
    });
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
          level(t, i, "expected"),
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
        level(t, i, "expected"),
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
        level(t, i, "expected"),
        level(t, i, "minimum"),
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
          level(t, i, "expected"),
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
          level(t, i, "target"),
          level(t, i, "stretch"),
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
      // Year to date within the month's contract year.
      ...t.months.map((_, m) =>
        formula(
          call("SUM", `${at(L.net.month, (yearOf(m) - 1) * YEAR_MONTHS)}:${at(L.net.month, m)}`)
        )
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
    from: cellAddress(L.chart.from, 0),
    to: cellAddress(L.chart.to, 7),
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

/**
 * For a service level whose contract year `year` is linked to a tracker's KPI: the formula of
 * month j's actual (months outside the tracker: "").
 */
function linkedCells(s: ServiceLevel, year: number, config: SlaConfig, trackers: LinkedTrackers) {
  const link = linkOfYear(s, year);
  if (!link) return null;
  const { sheet, kpi } = link;
  const tracker = trackers[sheet]?.config;
  const index = tracker?.kpis.findIndex((k) => k.name === kpi) ?? -1;
  if (!tracker || index < 0) return null;
  const T = trackers[sheet].layout;
  const ref = sheetPrefix(sheet);
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

/**
 * The levels of every contract year: year 1's from the service-level table (computed here), each
 * later year's typed (yellow) or, until typed, proposed — the expected level by continuous
 * improvement, the others as the year before — and the tracker its actuals link to.
 */
function contractYearLevels(t: Sla, inputs: SlaInputs): void {
  const { b, config, L } = t;
  b.row(L.years.label, 0, [
    "Levels by contract year (year 1 from the table above; type over a later year's proposal to set it)",
  ]);
  b.row(L.years.header, 0, [
    "Service level",
    "Contract year",
    "Expected",
    "Minimum",
    "Bonus from",
    "Bonus stretch",
    "Linked KPI",
  ]);
  b.style(area(L.years.label, 0), "label").style(
    area(L.years.header, 0, L.years.header, YEAR_COL.linked),
    "header"
  );
  const year1 = [SL.expected, SL.minimum, SL.bonusTarget, SL.stretch];
  for (let year = 1; year <= L.Y; year++) {
    config.serviceLevels.forEach((s, i) => {
      const row = L.yearRow(year, i);
      const name = formula(sl(t, i, SL.name));
      if (year === 1) {
        b.row(row, 0, [
          name,
          "Year 1",
          ...year1.map((col) => formula(sl(t, i, col))),
          formula(iff(`${sl(t, i, SL.linked)}=""`, BLANK, sl(t, i, SL.linked))),
        ]);
        b.style(area(row, 0, row, YEAR_COL.linked), "computed");
        return;
      }
      const typed = inputs.levels?.[s.name]?.[year] ?? {};
      const before = (k: number) => abs(L.yearRow(year - 1, i), YEAR_COL.first + k);
      const proposal = (k: number): PlanCell =>
        formula(k === 0 ? proposedExpected(t, i, year) : before(k));
      b.row(row, 0, [
        name,
        `Year ${year}`,
        ...LEVELS.map((which, k) => typed[which] ?? proposal(k)),
        linkText(s.laterLinks[year - 2] ?? null),
      ]);
      b.style(area(row, 0, row, 1), "computed").style(
        area(row, YEAR_COL.first, row, YEAR_COL.linked),
        "input"
      );
    });
  }
  b.format(
    area(L.yearRow(1, 0), YEAR_COL.first, L.yearRow(L.Y, L.S - 1), YEAR_COL.first + 3),
    "0.00%"
  );
}

/** The levels in force each month: its contract year's, for every service level. */
function levelsInForce(t: Sla): void {
  const { b, config, L } = t;
  blockHeader(t, L.inForce, "Levels in force (each month judged by its contract year's levels)");
  config.serviceLevels.forEach((_, i) =>
    LEVELS.forEach((__, k) =>
      b.row(L.levelRow(i, k), 0, [
        k === 0 ? formula(sl(t, i, SL.name)) : "",
        LEVEL_LABELS[k],
        ...t.months.map((___, m) => formula(abs(L.yearRow(yearOf(m), i), YEAR_COL.first + k))),
      ])
    )
  );
  const bottom = L.levelRow(L.S - 1, LEVELS.length - 1);
  b.style(area(L.inForce.first, 0, bottom, 1), "label")
    .style(area(L.inForce.first, MONTH_COL, bottom, L.lastMonthCol), "computed")
    .format(area(L.inForce.first, MONTH_COL, bottom, L.lastMonthCol), "0.00%");
}

/** Per contract year: credits, earned back, bonuses, net adjustment, the cap and how much of it was used. */
function yearSummary(t: Sla): void {
  const { b, L } = t;
  b.row(L.summary.label, 0, ["Per contract year (for the annual review)"]);
  b.row(L.summary.header, 0, ["", "", ...Array.from({ length: L.Y }, (_, y) => `Year ${y + 1}`)]);
  const ofYear = (row: number, y: number) =>
    call(
      "SUM",
      a1(
        area(
          row,
          MONTH_COL + y * YEAR_MONTHS,
          row,
          Math.min(L.lastMonthCol, MONTH_COL + (y + 1) * YEAR_MONTHS - 1)
        )
      )
    );
  const sums = [L.totals.capped, L.earnedTotal, L.bonusTotal, L.net.month, L.totals.cap];
  SUMMARY.forEach((label, r) =>
    b.row(L.summary.first + r, 0, [
      label,
      "",
      ...Array.from({ length: L.Y }, (_, y): PlanCell => {
        if (r < sums.length) return formula(ofYear(sums[r], y));
        const col = MONTH_COL + y;
        const credits = cellAddress(L.summary.first, col);
        const cap = cellAddress(L.summary.first + 4, col);
        return formula(iff(`${cap}=0`, BLANK, `${credits}/${cap}`));
      }),
    ])
  );
  const last = MONTH_COL + L.Y - 1;
  const bottom = L.summary.first + SUMMARY.length - 1;
  b.style(area(L.summary.label, 0), "label")
    .style(area(L.summary.header, 0, L.summary.header, last), "header")
    .style(area(L.summary.first, 0, bottom, 1), "label")
    .style(area(L.summary.first, MONTH_COL, bottom, last), "total")
    .format(area(L.summary.first, MONTH_COL, bottom - 1, last), MONEY)
    .format(area(bottom, MONTH_COL, bottom, last), "0.0%")
    .name("SLA_YearSummary", area(L.summary.first, MONTH_COL, bottom, last));
}
