/**
 * Reading a KPI tracker back from its sheet (the sheet is the source of truth: definitions, every
 * actual, numerator, denominator and note as typed), and the changes that rebuild it without
 * losing a value: add a month, add or remove a KPI; and the next year's tracker.
 */
import { Kpi, monthKey, TrackerConfig, TrackerInputs, YtdMethod } from "./kpiModel";
import { DEF, DEF_HEADER_ROW, MONTH_COL, trackerPlan } from "./kpiTracker";
import { SheetSnapshot, snapshotFormula, snapshotValue } from "./owner";
import type { PlanCell, SheetPlan } from "./plan";

const text = (v: unknown) => (v === null || v === undefined ? "" : String(v)).trim();
const YTD: YtdMethod[] = ["average", "sum", "last", "min", "max"];

function typed(s: SheetSnapshot, row: number, col: number): PlanCell {
  const value = snapshotValue(s, row, col);
  const formula = snapshotFormula(s, row, col);
  if (typeof formula === "string" && formula.startsWith("=") && formula !== value)
    return { formula };
  if (value === "" || value === null || value === undefined) return null;
  return typeof value === "number" || typeof value === "boolean" ? value : String(value);
}

export function readTracker(sheet: SheetSnapshot): {
  config: TrackerConfig;
  inputs: TrackerInputs;
} {
  const settings = sheet.record?.settings ?? {};
  const kpis: Kpi[] = [];
  for (let r = DEF_HEADER_ROW + 1; text(snapshotValue(sheet, r, DEF.name)) !== ""; r++) {
    const at = (c: number) => snapshotValue(sheet, r, c);
    const numerator = text(at(DEF.numerator));
    const denominator = text(at(DEF.denominator));
    const ytd = text(at(DEF.ytd)).toLowerCase() as YtdMethod;
    kpis.push({
      name: text(at(DEF.name)),
      unit: text(at(DEF.unit)),
      direction: text(at(DEF.direction)).toLowerCase() === "lower" ? "lower" : "higher",
      target: typeof at(DEF.target) === "number" ? (at(DEF.target) as number) : 0,
      tolerance: typeof at(DEF.tolerance) === "number" ? (at(DEF.tolerance) as number) : 0.1,
      ytd: YTD.includes(ytd) ? ytd : "average",
      ratio: numerator && denominator ? { numerator, denominator } : null,
      notes: text(at(DEF.notes)),
    });
  }
  // The actuals block, found by its label: months across, a row per KPI measure.
  const inputs: TrackerInputs = {};
  let label = DEF_HEADER_ROW + kpis.length + 1;
  while (label < sheet.values.length && !text(snapshotValue(sheet, label, 0)).startsWith("Actuals"))
    label++;
  const header = label + 1;
  const months: string[] = [];
  for (let c = MONTH_COL; text(snapshotValue(sheet, header, c)) !== ""; c++)
    months.push(text(snapshotValue(sheet, header, c)));
  for (let r = header + 1; text(snapshotValue(sheet, r, 0)) !== ""; r++) {
    const kpi = text(snapshotValue(sheet, r, 0));
    const measure = text(snapshotValue(sheet, r, 1));
    inputs[kpi] ??= {};
    inputs[kpi][measure] = Object.fromEntries(
      months.map((m, j) => [m, typed(sheet, r, MONTH_COL + j)])
    );
  }
  const config: TrackerConfig = {
    name: sheet.name,
    provider: String(settings.provider ?? ""),
    firstMonth: String(settings.firstMonth ?? "2026-01"),
    months: Number(settings.months ?? months.length) || months.length,
    kpis,
  };
  return { config, inputs };
}

/** The tracker's plan after `change` (a month or KPI added or removed), typed values carried by name. */
export function rebuildTracker(
  snapshots: SheetSnapshot[],
  change: (config: TrackerConfig) => TrackerConfig
): SheetPlan[] {
  const { config, inputs } = readTracker(snapshots[0]);
  return [trackerPlan(change(config), inputs)];
}

/** The next year's tracker: the same KPIs and definitions, the months after this tracker's, blank. */
export function nextYearTracker(sheet: SheetSnapshot): SheetPlan {
  const { config } = readTracker(sheet);
  const firstMonth = monthKey(config.firstMonth, config.months);
  const name = `${config.name.replace(/ \d{4}( \(\d+\))?$/, "")} ${firstMonth.slice(0, 4)}`;
  return trackerPlan({ ...config, name, firstMonth, months: 12 });
}
