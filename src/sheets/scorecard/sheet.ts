/**
 * The scorecard sheet: criteria in rows, providers in columns. The main table holds the
 * criteria (category, name, must-have, mode, weight, notes) and the first evaluator's scores;
 * further evaluators score in their own tables; must-haves are checked yes/no per provider. The
 * results block computes every number with formulas: the scores used (evaluators' average; raw
 * values rescaled with MSP.NORMALIZE; bids with MSP.PRICESCORE), weighted totals (MSP.SCORES),
 * must-have gates (MSP.GATE), rank, TOPSIS closeness (MSP.TOPSIS) and flip weights
 * (MSP.FLIPWEIGHTS), and a clearly labelled recommended provider.
 */
import { cellAddress, columnName, rangeAddress } from "../../formula/a1";
import { a1, area, SheetBuilder } from "../plan/builder";
import { sheetPrefix } from "../../formula/formula";
import { PlanCell, SheetPlan } from "../plan/plan";
import { ahpSheetName, ahpWeightCell } from "./ahp";
import { Criterion, emptyInputs, scaleBounds, ScorecardConfig, ScorecardInputs } from "./model";
import { RAG, SCORE_SCALE } from "../plan/styles";

export const SCORECARD_KIND = "scorecard";
/** Version 2 records its layout (providers, criteria, must-haves) in its settings. */
export const SCORECARD_VERSION = 2;

/** Fixed columns of the main table (0-based); providers start at PROVIDER_COL. */
export const COL = {
  category: 0,
  criterion: 1,
  mustHave: 2,
  mode: 3,
  weight: 4,
  weightPct: 5,
  label: 5,
} as const;
export const PROVIDER_COL = 6;
/** The main table's header row (0-based): row 5 in Excel. */
export const MAIN_HEADER_ROW = 4;

/**
 * What fixes where everything is on a scorecard: the number of providers, criteria and evaluators
 * and which criteria are must-haves. Recorded with the sheet, so a reader finds every cell by
 * position whatever a user typed into the labels.
 */
export interface ScorecardShape {
  providers: number;
  criteria: number;
  evaluators: number;
  mustHaves: number[];
}

export const scorecardShape = (
  config: Pick<ScorecardConfig, "providers" | "criteria" | "evaluators">
): ScorecardShape => ({
  providers: config.providers.length,
  criteria: config.criteria.length,
  evaluators: config.evaluators.length,
  mustHaves: config.criteria.map((c, i) => (c.mustHave ? i : -1)).filter((i) => i >= 0),
});

export type ScorecardLayout = ReturnType<typeof scorecardLayout>;

/** Where everything is, from the shape alone (the reader uses it too). */
export function scorecardLayout(shape: ScorecardShape) {
  const P = shape.providers;
  const C = shape.criteria;
  const mustHaves = shape.mustHaves;
  const firstRow = MAIN_HEADER_ROW + 1;
  const notesCol = PROVIDER_COL + P;
  const lastProviderCol = PROVIDER_COL + P - 1;
  let row = firstRow + C + 1;
  const evaluatorBlocks = Array.from({ length: shape.evaluators - 1 }, () => {
    const block = { label: row, header: row + 1, first: row + 2 };
    row += C + 3;
    return block;
  });
  const gates = mustHaves.length > 0 ? { label: row, header: row + 1, first: row + 2 } : null;
  if (gates) row += mustHaves.length + 3;
  const results = { label: row, header: row + 1, first: row + 2 };
  const totals = results.first + C;
  return {
    P,
    C,
    mustHaves,
    firstRow,
    notesCol,
    lastProviderCol,
    evaluatorBlocks,
    gates,
    results,
    rows: { total: totals, afterGates: totals + 1, rank: totals + 2, topsis: totals + 3 },
    flipCol: PROVIDER_COL + P,
    marginCol: PROVIDER_COL + P + 1,
  };
}

const abs = (row: number, col: number) => `$${columnName(col)}$${row + 1}`;
const at = cellAddress;

/** A flip weight this close to the current weight (percentage points) makes the lead fragile. */
export const FRAGILE_POINTS = 5;
const FRAGILE = `Fragile lead: moving one weight by ${FRAGILE_POINTS} points or less changes the recommendation (see Margin)`;
const ROBUST = `Robust lead: no single weight within ${FRAGILE_POINTS} points changes the recommendation`;

