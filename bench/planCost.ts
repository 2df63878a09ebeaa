/**
 * What a sheet plan costs Excel to recalculate, counted from the plan itself: how many cells call
 * an MSP.* custom function (each one is a JavaScript invocation on every full recalculation), and
 * the longest chain of MSP.* calls feeding each other on the sheet (a result of one call is an
 * argument of the next, through any native formulas in between). Used by `npm run bench` and by
 * a test that holds the budgets.
 */
import { parseRange } from "../src/formula/a1";
import { isFormula, planCells, SheetPlan, spillRanges } from "../src/sheets/plan/plan";

export interface PlanCost {
  cells: number;
  mspCells: number;
  longestChain: number;
}

/** A1 references and ranges of a formula on its own sheet (other sheets' left out). */
function references(formula: string): string[] {
  const bare = formula
    .replace(/"(?:[^"]|"")*"/g, '""')
    .replace(/(?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)![$A-Z0-9:]+/g, "");
  return [...bare.matchAll(/\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?/g)].map((m) =>
    m[0].replace(/\$/g, "")
  );
}

export function planCost(plan: SheetPlan): PlanCost {
  const key = (row: number, col: number) => row * 16384 + col;
  const formulas = new Map<number, string>();
  let cells = 0;
  for (const { row, col, cell } of planCells(plan)) {
    if (cell === null) continue;
    cells++;
    if (isFormula(cell)) formulas.set(key(row, col), cell.formula);
  }
  // Every cell a spill covers belongs to the formula that spills there.
  const owner = new Map<number, number>();
  for (const k of formulas.keys()) owner.set(k, k);
  for (const s of spillRanges(plan))
    for (let row = s.top; row <= s.bottom; row++)
      for (let col = s.left; col <= s.right; col++) owner.set(key(row, col), key(s.top, s.left));

  const depth = new Map<number, number>();
  const visiting = new Set<number>();
  const chain = (node: number): number => {
    const known = depth.get(node);
    if (known !== undefined) return known;
    if (visiting.has(node)) return 0; // a cycle (none in our plans): count it once
    visiting.add(node);
    const formula = formulas.get(node)!;
    let deepest = 0;
    for (const ref of references(formula)) {
      const r = parseRange(ref);
      for (let row = r.top; row <= r.bottom; row++)
        for (let col = r.left; col <= r.right; col++) {
          const dep = owner.get(key(row, col));
          if (dep !== undefined && dep !== node) deepest = Math.max(deepest, chain(dep));
        }
    }
    visiting.delete(node);
    const d = deepest + (/MSP\./.test(formula) ? 1 : 0);
    depth.set(node, d);
    return d;
  };
  let longestChain = 0;
  for (const node of formulas.keys()) longestChain = Math.max(longestChain, chain(node));
  const mspCells = [...formulas.values()].filter((f) => /MSP\./.test(f)).length;
  return { cells, mspCells, longestChain };
}
