/**
 * The monthly KPI review as data: the provider's KPIs (each with a target, direction, amber
 * tolerance and year-to-date method; ratio KPIs from a numerator and a denominator), the months
 * tracked, and what users typed (actuals, numerators, denominators), by KPI, row and month.
 */
import { DEFAULT_TOLERANCE } from "../../engine";
import type { PlanCell } from "../plan/plan";

export type YtdMethod = "average" | "sum" | "last" | "min" | "max";

export interface Kpi {
  name: string;
  unit: string;
  direction: "higher" | "lower";
  target: number;
  /** Amber band as a fraction of the target. */
  tolerance: number;
  ytd: YtdMethod;
  /** A ratio KPI is typed as numerator and denominator; its YTD is Σ numerators / Σ denominators. */
  ratio: { numerator: string; denominator: string } | null;
  /** What a user typed in the notes cell (text, or a number or date Excel made of it). */
  notes: PlanCell;
}

export interface TrackerConfig {
  /** The sheet name. */
  name: string;
  provider: string;
  /** First month tracked, "YYYY-MM". */
  firstMonth: string;
  months: number;
  kpis: Kpi[];
}

/**
 * What users typed: KPI name → its rows in the actuals block (0: the actual, or a ratio's
 * numerator; 1: its denominator) → month ("YYYY-MM", see monthKey) → value.
 */
export type TrackerInputs = Record<string, Record<string, PlanCell>[]>;

/** A KPI definition with the usual defaults (10% amber band, average YTD, not a ratio). */
export const kpi = (
  name: string,
  unit: string,
  direction: Kpi["direction"],
  target: number,
  extra: Partial<Kpi> = {}
): Kpi => ({
  name,
  unit,
  direction,
  target,
  tolerance: DEFAULT_TOLERANCE,
  ytd: "average",
  ratio: null,
  notes: "",
  ...extra,
});

/** Typical MSP KPIs with public industry targets (README, "The monthly KPI review"). */
export const KPI_CATALOG: readonly Kpi[] = [
  kpi("P1 first response", "minutes", "lower", 30),
  kpi("P1 resolution", "hours", "lower", 4),
  kpi("P2 resolution", "hours", "lower", 8),
  kpi("P3 resolution", "hours", "lower", 24),
  kpi("P4 resolution", "hours", "lower", 48),
  kpi("First-contact resolution", "%", "higher", 0.75, {
    ratio: { numerator: "Resolved at first contact", denominator: "Tickets" },
  }),
  kpi("Customer satisfaction (CSAT)", "%", "higher", 0.9),
  kpi("Availability", "%", "higher", 0.999, { tolerance: 0.005, ytd: "average" }),
  kpi("Patch compliance", "%", "higher", 0.95),
  kpi("Backup success", "%", "higher", 0.98),
  kpi("SLA attainment", "%", "higher", 0.95, {
    ratio: { numerator: "Tickets within SLA", denominator: "Tickets" },
  }),
  kpi("Ticket backlog", "tickets", "lower", 50, { ytd: "last" }),
];

export function defaultTracker(today = new Date()): TrackerConfig {
  return {
    name: "KPI tracker",
    provider: "Managed service provider",
    firstMonth: `${today.getFullYear()}-01`,
    months: 12,
    kpis: KPI_CATALOG.filter((k) =>
      [
        "P1 first response",
        "P1 resolution",
        "First-contact resolution",
        "Customer satisfaction (CSAT)",
        "Availability",
        "Patch compliance",
        "Backup success",
        "Ticket backlog",
      ].includes(k.name)
    ).map((k) => ({ ...k })),
  };
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** The label of month `i` (0-based) from "YYYY-MM": "Jan 2026". */
export function monthLabel(firstMonth: string, i: number): string {
  const [y, m] = firstMonth.split("-").map(Number);
  const index = y * 12 + (m - 1) + i;
  return `${MONTHS[index % 12]} ${Math.floor(index / 12)}`;
}

/** "YYYY-MM" of month `i` from `firstMonth`. */
export function monthKey(firstMonth: string, i: number): string {
  const [y, m] = firstMonth.split("-").map(Number);
  const index = y * 12 + (m - 1) + i;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** Rows a KPI has in the actuals block: its actual, or its ratio's numerator and denominator. */
export function inputRows(k: Kpi): string[] {
  return k.ratio ? [k.ratio.numerator, k.ratio.denominator] : ["Actual"];
}

export function trackerProblems(config: TrackerConfig): string[] {
  const problems: string[] = [];
  if (config.kpis.length === 0) problems.push("Choose at least one KPI.");
  const names = config.kpis.map((k) => k.name.trim().toLowerCase());
  if (names.some((n) => n === "")) problems.push("Every KPI needs a name.");
  for (const n of new Set(names.filter((n, i) => names.indexOf(n) !== i)))
    problems.push(`Two KPIs are called "${n}".`);
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(config.firstMonth))
    problems.push("The first month is YYYY-MM, e.g. 2026-01.");
  if (!(config.months >= 1 && config.months <= 60)) problems.push("Track from 1 to 60 months.");
  if (config.kpis.some((k) => !Number.isFinite(k.target) || k.target === 0))
    problems.push("Every KPI needs a target other than 0.");
  if (config.kpis.some((k) => !(k.tolerance >= 0)))
    problems.push("Amber tolerances are fractions ≥ 0.");
  return problems;
}
