/** The README's function reference stays in step with the functions and their help examples. */
import * as fs from "fs";
import * as path from "path";
import { CATALOG, exampleFormula, formatResult } from "../src/functions/catalog";
import { referenceAnchor } from "../src/help/markdown";

const readme = fs.readFileSync(path.resolve(__dirname, "../README.md"), "utf8");

test.each(CATALOG.map((d) => [d.id, d] as const))(
  "README lists MSP.%s with its example and a link to its reference",
  (id, doc) => {
    expect(readme).toContain(`[\`MSP.${id}\`](docs/functions.md#${referenceAnchor(id)})`);
    expect(readme).toContain(
      `\`${exampleFormula(doc)}\` → \`${formatResult(doc.example.result)}\``
    );
  }
);

test("the quick start is the two commands CI runs", () => {
  expect(readme).toContain("npm ci && npm start");
  expect(readme).toContain("npm test ");
  const ci = fs.readFileSync(path.resolve(__dirname, "../.ci/run"), "utf8");
  expect(ci).toMatch(/^npm test$/m);
});

test("no link points at the development server", () => {
  expect(readme).not.toMatch(/\]\(https:\/\/localhost/);
});
