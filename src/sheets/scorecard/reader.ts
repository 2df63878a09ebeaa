/**
 * Reading a scorecard back from its sheets — the sheets are the source of truth: provider names
 * from the table header, criteria (and their weights, must-haves, notes) from the table rows,
 * every score, must-have check and pairwise judgement as typed — so that adding or removing a
 * provider or a criterion rebuilds the sheets without losing a value.
 *
 * Everything is found by position, from the layout recorded with the sheet (providers, criteria,
 * evaluators, must-haves) — never by matching a label, which a user may retype and Excel may have
 * turned into a number or a date. Names read from their cells key the typed values, so renaming
 * a provider or criterion in the main table carries its values along.
 */
import { ahpLayout, ahpPlan } from "./ahp";
import {
  asText,
  cellText,
  recordedSettings,
  SheetSnapshot,
  snapshotValue,
  typedCell,
} from "../plan/owner";
import type { PlanCell, SheetPlan } from "../plan/plan";
import {
  COL,
  MAIN_HEADER_ROW,
  PROVIDER_COL,
  SCORECARD_VERSION,
  scorecardLayout,
  scorecardPlan,
} from "./sheet";
import { Criterion, CriterionMode, emptyInputs, ScorecardConfig, ScorecardInputs } from "./model";

const MODES: CriterionMode[] = ["score", "lower", "higher", "price"];

/** rows × columns of typed cells from (firstRow, firstCol), keyed by row name then column name. */
function readBlock(
  s: SheetSnapshot,
  firstRow: number,
  firstCol: number,
  rowNames: string[],
  columnNames: string[]
): Record<string, Record<string, PlanCell>> {
  return Object.fromEntries(
    rowNames.map((rowName, i) => [
      rowName,
      Object.fromEntries(columnNames.map((c, j) => [c, typedCell(s, firstRow + i, firstCol + j)])),
    ])
  );
}

export interface ReadScorecard {
  config: ScorecardConfig;
  inputs: ScorecardInputs;
}

/** The scorecard on `sheet` (and its AHP sheet, when weighted by AHP), as config and typed inputs. */
export function readScorecard(sheet: SheetSnapshot, ahpSheet?: SheetSnapshot): ReadScorecard {
  const settings = recordedSettings(sheet, "scorecard", SCORECARD_VERSION);
  const evaluators: string[] = JSON.parse(String(settings.evaluators));
  const ahp = settings.ahp === true;
  const shape = {
    providers: Number(settings.providers),
    criteria: Number(settings.criteria),
    evaluators: evaluators.length,
    mustHaves: JSON.parse(String(settings.mustHaves)) as number[],
  };
  const L = scorecardLayout(shape);

  // Table headers are text in Excel, so a provider called 2024 reads back as "2024".
  const providers = Array.from({ length: shape.providers }, (_, j) =>
    cellText(sheet, MAIN_HEADER_ROW, PROVIDER_COL + j)
  );
  const criteria: Criterion[] = Array.from({ length: shape.criteria }, (_, i) => {
    const r = L.firstRow + i;
    const mode = cellText(sheet, r, COL.mode).toLowerCase() as CriterionMode;
    const weight = snapshotValue(sheet, r, COL.weight);
    return {
      category: asText(snapshotValue(sheet, r, COL.category)),
      name: asText(snapshotValue(sheet, r, COL.criterion)),
      mustHave: cellText(sheet, r, COL.mustHave).toLowerCase() === "yes",
      mode: MODES.includes(mode) ? mode : "score",
      weight: typeof weight === "number" && !ahp ? weight : 1,
      notes: typedCell(sheet, r, L.notesCol),
    };
  });
  const names = criteria.map((c) => c.name);

  const inputs: ScorecardInputs = emptyInputs();
  inputs.scores[evaluators[0]] = readBlock(sheet, L.firstRow, PROVIDER_COL, names, providers);
  L.evaluatorBlocks.forEach((block, k) => {
    inputs.scores[evaluators[k + 1]] = readBlock(
      sheet,
      block.first,
      PROVIDER_COL,
      names,
      providers
    );
  });
  if (L.gates)
    inputs.gates = readBlock(
      sheet,
      L.gates.first,
      PROVIDER_COL,
      L.mustHaves.map((i) => names[i]),
      providers
    );

  if (ahpSheet) {
    const { matrices } = ahpLayout({ criteria: shape.criteria, evaluators: shape.evaluators });
    evaluators.forEach((evaluator, k) => {
      inputs.judgements[evaluator] = readBlock(ahpSheet, matrices[k].first, 1, names, names);
    });
  }

  const config: ScorecardConfig = {
    name: sheet.name,
    providers,
    criteria,
    scale: settings.scale === 10 ? 10 : 5,
    evaluators,
    ahp,
    priceMethod: settings.priceMethod === "linear" ? "linear" : "ratio",
  };
  return { config, inputs };
}

/**
 * The plans that rebuild a scorecard (and its AHP sheet) after `change` — a provider or criterion
 * added, removed or renamed — with every typed value carried over by name.
 */
export function rebuildScorecard(
  snapshots: SheetSnapshot[],
  change: (config: ScorecardConfig) => ScorecardConfig
): SheetPlan[] {
  const [sheet, ahpSheet] = snapshots;
  const { config, inputs } = readScorecard(sheet, ahpSheet);
  const next = change(config);
  const plans = [scorecardPlan(next, inputs)];
  // The AHP plan keeps its planned name: the writer maps it to the AHP sheet's actual name and
  // the scorecard's weight formulas follow.
  if (next.ahp && ahpSheet) plans.push(ahpPlan(next, inputs));
  return plans;
}
