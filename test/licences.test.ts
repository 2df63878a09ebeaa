/**
 * Everything the add-in ships (the production dependency tree) is under a licence compatible with
 * MIT; GPL code such as HyperFormula stays a dev dependency.
 */
import * as fs from "fs";
import * as path from "path";

const root = path.resolve(__dirname, "..");
const ALLOWED =
  /^(MIT|ISC|0BSD|BSD-2-Clause|BSD-3-Clause|Apache-2\.0|\(MIT OR Apache-2\.0\)|\(MIT OR CC0-1\.0\))$/;

function packageDir(name: string, from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "node_modules", name);
    if (fs.existsSync(path.join(candidate, "package.json"))) return candidate;
    if (dir === path.dirname(dir)) throw new Error(`cannot find ${name} from ${from}`);
  }
}

function productionTree(): Map<string, string> {
  const seen = new Map<string, string>();
  const visit = (dir: string) => {
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
    const key = `${pkg.name}@${pkg.version}`;
    if (seen.has(key)) return;
    seen.set(
      key,
      typeof pkg.license === "string" ? pkg.license : JSON.stringify(pkg.license ?? pkg.licenses)
    );
    for (const dep of Object.keys(pkg.dependencies ?? {})) visit(packageDir(dep, dir));
  };
  const own = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
  for (const dep of Object.keys(own.dependencies)) visit(packageDir(dep, root));
  return seen;
}

test("every production dependency is MIT/BSD/Apache/ISC licensed", () => {
  const tree = productionTree();
  expect(tree.size).toBeGreaterThan(10);
  const bad = [...tree].filter(([, licence]) => !ALLOWED.test(licence));
  expect(bad).toEqual([]);
});

test("the project is MIT and keeps HyperFormula out of the shipped dependencies", () => {
  const own = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
  expect(own.license).toBe("MIT");
  expect(Object.keys(own.dependencies)).not.toContain("hyperformula");
});

test("the production build ships no workbench and no HyperFormula", () => {
  const dist = path.join(root, "dist");
  const files = fs.readdirSync(dist);
  expect(files).toContain("taskpane.js");
  expect(files).not.toContain("workbench.html");
  for (const file of files.filter((f) => f.endsWith(".js"))) {
    expect([file, /hyperformula/i.test(fs.readFileSync(path.join(dist, file), "utf8"))]).toEqual([
      file,
      false,
    ]);
  }
});
