/**
 * The function reference as Markdown — docs/functions.md (committed, so it reads on GitHub too:
 * one section per MSP.* function, the same content as the help page) and the README's table —
 * both from the functions' JSDoc (../functions/metadata.ts), written by `npm run docs`.
 */
import { FunctionMetadata, GROUPS, syntax } from "../functions/metadata";

/** What every function shares, at the top of the reference. */
const CONVENTIONS = `- \`direction\` is \`"higher"\` (higher is better, the default) or \`"lower"\`, any case; \`1\` and \`-1\`
  work too.
- \`eligible\` (TOPSIS, FLIPWEIGHTS; one cell per provider, e.g. a scorecard's "after must-haves"
  row): a number, \`TRUE\` or yes/pass/y takes part; \`FALSE\`, a blank or any other text
  (\`"Excluded"\`) does not. Fewer than two eligible providers: \`""\`.
- **One call per row.** \`KPI.ATTAINMENT\`, \`KPI.STATUS\`, \`SLA.CREDIT\`, \`SLA.TIERCREDIT\`,
  \`SLA.LINEARCREDIT\` and \`SLA.INCENTIVE\` also take a row, column or matrix of periods and return
  one result per period, element by element (a per-period \`fee\` or at-risk amount may be a range
  of the same shape); \`SLA.TOTAL\` takes service levels × periods with a row of monthly fees and
  returns one capped total per period. A single cell still gives a single value. The sheets call
  each once per row: Excel runs custom functions in JavaScript, one call per formula cell on every
  recalculation, and thousands of them make a workbook slow to open.
- **Levels per period.** \`SLA.CREDITS\` (expected, minimum), \`SLA.POINTS\` and \`SLA.LINEARCREDIT\`
  (target), \`SLA.EARNBACK\` (expected) and \`SLA.INCENTIVE\` (target, stretch) take a level as one
  cell, or one per period laid out like the periods — each contract year's level. Each period is
  judged by its own; rolling windows, earn-back and repeat doubling run across the year end.
- A blank actual gives an empty result (\`""\`), never 0 or a status. Excel on the web passes an
  empty cell as blank, desktop Excel as 0: sheets the add-in writes guard blanks with native
  formulas, so they show the same on both.
- Bad input gives \`#VALUE!\` with a message naming the argument and cell (\`scores: cell 3 is text
  'high', not a number\`); \`#NUM!\` for impossible numbers (negative weight, price ≤ 0, results
  beyond Excel's range), \`#DIV/0!\` for a zero denominator. Nothing throws a raw exception.
- Derived quantities are compared after rounding to 9 decimal places, so 99% − 98% counts as
  exactly one 1% band.
- A blank weight counts as 0 (the same on desktop and the web).`;

/** The anchor GitHub gives a heading "MSP.SLA.CREDIT": "mspslacredit". */
export const referenceAnchor = (id: string) => `msp${id.toLowerCase().replace(/[^a-z0-9]/g, "")}`;

export function functionReference(functions: readonly FunctionMetadata[]): string {
  const out = [
    "# MSP Scorecard functions",
    "",
    "Generated from the functions' JSDoc (`src/functions/*.ts`) by `npm run docs`; a test checks",
    "it is current. Percentages are fractions (99.9% is 0.999). Optional arguments are in",
    "brackets.",
    "",
    "## Conventions",
    "",
    CONVENTIONS,
    "",
  ];
  let group = "";
  for (const f of functions) {
    if (f.group !== group) {
      group = f.group;
      out.push(`## ${group}`, "");
    }
    out.push(
      `### MSP.${f.id}`,
      "",
      f.description,
      "",
      `\`=${syntax(f)}\``,
      "",
      ...f.parameters.map(
        (p) =>
          `- \`${p.name}\`${p.optional ? " (optional)" : ""}${p.dimensionality === "matrix" ? " — a range" : ""}: ${p.description ?? ""}`
      ),
      "",
      `**Formula.** ${f.formula}`,
      "",
      `**Example.** \`${f.example.formula}\` → \`${f.example.result}\` — ${f.example.meaning}`,
      "",
      `**Source.** ${f.source}`,
      ""
    );
  }
  return out.join("\n");
}

/** Where the README's function table starts and ends (npm run docs rewrites what is between). */
const README_TABLE = {
  start: "<!-- function table: npm run docs writes it from the functions' JSDoc -->",
  end: "<!-- end of function table -->",
};

/** The README's function table: per group, each function linked to its reference, with its example. */
export function readmeTable(functions: readonly FunctionMetadata[]): string {
  const cell = (text: string) => text.replace(/\|/g, "\\|");
  return GROUPS.filter((g) => functions.some((f) => f.group === g))
    .map((g) =>
      [
        `**${g}**`,
        "",
        "| Function | What it returns | Example → result |",
        "|---|---|---|",
        ...functions
          .filter((f) => f.group === g)
          .map(
            (f) =>
              `| [\`MSP.${f.id}\`](docs/functions.md#${referenceAnchor(f.id)}) | ${cell(f.description)} | \`${cell(f.example.formula)}\` → \`${cell(f.example.result)}\` |`
          ),
      ].join("\n")
    )
    .join("\n\n");
}

/** `readme` with its function table replaced by `table`. */
export function withReadmeTable(readme: string, table: string): string {
  const start = readme.indexOf(README_TABLE.start);
  const end = readme.indexOf(README_TABLE.end);
  if (start < 0 || end < start) throw new Error("README.md has no function table markers");
  return `${readme.slice(0, start + README_TABLE.start.length)}\n\n${table}\n\n${readme.slice(end)}`;
}
