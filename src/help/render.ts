/**
 * The help page (help.html): one section per MSP.* function, anchored at its Excel name
 * (help.html#MSP.SLA.CREDIT, each function's helpUrl) — everything from its JSDoc (../functions/metadata.ts).
 */
import { FunctionMetadata, syntax } from "../functions/metadata";

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function section(f: FunctionMetadata): string {
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
<h4>Formula</h4><p>${escape(f.formula)}</p>
<h4>Example</h4><p><code>${escape(f.example.formula)}</code> → <code>${escape(f.example.result)}</code><br>${escape(f.example.meaning)}</p>
<h4>Source</h4><p>${escape(f.source)}</p>
</section>`;
}

/** The page body for the given functions, by group. */
export function renderHelp(functions: readonly FunctionMetadata[]): string {
  const groups = new Map<string, string[]>();
  for (const f of functions) groups.set(f.group, [...(groups.get(f.group) ?? []), section(f)]);
  const toc = functions.map((f) => `<a href="#MSP.${f.id}">MSP.${f.id}</a>`).join(" · ");
  const body = [...groups]
    .map(([group, sections]) => `<h2>${escape(group)}</h2>${sections.join("")}`)
    .join("");
  return `<h1>MSP Scorecard functions</h1>
<p>Every function is live in any cell of the workbook: type <code>=MSP.</code> to see them. Percentages are fractions (99.9% is 0.999); a blank actual gives an empty result, never 0.</p>
<nav>${toc}</nav>${body}`;
}