/** What every block of the scorecard shares. */
interface Card {
  b: SheetBuilder;
  plan: SheetPlan;
  config: ScorecardConfig;
  inputs: ScorecardInputs;
  L: ScorecardLayout;
  min: number;
  max: number;
  put: (row: number, col: number, cells: PlanCell[][]) => void;
  range: (top: number, left: number, bottom?: number, right?: number) => string;
  providerRange: (row: number) => string;
  /** The weights column, absolute. */
  weights: string;
  /** The scores used (criteria × providers). */
  scoresUsed: string;
  /** The "after must-haves" row: a total, "Excluded", or blank while unscored. */
  after: string;
  /** How many providers pass the must-haves but still miss a score. */
  pending: string;
  /** The flip weights' margins, in points. */
  margins: string;
  typed: (evaluator: string, criterion: string, provider: string) => PlanCell;
}

export function scorecardPlan(
  config: ScorecardConfig,
  inputs: ScorecardInputs = emptyInputs()
): SheetPlan {
  const shape = scorecardShape(config);
  const L = scorecardLayout(shape);
  const b = new SheetBuilder(SCORECARD_KIND, config.name, SCORECARD_VERSION);
  const range = (top: number, left: number, bottom = top, right = left) =>
    a1(area(top, left, bottom, right));
  const providerRange = (row: number) => range(row, PROVIDER_COL, row, L.lastProviderCol);
  const after = providerRange(L.rows.afterGates);
  const card: Card = {
    b,
    plan: b.plan,
    config,
    inputs,
    L,
    ...scaleBounds(config.scale),
    put: (row, col, cells) => void b.put(row, col, cells),
    range,
    providerRange,
    weights: `${abs(L.firstRow, COL.weight)}:${abs(L.firstRow + L.C - 1, COL.weight)}`,
    scoresUsed: range(L.results.first, PROVIDER_COL, L.results.first + L.C - 1, L.lastProviderCol),
    after,
    pending: `(COLUMNS(${after})-COUNT(${after})-COUNTIF(${after},"Excluded"))`,
    margins: range(L.results.first, L.marginCol, L.results.first + L.C - 1, L.marginCol),
    typed: (evaluator, criterion, provider) =>
      inputs.scores[evaluator]?.[criterion]?.[provider] ?? null,
  };
  recommendation(card);
  mainTable(card);
  furtherEvaluators(card);
  mustHaveChecks(card);
  scoresUsedAndSensitivity(card);
  totals(card);
  chartAndPage(card);
  b.plan.settings = {
    scale: config.scale,
    ahp: config.ahp,
    priceMethod: config.priceMethod,
    evaluators: JSON.stringify(config.evaluators),
    providers: shape.providers,
    criteria: shape.criteria,
    mustHaves: JSON.stringify(shape.mustHaves),
  };
  if (config.ahp) b.plan.references = [ahpSheetName(config.name)];
  return b.build();
}

/** Title, how-to, the recommendation and whether its lead is fragile. */
function recommendation(card: Card): void {
  const { config, L, min, max, put, range, plan, after, pending, margins, scoresUsed } = card;
  // Title, how-to, and the recommendation.
  put(0, 0, [[`Provider selection — ${config.name}`]]);
  put(1, 0, [
    [
      `Type scores from ${min} to ${max} in the yellow cells (raw values and bids where a criterion says so); everything else is computed. Must-haves: type yes once a provider is confirmed to meet one — blank counts as not met.`,
    ],
  ]);
  put(2, 0, [
    [
      "Recommended provider",
      null,
      {
        formula: `=IF(${pending}>0,"Complete the scores to see a recommendation",IF(COUNT(${after})=0,IF(COUNT(${scoresUsed})<${L.C * L.P},"Complete the scores and the must-have checks to see a recommendation","No provider passes the must-haves yet"),INDEX(${range(MAIN_HEADER_ROW, PROVIDER_COL, MAIN_HEADER_ROW, L.lastProviderCol)},1,MATCH(MAX(${after}),${after},0))))`,
      },
      {
        formula: `=IF(COUNT(${margins})=0,"",IF(COUNTIFS(${margins},">=-${FRAGILE_POINTS}",${margins},"<=${FRAGILE_POINTS}")>0,"${FRAGILE}","${ROBUST}"))`,
      },
    ],
    [
      "Its weighted score",
      null,
      { formula: `=IF(OR(${pending}>0,COUNT(${after})=0),"",MAX(${after}))` },
    ],
  ]);
  plan.styles.push(
    { range: "A1", style: "title" },
    { range: "A2", style: "note" },
    { range: "A3", style: "label" },
    { range: "C3", style: "total" },
    { range: "D3", style: "note" },
    { range: "A4", style: "label" },
    { range: "C4", style: "total" }
  );
  plan.conditionalFormats.push(
    { range: "D3", rule: { kind: "textEquals", text: FRAGILE, ...RAG.Amber } },
    { range: "D3", rule: { kind: "textEquals", text: ROBUST, ...RAG.Green } }
  );
  plan.numberFormats.push({ range: "C4", format: "0.00" });
  plan.names.push({ name: "Scorecard_Recommended", range: "C3" });
}

