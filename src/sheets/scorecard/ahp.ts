/**
 * The AHP companion sheet: each evaluator fills the upper triangle of a pairwise comparison of the
 * criteria (1–9 scale, legend on the sheet); weights come from MSP.AHP.WEIGHTS (evaluators combined
 * with MSP.AHP.COMBINE), the consistency ratio from MSP.AHP.CR, flagged above 0.10. The scorecard's
 * weights reference the weights here, live.
 */
import { CR_LIMIT } from "../../engine";
import { cellAddress, rangeAddress } from "../../formula/a1";
import { SheetBuilder } from "../plan/builder";
import type { PlanCell, SheetPlan } from "../plan/plan";
import { emptyInputs, ScorecardConfig, ScorecardInputs } from "./model";
import { RAG } from "../plan/styles";

export const AHP_KIND = "scorecard-ahp";
export const AHP_VERSION = 2;
const REVISIT = `Revisit the judgements (CR above ${CR_LIMIT.toFixed(2)})`;
const CONSISTENT = `Consistent (CR at most ${CR_LIMIT.toFixed(2)})`;
const WEIGHTS_HEADER_ROW = 4;

export function ahpSheetName(scorecardName: string): string {
  return `${scorecardName.slice(0, 27)} AHP`;
}

/** The cell holding criterion i's weight (absolute), for the scorecard's formulas. */
export function ahpWeightCell(i: number): string {
  return `$B$${WEIGHTS_HEADER_ROW + 2 + i}`;
}

/** What fixes where everything is on the AHP sheet: the number of criteria and evaluators. */
export interface AhpShape {
  criteria: number;
  evaluators: number;
}

export const ahpShape = (config: Pick<ScorecardConfig, "criteria" | "evaluators">): AhpShape => ({
  criteria: config.criteria.length,
  evaluators: config.evaluators.length,
});

/** Where each evaluator's matrix is: rows of judgements, criteria across from column B. */
export function ahpLayout(shape: AhpShape) {
  const C = shape.criteria;
  let row = WEIGHTS_HEADER_ROW + C + 2;
  const matrices = Array.from({ length: shape.evaluators }, () => {
    const block = { label: row, header: row + 1, first: row + 2 };
    row += C + 3;
    return block;
  });
  const combined = shape.evaluators > 1 ? { label: row, header: row + 1, first: row + 2 } : null;
  return { C, matrices, combined };
}

