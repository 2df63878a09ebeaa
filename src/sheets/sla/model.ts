/**
 * Service-level credits as data: the contract terms (monthly fee, at-risk %, the pool of
 * allocation), the service levels (each linked to a KPI of a tracker or typed standalone, with
 * its expected and minimum levels, allocation and credit model, earn-back, incentive and
 * continuous improvement) and what users typed: the invoice and the actuals, by month.
 *
 * A sheet runs over contract years of twelve months from its first month. Year 1's levels are
 * the service level's own; each later year's (expected, minimum, bonus from, stretch) are typed on
 * the sheet or proposed there (continuous improvement from the year before), and its actuals may
 * link to that year's KPI tracker.
 */
import type { PlanCell } from "../plan/plan";

/**
 * How a missed service level turns into a credit: "allocation" (at-risk amount × category ×
 * allocation on a service level default, SLA.CREDITS), "tier" (a tier table, SLA.TIERCREDIT),
 * "linear" (per point below target, SLA.LINEARCREDIT) or "points" (service points, SLA.POINTS).
 */
export type CreditModel = "allocation" | "tier" | "linear" | "points";

export interface ServiceLevel {
  name: string;
  direction: "higher" | "lower";
  expected: number;
  minimum: number;
  /** Category share of the at-risk amount (Texas DIR's "pool allocation"); 1 when none. */
  category: number;
  /** This service level's allocation % of the (category's) at-risk amount. */
  allocation: number;
  model: CreditModel;
  /** Tier model: up to three thresholds and their credit % of the month's invoice. */
  tiers: { threshold: number | null; credit: number | null }[];
  /** Linear model: credit % of the invoice per unit of shortfall. */
  rate: number;
  /** Points model: shortfall per point, and the most points a month before doubling. */
  band: number;
  maxPoints: number;
  /** Months after a credit that must meet the expected level to earn it back (0: no earn-back). */
  earnBack: number;
  /** Incentive: bonus from 0 at target to maxBonus at stretch (no incentive when maxBonus is 0). */
  incentive: { target: number; stretch: number; maxBonus: number };
  improve: boolean;
  /** Continuous improvement's cap: a year's rise at most this × (1 − level); null: no cap. */
  maxStep: number | null;
  /** Year 1's KPI of a tracker whose reported values are the actuals; null: typed on the sheet. */
  linkedKpi: KpiLink | null;
  /** The KPI each later contract year's actuals come from (years 2, 3…); null: typed. */
  laterLinks: (KpiLink | null)[];
}

/** Months in a contract year. */
export const YEAR_MONTHS = 12;

/** How many contract years `months` months from the first month span. */
export const contractYears = (months: number): number =>
  Math.max(1, Math.ceil(months / YEAR_MONTHS));

/** The contract year (1, 2…) of month m (0-based). */
export const yearOf = (m: number): number => Math.floor(m / YEAR_MONTHS) + 1;

/** The link of contract year `year` (1-based). */
export const linkOfYear = (s: ServiceLevel, year: number): KpiLink | null =>
  year === 1 ? s.linkedKpi : (s.laterLinks[year - 2] ?? null);

/** The levels a later contract year can be given, as the sheet's year table lists them. */
export type YearLevel = "expected" | "minimum" | "target" | "stretch";

/** A KPI of a KPI tracker sheet. */
export interface KpiLink {
  sheet: string;
  kpi: string;
}

/**
 * A link as the service-level table's "Linked KPI" cell holds it, "Sheet|KPI name" — written and
 * read here only.
 */
export function linkText(link: KpiLink | null): string {
  return link ? `${link.sheet}|${link.kpi}` : "";
}

/** The link a "Linked KPI" cell holds (null when empty or not "Sheet|KPI"). */
export function parseLink(text: string): KpiLink | null {
  const bar = text.indexOf("|");
  return bar > 0 && bar < text.length - 1
    ? { sheet: text.slice(0, bar), kpi: text.slice(bar + 1) }
    : null;
}