/** The main table: criteria, weights, the first evaluator's scores, notes. */
function mainTable(card: Card): void {
  const { config, L, min, max, put, range, plan, weights, typed } = card;
  const evaluator1 = config.evaluators[0];
  // The main table: criteria, weights, the first evaluator's scores, notes.
  put(3, PROVIDER_COL, [[`Scores — ${evaluator1}`]]);
  const header: PlanCell[] = [
    "Category",
    "Criterion",
    "Must-have",
    "Scored as",
    config.ahp ? "Weight (AHP)" : "Weight",
    "Weight %",
    ...config.providers,
    "Notes",
  ];
  const mainRows = config.criteria.map((c, i): PlanCell[] => {
    const r = L.firstRow + i;
    const weight: PlanCell = config.ahp
      ? { formula: `=${sheetPrefix(ahpSheetName(config.name))}${ahpWeightCell(i)}` }
      : c.weight;
    return [
      c.category,
      c.name,
      c.mustHave ? "yes" : "no",
      c.mode,
      weight,
      { formula: `=IF(SUM(${weights})=0,"",${at(r, COL.weight)}/SUM(${weights}))` },
      ...config.providers.map((p) => typed(evaluator1, c.name, p)),
      c.notes,
    ];
  });
  put(MAIN_HEADER_ROW, 0, [header, ...mainRows]);
  const mainBottom = L.firstRow + L.C - 1;
  plan.tables.push({
    name: "MSP_Scorecard",
    range: range(MAIN_HEADER_ROW, 0, mainBottom, L.notesCol),
    style: "TableStyleLight9",
  });
  plan.styles.push(
    { range: range(MAIN_HEADER_ROW, 0, MAIN_HEADER_ROW, L.notesCol), style: "header" },
    { range: range(L.firstRow, 0, mainBottom, COL.mode), style: "input" },
    {
      range: range(L.firstRow, COL.weight, mainBottom, COL.weight),
      style: config.ahp ? "computed" : "input",
    },
    { range: range(L.firstRow, COL.weightPct, mainBottom, COL.weightPct), style: "computed" },
    { range: range(L.firstRow, PROVIDER_COL, mainBottom, L.notesCol), style: "input" }
  );
  plan.numberFormats.push({
    range: range(L.firstRow, COL.weightPct, mainBottom, COL.weightPct),
    format: "0.0%",
  });
  plan.validations.push(
    {
      range: range(L.firstRow, COL.mustHave, mainBottom, COL.mustHave),
      rule: { kind: "list", values: ["yes", "no"] },
      message: 'Type "yes" or "no".',
    },
    {
      range: range(L.firstRow, COL.mode, mainBottom, COL.mode),
      rule: { kind: "list", values: ["score", "lower", "higher", "price"] },
      message: 'Type "score", "lower", "higher" or "price".',
    }
  );
  if (!config.ahp) {
    plan.validations.push({
      range: range(L.firstRow, COL.weight, mainBottom, COL.weight),
      rule: { kind: "decimal", min: 0, max: 1e9 },
      message: "A weight is a number ≥ 0.",
    });
  }
  scoreInputRules(
    plan,
    config.criteria,
    L.firstRow,
    PROVIDER_COL,
    L.lastProviderCol,
    min,
    max,
    true
  );
  plan.names.push({
    name: "Scorecard_Weights",
    range: range(L.firstRow, COL.weight, mainBottom, COL.weight),
  });
}

