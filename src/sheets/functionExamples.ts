/**
 * The "Function examples" sheet: one live, commented example of every MSP.* function — its
 * inputs in yellow cells, the formula beside them (shown as text too), and what the result means.
 * Built from each function's JSDoc (its @example, @spill and @format), so the sheet, the help page
 * and the tests show the same examples.
 */
import { Cell, exampleArgs, exampleResult, FunctionMetadata } from "../functions/metadata";
import { cellAddress, rangeAddress } from "../formula/a1";
import { SheetBuilder } from "./plan/builder";
import type { PlanCell, SheetPlan } from "./plan/plan";
import { RAG, SCORE_SCALE } from "./plan/styles";

export const FUNCTION_EXAMPLES_KIND = "function-examples";

/** The label of each cell of a result that spills over several columns: providers, or periods. */
const spillLabel = (f: FunctionMetadata) => (/matrix/.test(f.spill ?? "") ? "Provider" : "Period");

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
  const docs = functions;

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
    const args = exampleArguments(doc);
    row += Math.max(resultShape(exampleResult(doc)).rows, ...args.map((a) => a.cells.length)) + 3;
  }
  b.put(indexTop, 0, [
    ["Function", "What it returns", "Example row"],
    ...docs.map((doc, i): PlanCell[] => [`MSP.${doc.id}`, doc.description, sectionRows[i] + 1]),
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
    b.put(top, 0, [[`MSP.${doc.id}`, doc.description]]);
    plan.styles.push(
      { range: cellAddress(top, 0), style: "label" },
      { range: cellAddress(top, 1), style: "note" }
    );

    // Inputs: each argument laid out as Excel would pass it, under its name.
    const refs: string[] = [];
    let col = 0;
    const header: PlanCell[] = [];
    for (const arg of exampleArguments(doc)) {
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
    const shape = resultShape(exampleResult(doc));
    const resultCol = col;
    for (let c = 0; c < shape.columns; c++)
      header.push(shape.columns === 1 ? "Result" : `${spillLabel(doc)} ${c + 1}`);
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
    if (doc.format) plan.numberFormats.push({ range: resultRange, format: doc.format });
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

/** The example's arguments as named ranges of cells; a repeating argument gives matrix1, matrix2, … */
function exampleArguments(f: FunctionMetadata): { name: string; cells: Matrix }[] {
  return exampleArgs(f).flatMap((a, i) => {
    const p = f.parameters[i];
    if (p.repeating)
      return (a as Matrix[]).map((m, j) => ({ name: `${p.name}${j + 1}`, cells: m }));
    return [{ name: p.name, cells: toMatrix(a) }];
  });
}