export interface SlaConfig {
  name: string;
  provider: string;
  firstMonth: string;
  months: number;
  monthlyFee: number;
  atRiskPct: number;
  /** Sum of allocations available (e.g. 2.5 = 250%): allocations above it are flagged. */
  poolPct: number;
  /** Points model: credit per service point, as a fraction of the month's invoice. */
  pointValue: number;
  serviceLevels: ServiceLevel[];
}

/**
 * What users typed, by month ("YYYY-MM", see monthKey): the invoice figures, and each service
 * level's actuals (by service-level name; for a linked one, values typed over the link).
 */
export interface SlaInputs {
  invoice?: Record<string, PlanCell>;
  actuals?: Record<string, Record<string, PlanCell>>;
  /**
   * Levels typed for later contract years: by service-level name, then year (2, 3…); a level not
   * typed is the sheet's proposal.
   */
  levels?: Record<string, Record<number, Partial<Record<YearLevel, PlanCell>>>>;
}

export const serviceLevel = (name: string, extra: Partial<ServiceLevel> = {}): ServiceLevel => ({
  name,
  direction: "higher",
  expected: 0.999,
  minimum: 0.99,
  category: 1,
  allocation: 0.2,
  model: "allocation",
  tiers: [
    { threshold: null, credit: null },
    { threshold: null, credit: null },
    { threshold: null, credit: null },
  ],
  rate: 1,
  band: 0.001,
  maxPoints: 4,
  earnBack: 0,
  incentive: { target: 0, stretch: 0, maxBonus: 0 },
  improve: false,
  maxStep: null,
  linkedKpi: null,
  laterLinks: [],
  ...extra,
});

export function defaultSla(): SlaConfig {
  return {
    name: "SLA credits",
    provider: "Managed service provider",
    firstMonth: `${new Date().getFullYear()}-01`,
    months: 12,
    monthlyFee: 100000,
    atRiskPct: 0.1,
    poolPct: 2.5,
    pointValue: 0.005,
    serviceLevels: [
      serviceLevel("Availability", {
        expected: 0.999,
        minimum: 0.99,
        category: 0.5,
        allocation: 0.4,
        earnBack: 3,
        improve: true,
      }),
      serviceLevel("Service desk response", {
        model: "tier",
        expected: 0.95,
        minimum: 0.9,
        allocation: 0.2,
        tiers: [
          { threshold: 0.95, credit: 0.02 },
          { threshold: 0.9, credit: 0.05 },
          { threshold: 0.8, credit: 0.1 },
        ],
      }),
      serviceLevel("Patch compliance", {
        model: "linear",
        expected: 0.95,
        minimum: 0.9,
        allocation: 0.2,
        rate: 0.1,
      }),
      serviceLevel("Backup success", {
        model: "points",
        expected: 0.99,
        minimum: 0.95,
        allocation: 0.2,
        band: 0.01,
        maxPoints: 4,
        incentive: { target: 0.995, stretch: 1, maxBonus: 2000 },
      }),
    ],
  };
}

export function slaProblems(config: SlaConfig): string[] {
  const problems: string[] = [];
  if (config.serviceLevels.length === 0) problems.push("Add at least one service level.");
  const names = config.serviceLevels.map((s) => s.name.trim().toLowerCase());
  if (names.some((n) => n === "")) problems.push("Every service level needs a name.");
  for (const n of new Set(names.filter((n, i) => names.indexOf(n) !== i)))
    problems.push(`Two service levels are called "${n}".`);
  if (!(config.monthlyFee > 0)) problems.push("The monthly fee must be above 0.");
  if (!(config.atRiskPct >= 0 && config.atRiskPct <= 1))
    problems.push("The at-risk % is a fraction from 0 to 1 (e.g. 0.1).");
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(config.firstMonth))
    problems.push("The first month is YYYY-MM, e.g. 2026-01.");
  if (!(config.months >= 1 && config.months <= 60)) problems.push("Track from 1 to 60 months.");
  return problems;
}