/** Further evaluators: their own tables, criteria in the same order. */
function furtherEvaluators(card: Card): void {
  const { config, L, min, max, put, range, plan, typed } = card;
  // Further evaluators: their own tables, criteria in the same order.
  L.evaluatorBlocks.forEach((block, k) => {
    const evaluator = config.evaluators[k + 1];
    put(block.label, COL.label, [
      [`Scores — ${evaluator} (grey rows are typed once, in the main table)`],
    ]);
    plan.styles.push({ range: at(block.label, COL.label), style: "label" });
    const rows = config.criteria.map((c, i): PlanCell[] => [
      { formula: `=${at(L.firstRow + i, COL.criterion)}` },
      // Raw values and bids are typed once, in the main table: grey, empty cells here.
      ...config.providers.map((p) => (c.mode === "score" ? typed(evaluator, c.name, p) : null)),
    ]);
    put(block.header, COL.label, [["Criterion", ...config.providers], ...rows]);
    const bottom = block.first + L.C - 1;
    plan.tables.push({
      name: `MSP_Scores_${k + 2}`,
      range: range(block.header, COL.label, bottom, L.lastProviderCol),
      style: "TableStyleLight9",
    });
    plan.styles.push(
      { range: range(block.header, COL.label, block.header, L.lastProviderCol), style: "header" },
      { range: range(block.first, COL.label, bottom, COL.label), style: "computed" }
    );
    config.criteria.forEach((c, i) =>
      plan.styles.push({
        range: range(block.first + i, PROVIDER_COL, block.first + i, L.lastProviderCol),
        style: c.mode === "score" ? "input" : "note",
      })
    );
    scoreInputRules(
      plan,
      config.criteria,
      block.first,
      PROVIDER_COL,
      L.lastProviderCol,
      min,
      max,
      false
    );
  });
}

/** Must-have checks: yes / no per provider. */
function mustHaveChecks(card: Card): void {
  const { config, L, inputs, put, range, plan } = card;
  // Must-have checks: yes / no per provider.
  if (L.gates) {
    const g = L.gates;
    put(g.label, COL.label, [["Must-have checks (yes / no; blank = not met)"]]);
    plan.styles.push({ range: at(g.label, COL.label), style: "label" });
    const rows = L.mustHaves.map((i): PlanCell[] => [
      { formula: `=${at(L.firstRow + i, COL.criterion)}` },
      ...config.providers.map((p) => inputs.gates[config.criteria[i].name]?.[p] ?? null),
    ]);
    put(g.header, COL.label, [["Must-have", ...config.providers], ...rows]);
    const bottom = g.first + L.mustHaves.length - 1;
    plan.tables.push({
      name: "MSP_MustHaves",
      range: range(g.header, COL.label, bottom, L.lastProviderCol),
      style: "TableStyleLight9",
    });
    plan.styles.push(
      { range: range(g.header, COL.label, g.header, L.lastProviderCol), style: "header" },
      { range: range(g.first, COL.label, bottom, COL.label), style: "computed" },
      { range: range(g.first, PROVIDER_COL, bottom, L.lastProviderCol), style: "input" }
    );
    plan.validations.push({
      range: range(g.first, PROVIDER_COL, bottom, L.lastProviderCol),
      rule: { kind: "list", values: ["yes", "no"] },
      message: 'Type "yes" when the provider meets the must-have, "no" when not.',
    });
    for (const status of ["yes", "no"] as const) {
      const colours = status === "yes" ? RAG.Green : RAG.Red;
      plan.conditionalFormats.push({
        range: range(g.first, PROVIDER_COL, bottom, L.lastProviderCol),
        rule: { kind: "textEquals", text: status, ...colours },
      });
    }
  }
}

