/**
 * Reading an SLA credit sheet back (terms, service levels, every invoice figure and typed actual)
 * and rebuilding it — a service level or a month added — without losing a value; linked KPIs stay
 * linked (their actuals are formulas on the tracker, rebuilt from the link).
 *
 * Everything is found by position, from the layout recorded with the sheet (its service levels,
 * months and which rows were linked) — never by matching a label.
 */
import { monthKey } from "../kpi/model";
import { readTracker } from "../kpi/reader";
import { MONTH_COL } from "../kpi/tracker";
import { asText, recordedSettings, SheetSnapshot, snapshotValue, typedCell } from "../plan/owner";
import { parseFormula, printFormula } from "../../formula/formula";
import { cellAddress } from "../../formula/a1";
import { isFormula, PlanCell, planCells, SheetPlan } from "../plan/plan";
import {
  DEFAULT_INVOICE,
  LEVELS,
  LinkedTrackers,
  SL,
  SLA_READABLE_VERSION,
  slaLayout,
  slaPlan,
  TERMS,
  YEAR_COL,
} from "./sheet";
import {
  contractYears,
  CreditModel,
  linkOfYear,
  parseLink,
  serviceLevel,
  ServiceLevel,
  SlaConfig,
  SlaInputs,
  slaProblems,
  YEAR_MONTHS,
} from "./model";

const MODELS: CreditModel[] = ["allocation", "tier", "linear", "points"];

export function readSla(sheet: SheetSnapshot): { config: SlaConfig; inputs: SlaInputs } {
  const settings = recordedSettings(sheet, "SLA credit sheet", SLA_READABLE_VERSION);
  const firstMonth = String(settings.firstMonth);
  const months = Number(settings.months);
  const S = Number(settings.serviceLevels);
  // Which service levels' years were linked: [i, year] pairs (version 2: service levels, year 1).
  const linkedYears: [number, number][] = (
    JSON.parse(String(settings.linked ?? "[]")) as (number | [number, number])[]
  ).map((x) => (typeof x === "number" ? [x, 1] : x));
  const linked = (i: number, m: number) =>
    linkedYears.some(([j, y]) => j === i && y === Math.floor(m / 12) + 1);
  const L = slaLayout({ serviceLevels: S, months });
  // A version 2 sheet has no year table: its later years' levels are the proposals.
  const hasYears = Number(sheet.record?.version ?? 0) >= 3;
  // Numbers typed where a number belongs; anything else falls back to the model's default.
  const defaults = serviceLevel("");
  const num = (v: unknown, fallback: number) => (typeof v === "number" ? v : fallback);
  const term = (row: number) => snapshotValue(sheet, row, 1);

  const serviceLevels: ServiceLevel[] = Array.from({ length: S }, (_, i) => {
    const at = (c: number) => snapshotValue(sheet, L.slFirst + i, c);
    const model = asText(at(SL.model)).toLowerCase() as CreditModel;
    const optional = (c: number) => (typeof at(c) === "number" ? (at(c) as number) : null);
    return {
      name: asText(at(SL.name)),
      direction: asText(at(SL.direction)).toLowerCase() === "lower" ? "lower" : "higher",
      expected: num(at(SL.expected), defaults.expected),
      minimum: num(at(SL.minimum), defaults.minimum),
      category: num(at(SL.category), defaults.category),
      allocation: num(at(SL.allocation), defaults.allocation),
      model: MODELS.includes(model) ? model : defaults.model,
      tiers: [0, 1, 2].map((k) => ({
        threshold: optional(SL.t1 + k),
        credit: optional(SL.c1 + k),
      })),
      rate: num(at(SL.rate), defaults.rate),
      band: num(at(SL.band), defaults.band),
      maxPoints: num(at(SL.maxPoints), defaults.maxPoints),
      earnBack: num(at(SL.earnBack), defaults.earnBack),
      incentive: {
        target: num(at(SL.bonusTarget), defaults.incentive.target),
        stretch: num(at(SL.stretch), defaults.incentive.stretch),
        maxBonus: num(at(SL.maxBonus), defaults.incentive.maxBonus),
      },
      improve: asText(at(SL.improve)).toLowerCase() === "yes",
      maxStep: optional(SL.maxStep),
      linkedKpi: parseLink(asText(at(SL.linked))),
      laterLinks: Array.from({ length: contractYears(months) - 1 }, (_, y) =>
        hasYears
          ? parseLink(asText(snapshotValue(sheet, L.yearRow(y + 2, i), YEAR_COL.linked)))
          : null
      ),
    };
  });

  // The invoice and the actuals, by position. The invoice's own default formula is not carried
  // (the rebuilt sheet writes it afresh); on a row that was linked, only values typed over the
  // link are (its formulas are the link's).
  const byMonth = (row: number, keep: (cell: PlanCell, m: number) => boolean) =>
    Object.fromEntries(
      Array.from({ length: months }, (_, j): [string, PlanCell] => {
        const cell = typedCell(sheet, row, MONTH_COL + j);
        return [monthKey(firstMonth, j), keep(cell, j) ? cell : null];
      })
    );
  const inputs: SlaInputs = {
    invoice: byMonth(L.invoiceRow, (c) => !(isFormula(c) && c.formula === DEFAULT_INVOICE)),
    actuals: Object.fromEntries(
      serviceLevels.map((s, i) => [
        s.name,
        byMonth(L.actualRow(i), (c, m) => !(linked(i, m) && isFormula(c))),
      ])
    ),
  };
  const config: SlaConfig = {
    name: sheet.name,
    provider: String(settings.provider ?? ""),
    firstMonth,
    months,
    monthlyFee: num(term(TERMS.fee), 0),
    atRiskPct: num(term(TERMS.atRiskPct), 0),
    poolPct: num(term(TERMS.pool), 0),
    pointValue: num(term(TERMS.pointValue), 0),
    serviceLevels,
  };
  if (hasYears) inputs.levels = typedLevels(sheet, config);
  return { config, inputs };
}

