/** The README: its function table is the one the functions' JSDoc gives; its quick start is CI's. */
import * as fs from "fs";
import * as path from "path";
import { FUNCTIONS } from "../src/functions/metadata";
import { readmeTable, referenceAnchor, withReadmeTable } from "../src/help/markdown";

const readme = fs.readFileSync(path.resolve(__dirname, "../README.md"), "utf8");

test("the function table is current (regenerate with npm run docs)", () => {
  expect(withReadmeTable(readme, readmeTable(FUNCTIONS))).toBe(readme);
});

test.each(FUNCTIONS.map((f) => [f.id, f] as const))(
  "README lists MSP.%s with its example and a link to its reference",
  (id, f) => {
    expect(readme).toContain(`[\`MSP.${id}\`](docs/functions.md#${referenceAnchor(id)})`);
    expect(readme).toContain(`\`${f.example.formula}\` → \`${f.example.result}\``);
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
