/**
 * Reading an SLA credit sheet back (terms, service levels, every invoice figure and typed actual)
 * and rebuilding it — a service level or a month added — without losing a value; linked KPIs stay
 * linked (their actuals are formulas on the tracker, rebuilt from the link).
 */
import { readTracker } from "./kpiReader";
import { asText, cellText, SheetSnapshot, snapshotValue, typedCell } from "./owner";
import type { SheetPlan } from "./plan";
import { LinkedTrackers, SL, SL_HEADER_ROW, slaPlan, TERMS } from "./slaCredits";
import { CreditModel, ServiceLevel, SlaConfig, SlaInputs } from "./slaModel";
import { MONTH_COL } from "./kpiTracker";

const num = (v: unknown, fallback = 0) => (typeof v === "number" ? v : fallback);
const MODELS: CreditModel[] = ["allocation", "tier", "linear", "points"];

export function readSla(sheet: SheetSnapshot): { config: SlaConfig; inputs: SlaInputs } {
  const settings = sheet.record?.settings ?? {};
  const term = (row: number) => snapshotValue(sheet, row, 1);
  const serviceLevels: ServiceLevel[] = [];
  for (let r = SL_HEADER_ROW + 1; cellText(sheet, r, SL.name) !== ""; r++) {
    const at = (c: number) => snapshotValue(sheet, r, c);
    const model = asText(at(SL.model)).toLowerCase() as CreditModel;
    serviceLevels.push({
      name: asText(at(SL.name)),
      direction: asText(at(SL.direction)).toLowerCase() === "lower" ? "lower" : "higher",
      expected: num(at(SL.expected)),
      minimum: num(at(SL.minimum)),
      category: num(at(SL.category), 1),
      allocation: num(at(SL.allocation)),
      model: MODELS.includes(model) ? model : "allocation",
      tiers: [0, 1, 2].map((k) => ({
        threshold: typeof at(SL.t1 + k) === "number" ? (at(SL.t1 + k) as number) : null,
        credit: typeof at(SL.c1 + k) === "number" ? (at(SL.c1 + k) as number) : null,
      })),
      rate: num(at(SL.rate), 1),
      band: num(at(SL.band), 0.01),
      maxPoints: num(at(SL.maxPoints), 4),
      earnBack: num(at(SL.earnBack)),
      incentive: {
        target: num(at(SL.bonusTarget)),
        stretch: num(at(SL.stretch)),
        maxBonus: num(at(SL.maxBonus)),
      },
      improve: asText(at(SL.improve)).toLowerCase() === "yes",
      linkedKpi: asText(at(SL.linked)) || null,
    });
  }
  // The invoice and typed actuals, found by their label; linked rows are rebuilt from the link.
  const inputs: SlaInputs = {};
  let label = SL_HEADER_ROW + serviceLevels.length + 1;
  while (
    label < sheet.values.length &&
    !cellText(sheet, label, 0).startsWith("Invoice and actuals")
  )
    label++;
  const months: string[] = [];
  for (let c = MONTH_COL; cellText(sheet, label + 1, c) !== ""; c++)
    months.push(cellText(sheet, label + 1, c));
  for (let r = label + 2; cellText(sheet, r, 0) !== ""; r++) {
    if (cellText(sheet, r, 1) === "linked") continue;
    inputs[cellText(sheet, r, 0)] = Object.fromEntries(
      months.map((m, j) => [m, typedCell(sheet, r, MONTH_COL + j)])
    );
  }
  const config: SlaConfig = {
    name: sheet.name,
    provider: String(settings.provider ?? ""),
    firstMonth: String(settings.firstMonth ?? "2026-01"),
    months: Number(settings.months ?? months.length) || months.length,
    monthlyFee: num(term(TERMS.fee)),
    atRiskPct: num(term(TERMS.atRiskPct)),
    poolPct: num(term(TERMS.pool)),
    pointValue: num(term(TERMS.pointValue)),
    serviceLevels,
  };
  return { config, inputs };
}

/** The trackers a set of snapshots holds, by sheet name, for linked service levels. */
export function linkedTrackers(snapshots: SheetSnapshot[]): LinkedTrackers {
  return Object.fromEntries(snapshots.map((s) => [s.name, readTracker(s).config]));
}

/** The trackers an SLA configuration links to, by sheet name. */
export function linkedSheets(config: SlaConfig): string[] {
  return [
    ...new Set(
      config.serviceLevels.flatMap((s) => (s.linkedKpi ? [s.linkedKpi.split("|")[0]] : []))
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
