/**
 * Reading a KPI tracker back from its sheet (the sheet is the source of truth: definitions, every
 * actual, numerator and denominator as typed), and the changes that rebuild it without losing a
 * value: add a month, add or remove a KPI; and the next year's tracker.
 *
 * Everything is found by position, from the layout recorded with the sheet (its rows per KPI and
 * its months) — never by matching a label: Excel turns a month header "Jan 2026" into a date, and
 * a user may retype or reformat any label.
 */
import { kpi, Kpi, monthKey, TrackerConfig, TrackerInputs, YtdMethod } from "./model";
import {
  DEF,
  MONTH_COL,
  TRACKER_VERSION,
  trackerLayout,
  TrackerLayout,
  trackerPlan,
  TrackerShape,
} from "./tracker";
import { asText, recordedSettings, SheetSnapshot, snapshotValue, typedCell } from "../plan/owner";
import type { SheetPlan } from "../plan/plan";

const YTD: YtdMethod[] = ["average", "sum", "last", "min", "max"];
/** What a KPI falls back to where its sheet holds no usable value: the model's defaults. */
const DEFAULTS = kpi("", "", "higher", 1);

export interface ReadTracker {
  config: TrackerConfig;
  inputs: TrackerInputs;
  /** Where everything is on the sheet as it stands (from its recorded layout). */
  layout: TrackerLayout;
}

/** The layout a tracker sheet was written with, from its record. */
export function recordedTrackerShape(sheet: SheetSnapshot): TrackerShape {
  const settings = recordedSettings(sheet, "KPI tracker", TRACKER_VERSION);
  return { measures: JSON.parse(String(settings.measures)), months: Number(settings.months) };
}

export function readTracker(sheet: SheetSnapshot): ReadTracker {
  const settings = recordedSettings(sheet, "KPI tracker", TRACKER_VERSION);
  const shape = recordedTrackerShape(sheet);
  const L = trackerLayout(shape);
  const firstMonth = String(settings.firstMonth);
  const kpis: Kpi[] = shape.measures.map((_, i) => {
    const at = (c: number) => snapshotValue(sheet, L.defFirst + i, c);
    const numerator = asText(at(DEF.numerator));
    const denominator = asText(at(DEF.denominator));
    const ytd = asText(at(DEF.ytd)).toLowerCase() as YtdMethod;
    return {
      name: asText(at(DEF.name)),
      unit: asText(at(DEF.unit)),
      direction: asText(at(DEF.direction)).toLowerCase() === "lower" ? "lower" : "higher",
      target: typeof at(DEF.target) === "number" ? (at(DEF.target) as number) : 0,
      tolerance:
        typeof at(DEF.tolerance) === "number" ? (at(DEF.tolerance) as number) : DEFAULTS.tolerance,
      ytd: YTD.includes(ytd) ? ytd : "average",
      ratio: numerator && denominator ? { numerator, denominator } : null,
      notes: typedCell(sheet, L.defFirst + i, DEF.notes),
    };
  });
  // The actuals: each KPI's rows, each month's column, by position.
  const inputs: TrackerInputs = {};
  kpis.forEach((k, i) => {
    inputs[k.name] = L.actualRows[i].map((row) =>
      Object.fromEntries(
        Array.from({ length: shape.months }, (_, j) => [
          monthKey(firstMonth, j),
          typedCell(sheet, row, MONTH_COL + j),
        ])
      )
    );
  });
  const config: TrackerConfig = {
    name: sheet.name,
    provider: String(settings.provider ?? ""),
    firstMonth,
    months: shape.months,
    kpis,
  };
  return { config, inputs, layout: L };
}

/** The tracker's plan after `change` (a month or KPI added or removed), typed values carried by KPI and month. */
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
