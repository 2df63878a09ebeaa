/**
 * What making a portable copy of one of the add-in's sheets reads, and the copy made from it: the
 * sheet; the sheets its formulas refer to and its companions (a scorecard's AHP sheet and the
 * other way round); and the plan that made the sheet, rebuilt from them — for how it looks.
 */
import type { FunctionMetadata } from "../../functions/metadata";
import { AHP_KIND, ahpPlan } from "../scorecard/ahp";
import { FUNCTION_EXAMPLES_KIND, functionExamplesPlan } from "../functionExamples";
import { monthKey } from "../kpi/model";
import { readTracker } from "../kpi/reader";
import { REVIEW_KIND, reviewPlan } from "../kpi/review";
import { TRACKER_KIND, trackerPlan } from "../kpi/tracker";
import { SheetSnapshot } from "../plan/owner";
import { referencedSheets, SheetPlan } from "../plan/plan";
import { SCORECARD_KIND, scorecardPlan } from "../scorecard/sheet";
import { readScorecard } from "../scorecard/reader";
import { SLA_KIND, slaPlan } from "../sla/sheet";
import { linkedTrackers, readSla } from "../sla/reader";
import { portablePlan } from "./copy";

/** The other sheets a portable copy of `sheet` reads: those its formulas name, and its companions. */
export function portableNeeds(sheet: SheetSnapshot): string[] {
  const names = new Set<string>(sheet.record?.companions ?? []);
  for (const row of sheet.formulas)
    for (const f of row)
      if (typeof f === "string" && f.startsWith("="))
        referencedSheets(f).forEach((n) => names.add(n));
  names.delete(sheet.name);
  return [...names];
}

/**
 * The portable copy of `snapshots[0]` (the others: what portableNeeds named, as found), made at
 * `madeAt`.
 */
export function portableCopy(
  snapshots: SheetSnapshot[],
  functions: readonly FunctionMetadata[],
  madeAt: string
): SheetPlan {
  const [sheet, ...others] = snapshots;
  return portablePlan({ sheet, plan: originalPlan(sheet, others, functions), others, madeAt });
}

/** The plan that made `sheet`, rebuilt from it (and the sheets it needs); null when unknown. */
function originalPlan(
  sheet: SheetSnapshot,
  others: SheetSnapshot[],
  functions: readonly FunctionMetadata[]
): SheetPlan | null {
  const ofKind = (kind: string) => others.find((o) => o.record?.kind === kind);
  try {
    switch (sheet.record?.kind) {
      case FUNCTION_EXAMPLES_KIND:
        return functionExamplesPlan(functions);
      case SCORECARD_KIND: {
        const { config, inputs } = readScorecard(sheet, ofKind(AHP_KIND));
        return scorecardPlan(config, inputs);
      }
      case AHP_KIND: {
        const scorecard = ofKind(SCORECARD_KIND);
        if (!scorecard) return null;
        const { config, inputs } = readScorecard(scorecard, sheet);
        return ahpPlan(config, inputs);
      }
      case TRACKER_KIND: {
        const { config, inputs } = readTracker(sheet);
        return trackerPlan(config, inputs);
      }
      case REVIEW_KIND: {
        const tracker = others.find((o) => o.name === sheet.record?.settings.tracker);
        if (!tracker) return null;
        const { config } = readTracker(tracker);
        const month = Array.from({ length: config.months }, (_, i) =>
          monthKey(config.firstMonth, i)
        ).indexOf(String(sheet.record.settings.month));
        return month < 0 ? null : reviewPlan(tracker, month);
      }
      case SLA_KIND: {
        const { config, inputs } = readSla(sheet);
        const trackers = others.filter((o) => o.record?.kind === TRACKER_KIND);
        return slaPlan(config, inputs, linkedTrackers(trackers));
      }
      default:
        return null;
    }
  } catch {
    // A sheet from an earlier layout, or one a user changed beyond reading: copied without its looks.
    return null;
  }
}