/** Results: the scores used, and the sensitivity beside them (flip weights and margins). */
function scoresUsedAndSensitivity(card: Card): void {
  const { b, config, L, min, max, put, range, plan, pending, scoresUsed, weights, after, margins } =
    card;
  // Results: every number computed.
  const R = L.results;
  put(R.label, COL.label, [["Results (computed)"]]);
  plan.styles.push({ range: at(R.label, COL.label), style: "label" });
  put(R.header, COL.label, [
    [
      "Criterion",
      ...config.providers.map((_, j): PlanCell => ({
        formula: `=${at(MAIN_HEADER_ROW, PROVIDER_COL + j)}`,
      })),
      "Flip weight",
      "Margin (pts)",
    ],
  ]);
  plan.styles.push({ range: range(R.header, COL.label, R.header, L.marginCol), style: "header" });
  const evaluatorRows = (i: number) => [
    L.firstRow + i,
    ...L.evaluatorBlocks.map((b) => b.first + i),
  ];
  const usedRows = config.criteria.map((c, i): PlanCell[] => [
    { formula: `=${at(L.firstRow + i, COL.criterion)}` },
    ...config.providers.map((_, j): PlanCell => ({
      formula: scoreUsedFormula(
        c,
        evaluatorRows(i),
        L.firstRow + i,
        PROVIDER_COL + j,
        L.lastProviderCol,
        min,
        max,
        config.priceMethod
      ),
    })),
  ]);
  put(R.first, COL.label, usedRows);
  // Sensitivity among the providers that can still win, once they are all scored; beside each
  // flip weight its distance from the current weight, in percentage points.
  b.spill(
    R.first,
    L.flipCol,
    `IF(${pending}>0,"",MSP.FLIPWEIGHTS(${scoresUsed},${weights},${after}))`,
    L.C,
    1
  );
  put(
    R.first,
    L.marginCol,
    config.criteria.map((_, i): PlanCell[] => {
      const flip = at(R.first + i, L.flipCol);
      return [{ formula: `=IF(${flip}="","",(${flip}-${at(L.firstRow + i, COL.weightPct)})*100)` }];
    })
  );
  const usedBottom = R.first + L.C - 1;
  plan.styles.push(
    { range: range(R.first, COL.label, usedBottom, COL.label), style: "computed" },
    { range: scoresUsed, style: "computed" },
    { range: range(R.first, L.flipCol, usedBottom, L.marginCol), style: "computed" }
  );
  plan.numberFormats.push(
    { range: scoresUsed, format: "0.00" },
    { range: range(R.first, L.flipCol, usedBottom, L.flipCol), format: "0.0%" },
    { range: margins, format: "0.0" }
  );
  plan.conditionalFormats.push({
    range: margins,
    rule: { kind: "between", min: -FRAGILE_POINTS, max: FRAGILE_POINTS, ...RAG.Amber },
  });
  plan.conditionalFormats.push({ range: scoresUsed, rule: { kind: "colorScale", ...SCORE_SCALE } });
  plan.names.push(
    { name: "Scorecard_Scores", range: scoresUsed },
    { name: "Scorecard_FlipWeights", range: range(R.first, L.flipCol, usedBottom, L.flipCol) },
    { name: "Scorecard_FlipMargins", range: margins }
  );
}

/** Weighted totals, after the must-haves, rank and TOPSIS closeness. */
function totals(card: Card): void {
  const { b, config, L, put, range, plan, providerRange, pending, scoresUsed, weights, after } =
    card;
  const total = providerRange(L.rows.total);
  const directions = `{${config.criteria.map(() => '"higher"').join(";")}}`;
  put(L.rows.total, COL.label, [["Weighted total"]]);
  // A provider still missing a score shows a blank total (not an error) until it is scored.
  b.spill(L.rows.total, PROVIDER_COL, `IFERROR(MSP.SCORES(${scoresUsed},${weights}),"")`, 1, L.P);
  put(L.rows.afterGates, COL.label, [
    [
      "After must-haves",
      ...config.providers.map((_, j): PlanCell => {
        const t = at(L.rows.total, PROVIDER_COL + j);
        if (!L.gates) return { formula: `=${t}` };
        const g = L.gates;
        return {
          formula: `=MSP.GATE(${t},${range(g.first, PROVIDER_COL + j, g.first + L.mustHaves.length - 1, PROVIDER_COL + j)})`,
        };
      }),
    ],
  ]);
  put(L.rows.rank, COL.label, [
    [
      "Rank",
      ...config.providers.map((_, j): PlanCell => {
        const a = at(L.rows.afterGates, PROVIDER_COL + j);
        const row = `${abs(L.rows.afterGates, PROVIDER_COL)}:${abs(L.rows.afterGates, L.lastProviderCol)}`;
        return {
          formula: `=IF(ISNUMBER(${a}),COUNTIF(${row},">"&${a})+1,IF(${a}="Excluded","Excluded",""))`,
        };
      }),
    ],
  ]);
  put(L.rows.topsis, COL.label, [["TOPSIS closeness"]]);
  b.spill(
    L.rows.topsis,
    PROVIDER_COL,
    `IF(${pending}>0,"",MSP.TOPSIS(${scoresUsed},${weights},${directions},${after}))`,
    1,
    L.P
  );
  plan.styles.push(
    { range: range(L.rows.total, COL.label, L.rows.topsis, COL.label), style: "label" },
    { range: range(L.rows.total, PROVIDER_COL, L.rows.topsis, L.lastProviderCol), style: "total" }
  );
  plan.numberFormats.push(
    {
      range: range(L.rows.total, PROVIDER_COL, L.rows.afterGates, L.lastProviderCol),
      format: "0.00",
    },
    { range: providerRange(L.rows.topsis), format: "0.000" }
  );
  for (const row of [L.rows.afterGates, L.rows.rank]) {
    plan.conditionalFormats.push({
      range: providerRange(row),
      rule: { kind: "textEquals", text: "Excluded", ...RAG.Red },
    });
  }
  plan.names.push(
    { name: "Scorecard_Totals", range: total },
    { name: "Scorecard_AfterMustHaves", range: after },
    { name: "Scorecard_Rank", range: providerRange(L.rows.rank) },
    { name: "Scorecard_Topsis", range: providerRange(L.rows.topsis) }
  );
}

