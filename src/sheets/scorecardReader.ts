/**
 * Reading a scorecard back from its sheets — the sheets are the source of truth: provider names
 * from the table header, criteria (and their weights, must-haves, notes) from the table rows,
 * every score, must-have check and pairwise judgement as typed — so that adding or removing a
 * provider or a criterion rebuilds the sheets without losing a value.
 */
import { ahpPlan } from "./ahp";
import { cellText, SheetSnapshot, snapshotValue, typedCell } from "./owner";
import type { PlanCell, SheetPlan } from "./plan";
import { COL, MAIN_HEADER_ROW, PROVIDER_COL, scorecardPlan } from "./scorecard";
import {
  Criterion,
  CriterionMode,
  emptyInputs,
  ScorecardConfig,
  ScorecardInputs,
} from "./scorecardModel";

const MODES: CriterionMode[] = ["score", "lower", "higher", "price"];

/** Rows whose cell in `col` starts with `label`, from `from` down. */
function rowsLabelled(s: SheetSnapshot, col: number, label: string, from = 0): number[] {
  const rows: number[] = [];
  for (let r = from; r < s.values.length; r++)
    if (cellText(s, r, col).startsWith(label)) rows.push(r);
  return rows;
}

/**
 * A block below a header row: one row per label (the label from `labelCol`, or `rowNames` by
 * position), one column per `columnNames` by position — the blocks are built in the main table's
 * order, so renaming a provider or criterion in the main table carries its values along.
 */
function readBlock(
  s: SheetSnapshot,
  headerRow: number,
  labelCol: number,
  firstCol: number,
  columnNames: string[],
  rowNames?: string[]
) {
  const rows: Record<string, Record<string, PlanCell>> = {};
  for (
    let i = 0, r = headerRow + 1;
    rowNames ? i < rowNames.length : cellText(s, r, labelCol) !== "";
    i++, r++
  ) {
    const cells: Record<string, PlanCell> = {};
    columnNames.forEach((name, j) => (cells[name] = typedCell(s, r, firstCol + j)));
    rows[rowNames ? rowNames[i] : cellText(s, r, labelCol)] = cells;
  }
  return rows;
}

export interface ReadScorecard {
  config: ScorecardConfig;
  inputs: ScorecardInputs;
}

/** The scorecard on `sheet` (and its AHP sheet, when weighted by AHP), as config and typed inputs. */
export function readScorecard(sheet: SheetSnapshot, ahpSheet?: SheetSnapshot): ReadScorecard {
  const settings = sheet.record?.settings ?? {};
  const evaluators: string[] = JSON.parse(String(settings.evaluators ?? '["Evaluator 1"]'));
  const ahp = settings.ahp === true;

  const providers: string[] = [];
  let notesCol = PROVIDER_COL;
  for (; ; notesCol++) {
    const name = cellText(sheet, MAIN_HEADER_ROW, notesCol);
    if (name === "" || name.toLowerCase() === "notes") break;
    providers.push(name);
  }

  const criteria: Criterion[] = [];
  const inputs: ScorecardInputs = emptyInputs();
  const first: Record<string, Record<string, PlanCell>> = {};
  for (let r = MAIN_HEADER_ROW + 1; ; r++) {
    const category = cellText(sheet, r, COL.category);
    const name = cellText(sheet, r, COL.criterion);
    if (category === "" && name === "") break;
    const mode = cellText(sheet, r, COL.mode).toLowerCase() as CriterionMode;
    const weight = snapshotValue(sheet, r, COL.weight);
    criteria.push({
      category,
      name,
      mustHave: cellText(sheet, r, COL.mustHave).toLowerCase() === "yes",
      mode: MODES.includes(mode) ? mode : "score",
      weight: typeof weight === "number" && !ahp ? weight : 1,
      notes: cellText(sheet, r, notesCol),
    });
    first[name] = Object.fromEntries(
      providers.map((p, j) => [p, typedCell(sheet, r, PROVIDER_COL + j)])
    );
  }
  inputs.scores[evaluators[0]] = first;

  const below = MAIN_HEADER_ROW + criteria.length + 1;
  for (const evaluator of evaluators.slice(1)) {
    const [label] = rowsLabelled(sheet, COL.label, `Scores — ${evaluator}`, below);
    if (label !== undefined)
      inputs.scores[evaluator] = readBlock(sheet, label + 1, COL.label, PROVIDER_COL, providers);
  }
  const [gates] = rowsLabelled(sheet, COL.label, "Must-have checks", below);
  if (gates !== undefined)
    inputs.gates = readBlock(sheet, gates + 1, COL.label, PROVIDER_COL, providers);

  if (ahpSheet) {
    const names = criteria.map((c) => c.name);
    for (const evaluator of evaluators) {
      const [label] = rowsLabelled(ahpSheet, 0, `Judgements — ${evaluator}:`);
      if (label !== undefined)
        inputs.judgements[evaluator] = readBlock(ahpSheet, label + 1, 0, 1, names, names);
    }
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
