import { FUNCTIONS } from "../../src/functions/metadata";
import { renderHelp } from "../../src/help/render";

describe("help page", () => {
  const html = renderHelp(FUNCTIONS);

  test("one section per function, anchored where its helpUrl points", () => {
    for (const f of FUNCTIONS) {
      const anchor = (f.helpUrl ?? "").split("#")[1];
      expect(anchor).toBe(`MSP.${f.id}`);
      expect(html).toContain(`<section id="${anchor}">`);
    }
    expect(html.match(/<section /g)).toHaveLength(FUNCTIONS.length);
  });

  test("each section has the formula, every argument, the example and the source", () => {
    for (const f of FUNCTIONS) {
      const start = html.indexOf(`<section id="MSP.${f.id}">`);
      const section = html.slice(start, html.indexOf("</section>", start));
      for (const p of f.parameters) expect(section).toContain(`<code>${p.name}</code>`);
      expect(section).toContain("<h4>Formula</h4>");
      expect(section).toContain(f.example.formula.replace(/"/g, "&#34;"));
      expect(section).toContain("<h4>Source</h4>");
    }
  });

  test("text is escaped", () => {
    expect(html).not.toMatch(/<code>=MSP\.GATE\(3\.9,\{TRUE,"no"\}\)/);
    expect(html).toContain("=MSP.GATE(3.9,{TRUE,&#34;no&#34;})");
  });
});