/** The bar chart of the totals; frozen header, widths, landscape print. */
function chartAndPage(card: Card): void {
  const { config, L, range, plan, providerRange } = card;
  plan.charts.push({
    type: "bar",
    title: "Weighted total by provider",
    categories: range(L.results.header, PROVIDER_COL, L.results.header, L.lastProviderCol),
    series: [{ name: "Weighted total", values: providerRange(L.rows.total) }],
    from: at(L.rows.topsis + 2, COL.label),
    to: at(L.rows.topsis + 18, Math.max(L.lastProviderCol, COL.label + 6)),
  });
  plan.freeze = { rows: MAIN_HEADER_ROW + 1, columns: 2 };
  plan.columnWidths = [
    { column: "A", width: 110 },
    { column: "B", width: 190 },
    { column: "C", width: 70 },
    { column: "D", width: 70 },
    { column: "E", width: 60 },
    { column: "F", width: 90 },
    ...config.providers.map((_, j) => ({ column: columnName(PROVIDER_COL + j), width: 80 })),
    { column: columnName(L.notesCol), width: 200 },
  ];
  plan.print = { orientation: "landscape", fitToOnePageWide: true };
}

/** Validation and colour scale for score inputs: the scale for "score" rows, ≥ 0 for raw values. */
function scoreInputRules(
  plan: SheetPlan,
  criteria: Criterion[],
  firstRow: number,
  left: number,
  right: number,
  min: number,
  max: number,
  rawToo: boolean
): void {
  criteria.forEach((c, i) => {
    const r = rangeAddress({ top: firstRow + i, left, bottom: firstRow + i, right });
    if (c.mode === "score") {
      plan.validations.push({
        range: r,
        rule: { kind: "decimal", min, max },
        message: `A score from ${min} to ${max}.`,
      });
      plan.conditionalFormats.push({ range: r, rule: { kind: "colorScale", ...SCORE_SCALE } });
    } else if (rawToo) {
      plan.validations.push({
        range: r,
        rule: { kind: "decimal", min: 0, max: 1e15 },
        message:
          c.mode === "price"
            ? "The provider's bid, a positive amount."
            : "The raw value, a number ≥ 0.",
      });
    }
  });
}

/** The formula of one score used: from the typed score(s), a raw value or a bid. Blank stays blank. */
function scoreUsedFormula(
  c: Criterion,
  rows: number[],
  mainRow: number,
  col: number,
  lastCol: number,
  min: number,
  max: number,
  priceMethod: string
): string {
  const cell = at(mainRow, col);
  const rowRange = `${abs(mainRow, PROVIDER_COL).replace(/\$(\d+)$/, "$1")}:${abs(mainRow, lastCol).replace(/\$(\d+)$/, "$1")}`;
  switch (c.mode) {
    case "score": {
      if (rows.length === 1) return `=IF(ISBLANK(${cell}),"",${cell})`;
      const cells = rows.map((r) => at(r, col)).join(",");
      return `=IF(COUNT(${cells})=0,"",AVERAGE(${cells}))`;
    }
    case "lower":
    case "higher": {
      const [worst, best] =
        c.mode === "lower"
          ? [`MAX(${rowRange})`, `MIN(${rowRange})`]
          : [`MIN(${rowRange})`, `MAX(${rowRange})`];
      return `=IF(ISBLANK(${cell}),"",IF(MAX(${rowRange})=MIN(${rowRange}),${max},${min}+MSP.NORMALIZE(${cell},${worst},${best},${max - min})))`;
    }
    case "price":
      return `=IF(ISBLANK(${cell}),"",${min}+${max - min}*MSP.PRICESCORE(${cell},${rowRange},1,"${priceMethod}"))`;
  }
}