export function ahpPlan(
  config: ScorecardConfig,
  inputs: ScorecardInputs = emptyInputs()
): SheetPlan {
  const b = new SheetBuilder(AHP_KIND, ahpSheetName(config.name), AHP_VERSION);
  const plan = b.plan;
  const { C, matrices, combined } = ahpLayout(ahpShape(config));
  const names = config.criteria.map((c) => c.name);
  const range = (top: number, left: number, bottom = top, right = left) =>
    rangeAddress({ top, left, bottom, right });
  const matrixRange = (first: number) => range(first, 1, first + C - 1, C);

  b.put(0, 0, [[`Criteria weights by pairwise comparison (AHP) — ${config.name}`]]);
  b.put(1, 0, [
    [
      "In each yellow cell: how much more important is the row's criterion than the column's? Only the upper triangle is needed.",
    ],
  ]);
  b.put(2, 0, [
    [
      "Scale: 1 equal · 3 moderately · 5 strongly · 7 very strongly · 9 extremely more important (2, 4, 6, 8 in between); type 1/3, 1/5… when the column's criterion is the more important one.",
    ],
  ]);
  plan.styles.push({ range: "A1", style: "title" }, { range: "A2:A3", style: "note" });

  const source = combined ? matrixRange(combined.first) : matrixRange(matrices[0].first);
  b.put(WEIGHTS_HEADER_ROW, 0, [
    ["Criterion", "Weight"],
    ...names.map((n, i): PlanCell[] => [
      n,
      i === 0 ? { formula: `=MSP.AHP.WEIGHTS(${source})`, spill: { rows: C, columns: 1 } } : null,
    ]),
  ]);
  b.put(WEIGHTS_HEADER_ROW, 3, [
    ["Consistency ratio", { formula: `=MSP.AHP.CR(${source})` }],
    [
      "Check",
      {
        formula: `=IF(E5>${CR_LIMIT},"${REVISIT}","${CONSISTENT}")`,
      },
    ],
  ]);
  const weights = range(WEIGHTS_HEADER_ROW + 1, 1, WEIGHTS_HEADER_ROW + C, 1);
  plan.styles.push(
    { range: range(WEIGHTS_HEADER_ROW, 0, WEIGHTS_HEADER_ROW, 1), style: "header" },
    { range: range(WEIGHTS_HEADER_ROW + 1, 0, WEIGHTS_HEADER_ROW + C, 0), style: "label" },
    { range: weights, style: "computed" },
    { range: "D5:D6", style: "label" },
    { range: "E5:E6", style: "total" }
  );
  plan.numberFormats.push({ range: weights, format: "0.0%" }, { range: "E5", format: "0.000" });
  plan.conditionalFormats.push(
    { range: "E6", rule: { kind: "textEquals", text: REVISIT, ...RAG.Red } },
    { range: "E6", rule: { kind: "textEquals", text: CONSISTENT, ...RAG.Green } }
  );
  plan.names.push({ name: "AHP_Weights", range: weights }, { name: "AHP_CR", range: "E5" });

  matrices.forEach((m, k) => {
    const evaluator = config.evaluators[k];
    b.put(m.label, 0, [[`Judgements — ${evaluator}: the row's criterion over the column's`]]);
    plan.styles.push({ range: cellAddress(m.label, 0), style: "label" });
    const rows = names.map((rowName, i): PlanCell[] => [
      rowName,
      ...names.map((colName, j): PlanCell => {
        if (j < i) return null;
        if (j === i) return 1;
        return inputs.judgements[evaluator]?.[rowName]?.[colName] ?? 1;
      }),
    ]);
    b.put(m.header, 0, [["Criterion", ...names], ...rows]);
    plan.tables.push({
      name: `MSP_AHP_${k + 1}`,
      range: range(m.header, 0, m.first + C - 1, C),
      style: "TableStyleLight1",
    });
    plan.styles.push(
      { range: range(m.header, 0, m.header, C), style: "header" },
      { range: range(m.first, 0, m.first + C - 1, 0), style: "label" }
    );
    for (let i = 0; i < C; i++) {
      plan.styles.push({ range: cellAddress(m.first + i, 1 + i), style: "computed" });
      if (i < C - 1) {
        const r = range(m.first + i, 2 + i, m.first + i, C);
        plan.styles.push({ range: r, style: "input" });
        plan.validations.push({
          range: r,
          rule: { kind: "decimal", min: 1 / 9, max: 9 },
          message: "A judgement from 1/9 to 9 (1 = equally important).",
        });
      }
    }
    plan.numberFormats.push({ range: matrixRange(m.first), format: "0.###" });
  });

  if (combined) {
    b.put(combined.label, 0, [["Combined judgements (geometric mean of the evaluators)"]]);
    b.put(combined.header, 0, [
      ["Criterion", ...names],
      ...names.map((n, i): PlanCell[] => [
        n,
        i === 0
          ? {
              formula: `=MSP.AHP.COMBINE(${matrices.map((m) => matrixRange(m.first)).join(",")})`,
              spill: { rows: C, columns: C },
            }
          : null,
      ]),
    ]);
    plan.styles.push(
      { range: cellAddress(combined.label, 0), style: "label" },
      { range: range(combined.header, 0, combined.header, C), style: "header" },
      { range: matrixRange(combined.first), style: "computed" }
    );
    plan.numberFormats.push({ range: matrixRange(combined.first), format: "0.00" });
  }
  plan.freeze = { rows: 0, columns: 1 };
  plan.columnWidths = [{ column: "A", width: 190 }];
  return b.build();
}
