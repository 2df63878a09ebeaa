/**
 * Reading a KPI tracker back from its sheet (the sheet is the source of truth: definitions, every
 * actual, numerator, denominator and note as typed), and the changes that rebuild it without
 * losing a value: add a month, add or remove a KPI; and the next year's tracker.
 */
import { Kpi, monthKey, TrackerConfig, TrackerInputs, YtdMethod } from "./kpiModel";
import { DEF, DEF_HEADER_ROW, MONTH_COL, trackerPlan } from "./kpiTracker";
import { asText, cellText, SheetSnapshot, snapshotValue, typedCell } from "./owner";
import type { SheetPlan } from "./plan";

const YTD: YtdMethod[] = ["average", "sum", "last", "min", "max"];

export function readTracker(sheet: SheetSnapshot): {
  config: TrackerConfig;
  inputs: TrackerInputs;
} {
  const settings = sheet.record?.settings ?? {};
  const kpis: Kpi[] = [];
  for (let r = DEF_HEADER_ROW + 1; cellText(sheet, r, DEF.name) !== ""; r++) {
    const at = (c: number) => snapshotValue(sheet, r, c);
    const numerator = asText(at(DEF.numerator));
    const denominator = asText(at(DEF.denominator));
    const ytd = asText(at(DEF.ytd)).toLowerCase() as YtdMethod;
    kpis.push({
      name: asText(at(DEF.name)),
      unit: asText(at(DEF.unit)),
      direction: asText(at(DEF.direction)).toLowerCase() === "lower" ? "lower" : "higher",
      target: typeof at(DEF.target) === "number" ? (at(DEF.target) as number) : 0,
      tolerance: typeof at(DEF.tolerance) === "number" ? (at(DEF.tolerance) as number) : 0.1,
      ytd: YTD.includes(ytd) ? ytd : "average",
      ratio: numerator && denominator ? { numerator, denominator } : null,
      notes: asText(at(DEF.notes)),
    });
  }
  // The actuals block, found by its label: months across, a row per KPI measure.
  const inputs: TrackerInputs = {};
  let label = DEF_HEADER_ROW + kpis.length + 1;
  while (label < sheet.values.length && !cellText(sheet, label, 0).startsWith("Actuals")) label++;
  const header = label + 1;
  const months: string[] = [];
  for (let c = MONTH_COL; cellText(sheet, header, c) !== ""; c++)
    months.push(cellText(sheet, header, c));
  for (let r = header + 1; cellText(sheet, r, 0) !== ""; r++) {
    const kpi = cellText(sheet, r, 0);
    const measure = cellText(sheet, r, 1);
    inputs[kpi] ??= {};
    inputs[kpi][measure] = Object.fromEntries(
      months.map((m, j) => [m, typedCell(sheet, r, MONTH_COL + j)])
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
