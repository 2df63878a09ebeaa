/**
 * The "Function examples" sheet: one live, commented example of every MSP.* function — its
 * inputs in yellow cells, the formula beside them (shown as text too), and what the result means.
 * Built from the help catalog, so the sheet, the help page and the tests show the same examples.
 */
import { CATALOG, Cell, FunctionDoc } from "../functions/catalog";
import type { FunctionMetadata } from "../functions/metadata";
import { cellAddress, rangeAddress } from "../formula/a1";
import { SheetBuilder } from "./plan/builder";
import type { PlanCell, SheetPlan } from "./plan/plan";
import { RAG, SCORE_SCALE } from "./plan/styles";

export const FUNCTION_EXAMPLES_KIND = "function-examples";

/** Labels for the cells of a result that spills over several columns. */
const SPILL_LABEL: Record<string, string> = {
  SCORES: "Provider",
  TOPSIS: "Provider",
  "SLA.CREDITS": "Period",
  "SLA.POINTS": "Period",
  "SLA.EARNBACK": "Period",
};

/** Number format of each example's result (General when not listed). */
const RESULT_FORMAT: Record<string, string> = {
  "AHP.WEIGHTS": "0.0%",
  "AHP.CR": "0.000",
  TOPSIS: "0.000",
  FLIPWEIGHTS: "0.0%",
  "KPI.ATTAINMENT": "0.0%",
  "KPI.YTD": "0.0%",
  "SLA.CREDIT": "#,##0",
  "SLA.CREDITS": "#,##0",
  "SLA.TIERCREDIT": "#,##0",
  "SLA.LINEARCREDIT": "0.0%",
  "SLA.TOTAL": "#,##0",
  "SLA.EARNBACK": "#,##0",
  "SLA.INCENTIVE": "#,##0",
  "SLA.IMPROVE": "0.0%",
};

type Matrix = Cell[][];
const toMatrix = (arg: unknown): Matrix => (Array.isArray(arg) ? (arg as Matrix) : [[arg as Cell]]);

/** The result's shape, from the example's stated result. */
function resultShape(result: Cell | Cell[][]): { rows: number; columns: number } {
  return Array.isArray(result)
    ? { rows: result.length, columns: result[0].length }
    : { rows: 1, columns: 1 };
}

