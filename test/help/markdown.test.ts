/** docs/functions.md: current with the functions' metadata, one section per function. */
import * as fs from "fs";
import * as path from "path";
import { FUNCTIONS } from "../../src/functions/metadata";
import { functionReference, referenceAnchor } from "../../src/help/markdown";

const file = path.resolve(__dirname, "../../docs/functions.md");
const committed = fs.readFileSync(file, "utf8");

test("docs/functions.md is current (regenerate with npm run docs)", () => {
  expect(committed).toBe(functionReference(FUNCTIONS));
});

test("one heading per function, whose GitHub anchor the README links to", () => {
  const headings = [...committed.matchAll(/^### (.+)$/gm)].map((m) => m[1]);
  expect(headings).toEqual(expect.arrayContaining(FUNCTIONS.map((f) => `MSP.${f.id}`)));
  expect(headings).toHaveLength(FUNCTIONS.length);
  // GitHub's anchor: lower case, punctuation other than "-" and "_" dropped, spaces to "-".
  const github = (heading: string) =>
    heading
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, "")
      .replace(/\s/g, "-");
  for (const f of FUNCTIONS) expect(referenceAnchor(f.id)).toBe(github(`MSP.${f.id}`));
  expect(new Set(FUNCTIONS.map((f) => referenceAnchor(f.id))).size).toBe(FUNCTIONS.length);
});

test("every function's example and arguments are in its section", () => {
  for (const f of FUNCTIONS) {
    const start = committed.indexOf(`### MSP.${f.id}\n`);
    const end = committed.indexOf("\n### ", start + 1);
    const section = committed.slice(start, end < 0 ? undefined : end);
    for (const p of f.parameters) expect(section).toContain(`- \`${p.name}\``);
    expect(section).toContain("**Example.** `=MSP.");
  }
});