/**
 * The levels typed for later contract years: every level cell of the year table that is not the
 * sheet's own proposal (the formula the blueprint writes there, compared as formulas).
 */
function typedLevels(sheet: SheetSnapshot, config: SlaConfig): SlaInputs["levels"] {
  const L = slaLayout({ serviceLevels: config.serviceLevels.length, months: config.months });
  const proposals = new Map<string, string>();
  for (const { row, col, cell } of planCells(slaPlan(config)))
    if (isFormula(cell)) proposals.set(cellAddress(row, col), canonical(cell.formula));
  const levels: NonNullable<SlaInputs["levels"]> = {};
  config.serviceLevels.forEach((s, i) => {
    for (let year = 2; year <= L.Y; year++)
      LEVELS.forEach((which, k) => {
        const row = L.yearRow(year, i);
        const col = YEAR_COL.first + k;
        const cell = typedCell(sheet, row, col);
        const proposed = proposals.get(cellAddress(row, col));
        if (cell === null || (isFormula(cell) && canonical(cell.formula) === proposed)) return;
        ((levels[s.name] ??= {})[year] ??= {})[which] = cell;
      });
  });
  return levels;
}

/** A formula in one spelling (spaces, case and how a backend prints it aside). */
function canonical(formula: string): string {
  try {
    return printFormula(parseFormula(formula));
  } catch {
    return formula;
  }
}

/** The trackers a set of snapshots holds, by sheet name, for linked service levels. */
export function linkedTrackers(snapshots: SheetSnapshot[]): LinkedTrackers {
  return Object.fromEntries(
    snapshots.map((s) => {
      const { config, layout } = readTracker(s);
      return [s.name, { config, layout }];
    })
  );
}

/** The trackers an SLA configuration links to, by sheet name. */
export function linkedSheets(config: SlaConfig): string[] {
  return [
    ...new Set(
      config.serviceLevels.flatMap((s) =>
        [s.linkedKpi, ...s.laterLinks].flatMap((link) => (link ? [link.sheet] : []))
      )
    ),
  ];
}

/**
 * The SLA sheet's plan after `change` (a service level or a month added…). `snapshots` is the SLA
 * sheet, then the trackers it links to (read only).
 */
export function rebuildSla(
  snapshots: SheetSnapshot[],
  change: (config: SlaConfig) => SlaConfig
): SheetPlan[] {
  const { config, inputs } = readSla(snapshots[0]);
  return [slaPlan(change(config), inputs, linkedTrackers(snapshots.slice(1)))];
}

/**
 * For each tracker the sheet's last contract year links to: the tracker that follows it — the one
 * whose months start where it ends — among `trackers`, or null when the workbook has none yet.
 */
export function followingTrackers(
  sla: SheetSnapshot,
  trackers: SheetSnapshot[]
): { last: string; next: string | null }[] {
  const { config } = readSla(sla);
  const read = trackers.map((s) => ({ name: s.name, config: readTracker(s).config }));
  const year = contractYears(config.months);
  const last = [...new Set(config.serviceLevels.flatMap((s) => linkOfYear(s, year)?.sheet ?? []))];
  return last.map((name) => {
    const t = read.find((r) => r.name === name)?.config;
    const start = t ? monthKey(t.firstMonth, t.months) : null;
    return { last: name, next: read.find((r) => r.config.firstMonth === start)?.name ?? null };
  });
}

/**
 * The sheet with its next contract year: twelve more months (the invoice continued, the year's
 * levels proposed in the year table), each linked service level's new months linked to the same
 * KPI on the tracker that follows its last year's. `snapshots`: the SLA sheet, then every tracker
 * of the workbook. Nothing typed in earlier months moves or changes.
 */
export function nextContractYear(snapshots: SheetSnapshot[]): SheetPlan[] {
  const [sla, ...trackers] = snapshots;
  const { config, inputs } = readSla(sla);
  const year = contractYears(config.months);
  const following = new Map(followingTrackers(sla, trackers).map((f) => [f.last, f.next]));
  const next: SlaConfig = {
    ...config,
    months: year * YEAR_MONTHS + YEAR_MONTHS,
    serviceLevels: config.serviceLevels.map((s) => {
      const link = linkOfYear(s, year);
      const tracker = link ? following.get(link.sheet) : null;
      const later = Array.from({ length: year }, (_, y) => s.laterLinks[y] ?? null);
      later[year - 1] = link && tracker ? { sheet: tracker, kpi: link.kpi } : null;
      return { ...s, laterLinks: later };
    }),
  };
  const wrong = slaProblems(next);
  if (wrong.length > 0) throw new Error(wrong[0]);
  return [slaPlan(next, inputs, linkedTrackers(trackers))];
}
