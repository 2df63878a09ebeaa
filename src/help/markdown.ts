/**
 * The function reference as Markdown (docs/functions.md, committed, so it reads on GitHub too):
 * one section per MSP.* function — description, syntax and arguments from the JSDoc metadata;
 * formula, example and source from the catalog — the same content as the help page.
 */
import { CATALOG, exampleFormula, formatResult } from "../functions/catalog";
import { FunctionMetadata, syntax } from "../functions/metadata";

/** The anchor GitHub gives a heading "MSP.SLA.CREDIT": "mspslacredit". */
export const referenceAnchor = (id: string) => `msp${id.toLowerCase().replace(/[^a-z0-9]/g, "")}`;

export function functionReference(functions: readonly FunctionMetadata[]): string {
  const out = [
    "# MSP Scorecard functions",
    "",
    "Generated from the functions' JSDoc and `src/functions/catalog.ts` by `npm run docs`; a test",
    "checks it is current. Percentages are fractions (99.9% is 0.999); a blank actual gives an",
    "empty result, never 0. Optional arguments are in brackets.",
    "",
  ];
  let group = "";
  for (const doc of CATALOG) {
    const f = functions.find((m) => m.id === doc.id);
    if (!f) throw new Error(`MSP.${doc.id} is in the catalog but has no metadata.`);
    if (doc.group !== group) {
      group = doc.group;
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
      `**Formula.** ${doc.formula}`,
      "",
      `**Example.** \`${exampleFormula(doc)}\` → \`${formatResult(doc.example.result)}\` — ${doc.example.meaning}`,
      "",
      `**Source.** ${doc.source}`,
      ""
    );
  }
  return out.join("\n");
}