export function functionExamplesPlan(functions: readonly FunctionMetadata[]): SheetPlan {
  const b = new SheetBuilder(FUNCTION_EXAMPLES_KIND, "Function examples");
  const plan = b.plan;
  const docs = CATALOG.filter((d) => functions.some((f) => f.id === d.id));

  b.put(0, 0, [["MSP Scorecard — function examples"]]);
  b.put(1, 0, [
    [
      "Yellow cells are inputs: change one and its result recalculates. Every result is a live MSP.* formula; type =MSP. in any cell to use them.",
    ],
  ]);
  plan.styles.push({ range: "A1", style: "title" }, { range: "A2", style: "note" });

  // Index: one row per function, pointing at its example.
  const indexTop = 3;
  const firstSection = indexTop + docs.length + 3;
  const sectionRows: number[] = [];
  let row = firstSection;
  for (const doc of docs) {
    sectionRows.push(row);
    const args = exampleArguments(
      doc,
      functions.find((f) => f.id === doc.id)!
    );
    row += Math.max(resultShape(doc.example.result).rows, ...args.map((a) => a.cells.length)) + 3;
  }
  b.put(indexTop, 0, [
    ["Function", "What it returns", "Example row"],
    ...docs.map((doc, i): PlanCell[] => [
      `MSP.${doc.id}`,
      describe(functions, doc.id),
      sectionRows[i] + 1,
    ]),
  ]);
  const indexRange = rangeAddress({
    top: indexTop,
    left: 0,
    bottom: indexTop + docs.length,
    right: 2,
  });
  plan.tables.push({ name: "MSP_FunctionIndex", range: indexRange, style: "TableStyleLight9" });
  plan.styles.push({
    range: rangeAddress({ top: indexTop, left: 0, bottom: indexTop, right: 2 }),
    style: "header",
  });

  // One section per function.
  docs.forEach((doc, k) => {
    const top = sectionRows[k];
    const f = functions.find((m) => m.id === doc.id)!;
    b.put(top, 0, [[`MSP.${doc.id}`, describe(functions, doc.id)]]);
    plan.styles.push(
      { range: cellAddress(top, 0), style: "label" },
      { range: cellAddress(top, 1), style: "note" }
    );

    // Inputs: each argument laid out as Excel would pass it, under its name.
    const refs: string[] = [];
    let col = 0;
    const header: PlanCell[] = [];
    for (const arg of exampleArguments(doc, f)) {
      const m = arg.cells;
      const width = m[0].length;
      b.put(top + 2, col, m);
      const range = { top: top + 2, left: col, bottom: top + 1 + m.length, right: col + width - 1 };
      refs.push(rangeAddress(range));
      plan.styles.push({ range: rangeAddress(range), style: "input" });
      if (/direction/.test(arg.name)) {
        plan.validations.push({
          range: rangeAddress(range),
          rule: { kind: "list", values: ["higher", "lower"] },
          message: 'Type "higher" or "lower".',
        });
      }
      if (
        (doc.id === "SCORE" && arg.name === "scores") ||
        (doc.id === "SCORES" && arg.name === "matrix")
      ) {
        plan.conditionalFormats.push({
          range: rangeAddress(range),
          rule: { kind: "colorScale", ...SCORE_SCALE },
        });
      }
      header.push(arg.name, ...Array<PlanCell>(width - 1).fill(null));
      col += width;
    }

    // The result: a live formula on the inputs, spilling where the function returns a range.
    const shape = resultShape(doc.example.result);
    const resultCol = col;
    const label = SPILL_LABEL[doc.id];
    for (let c = 0; c < shape.columns; c++)
      header.push(shape.columns === 1 ? "Result" : `${label ?? "Result"} ${c + 1}`);
    header.push("Formula", "What it means");
    b.put(top + 1, 0, [header]);
    plan.styles.push({
      range: rangeAddress({ top: top + 1, left: 0, bottom: top + 1, right: header.length - 1 }),
      style: "header",
    });

    const formula = `=MSP.${doc.id}(${refs.join(",")})`;
    b.put(top + 2, resultCol, [
      [
        shape.rows * shape.columns > 1
          ? { formula, spill: { rows: shape.rows, columns: shape.columns } }
          : { formula },
      ],
    ]);
    const resultRange = rangeAddress({
      top: top + 2,
      left: resultCol,
      bottom: top + 1 + shape.rows,
      right: resultCol + shape.columns - 1,
    });
    plan.styles.push({ range: resultRange, style: "computed" });
    if (RESULT_FORMAT[doc.id])
      plan.numberFormats.push({ range: resultRange, format: RESULT_FORMAT[doc.id] });
    plan.names.push({ name: `Result_${doc.id.replace(/\./g, "_")}`, range: resultRange });
    if (doc.id === "KPI.STATUS") {
      for (const status of ["Green", "Amber", "Red"] as const) {
        plan.conditionalFormats.push({
          range: resultRange,
          rule: { kind: "textEquals", text: status, ...RAG[status] },
        });
      }
    }
    // The formula as text (with the example's constants, as in the help), and its meaning.
    b.put(top + 2, resultCol + shape.columns, [[formula, doc.example.meaning]]);
    plan.styles.push({
      range: rangeAddress({
        top: top + 2,
        left: resultCol + shape.columns,
        bottom: top + 2,
        right: resultCol + shape.columns + 1,
      }),
      style: "note",
    });
    if (doc.id === "SCORES") {
      plan.charts.push({
        type: "column",
        title: "Example: weighted score by provider",
        categories: rangeAddress({
          top: top + 1,
          left: resultCol,
          bottom: top + 1,
          right: resultCol + shape.columns - 1,
        }),
        series: [{ name: "Weighted score", values: resultRange }],
        from: "E4",
        to: "K18",
      });
    }
  });

  plan.freeze = { rows: 2, columns: 0 };
  plan.columnWidths = [
    { column: "A", width: 110 },
    { column: "B", width: 150 },
    ...["C", "D", "E", "F", "G", "H"].map((c) => ({ column: c, width: 80 })),
  ];
  return b.build();
}

function describe(functions: readonly FunctionMetadata[], id: string): string {
  return functions.find((f) => f.id === id)?.description ?? "";
}

/** The example's arguments as named ranges of cells; a repeating argument gives matrix1, matrix2, … */
function exampleArguments(
  doc: FunctionDoc,
  f: FunctionMetadata
): { name: string; cells: Matrix }[] {
  return doc.example.args.flatMap((a, i) => {
    const p = f.parameters[i];
    if (p.repeating)
      return (a as Matrix[]).map((m, j) => ({ name: `${p.name}${j + 1}`, cells: m }));
    return [{ name: p.name, cells: toMatrix(a) }];
  });
}
