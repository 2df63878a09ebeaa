/**
 * The help page (help.html): one section per MSP.* function, anchored at its Excel name
 * (help.html#MSP.SLA.CREDIT, the functions' @helpurl) — description and arguments from the
 * JSDoc metadata, formula, example and source from the catalog.
 */
import { CATALOG, exampleFormula, formatResult, FunctionDoc } from "../functions/catalog";
import { FunctionMetadata, syntax } from "../functions/metadata";

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function section(f: FunctionMetadata, doc: FunctionDoc): string {
  const args = f.parameters
    .map(
      (p) =>
        `<li><code>${escape(p.name)}</code>${p.optional ? " (optional)" : ""}${p.dimensionality === "matrix" ? " — a range" : ""}: ${escape(p.description ?? "")}</li>`
    )
    .join("");
  return `<section id="MSP.${escape(f.id)}">
<h3>MSP.${escape(f.id)}</h3>
<p>${escape(f.description)}</p>
<p><code>=${escape(syntax(f))}</code></p>
<h4>Arguments</h4><ul>${args}</ul>
<h4>Formula</h4><p>${escape(doc.formula)}</p>
<h4>Example</h4><p><code>${escape(exampleFormula(doc))}</code> → <code>${escape(formatResult(doc.example.result))}</code><br>${escape(doc.example.meaning)}</p>
<h4>Source</h4><p>${escape(doc.source)}</p>
</section>`;
}

/** The page body for the given functions; every function needs a catalog entry. */
export function renderHelp(functions: readonly FunctionMetadata[]): string {
  const groups = new Map<string, string[]>();
  for (const doc of CATALOG) {
    const f = functions.find((m) => m.id === doc.id);
    if (!f) continue;
    groups.set(doc.group, [...(groups.get(doc.group) ?? []), section(f, doc)]);
  }
  const toc = CATALOG.map((d) => `<a href="#MSP.${d.id}">MSP.${d.id}</a>`).join(" · ");
  const body = [...groups]
    .map(([group, sections]) => `<h2>${escape(group)}</h2>${sections.join("")}`)
    .join("");
  return `<h1>MSP Scorecard functions</h1>
<p>Every function is live in any cell of the workbook: type <code>=MSP.</code> to see them. Percentages are fractions (99.9% is 0.999); a blank actual gives an empty result, never 0.</p>
<nav>${toc}</nav>${body}`;
}
