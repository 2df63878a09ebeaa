/**
 * Every Office.js member the add-in uses (src/excel/ and src/commands/), found with the TypeScript
 * compiler: the requirement set @types/office-js documents for it ("[Api set: ExcelApi 1.12]",
 * "Requirement set: OpenBrowserWindowApi 1.1"). The manifest must declare the highest ExcelApi
 * set used; any other set is either declared or checked with isSetSupported in the same file;
 * nothing preview-only, web-only or desktop-only.
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

const ROOT = path.resolve(__dirname, "../..");
const SOURCES = ["src/excel", "src/commands"].flatMap((dir) =>
  fs
    .readdirSync(path.join(ROOT, dir))
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => path.join(ROOT, dir, f))
);

interface Use {
  member: string;
  set: string;
  version: string;
  file: string;
}

/** The requirement sets in a declaration's doc comment (other hosts' sets left out). */
function setsOf(declaration: ts.Declaration): { set: string; version: string }[] {
  const source = declaration.getSourceFile().getFullText();
  const comments = ts.getLeadingCommentRanges(source, declaration.getFullStart()) ?? [];
  const text = comments.map((c) => source.slice(c.pos, c.end)).join("\n");
  // "[Api set: ExcelApi 1.1 / 1.3. Prior to ExcelApi 1.3, …]": the first version is the member's.
  const found = [
    ...[...text.matchAll(/\[Api set: (\w+) ([^\]]+)\]/g)].map((m) => ({
      set: m[1],
      version: /^\d+\.\d+ \/ /.test(m[2]) ? m[2].split(" ")[0] : m[2],
    })),
    ...[...text.matchAll(/requirement-sets\/[^|}]*\| (\w+)(?: ([\d.]+))?\}/g)].map((m) => ({
      set: m[1],
      version: m[2] ?? "1.1",
    })),
  ];
  return found.filter((s) => !/^(Mailbox|Word|PowerPoint|OneNote|Visio|Outlook)/.test(s.set));
}

function scan(): Use[] {
  const program = ts.createProgram(SOURCES, {
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    lib: ["lib.es2020.d.ts", "lib.dom.d.ts"],
    types: ["office-js"],
    strict: true,
    skipLibCheck: true,
    esModuleInterop: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const uses: Use[] = [];
  const record = (symbol: ts.Symbol | undefined, file: string) => {
    for (const d of symbol?.declarations ?? []) {
      if (!d.getSourceFile().fileName.includes("@types/office-js")) continue;
      const owner = (d.parent as { name?: ts.Identifier }).name?.text ?? "";
      for (const s of setsOf(d))
        uses.push({ member: `${owner}.${symbol!.name}`, ...s, file: path.relative(ROOT, file) });
    }
  };
  for (const file of SOURCES) {
    const source = program.getSourceFile(file)!;
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) record(checker.getSymbolAtLocation(node.name), file);
      // Keys of object literals typed as Office.js interfaces ({ wholeNumber: … }).
      if (ts.isPropertyAssignment(node) && ts.isObjectLiteralExpression(node.parent)) {
        const type = checker.getContextualType(node.parent);
        if (type && ts.isIdentifier(node.name)) record(type.getProperty(node.name.text), file);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}

const uses = scan();
const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const declared = new Map(
  [...manifest.matchAll(/<Set Name="(\w+)" MinVersion="([\d.]+)"\/>/g)].map((m) => [m[1], m[2]])
);
const version = (v: string) => v.split(".").map(Number);
const newer = (a: string, b: string) => {
  const [x, y] = [version(a), version(b)];
  return x[0] - y[0] || x[1] - y[1];
};

test("the scan finds the members it must (so the checks below cannot pass on nothing)", () => {
  const find = (member: string) => uses.find((u) => u.member === member);
  expect(find("Worksheet.customProperties")).toMatchObject({ set: "ExcelApi", version: "1.12" });
  expect(find("Range.formulas")).toMatchObject({ set: "ExcelApi", version: "1.1" });
  expect(find("DataValidationRule.wholeNumber")).toMatchObject({ set: "ExcelApi" });
  expect(find("UI.openBrowserWindow")).toMatchObject({ set: "OpenBrowserWindowApi" });
});

test("nothing preview-only, web-only or desktop-only", () => {
  const special = uses.filter(
    (u) => !/^\d+\.\d+$/.test(u.version) || /Online|Desktop|Preview|Beta/i.test(u.set)
  );
  expect(special).toEqual([]);
});

test("the manifest declares the highest ExcelApi set the code uses", () => {
  const excel = uses.filter((u) => u.set === "ExcelApi").map((u) => u.version);
  const highest = excel.reduce((a, b) => (newer(a, b) >= 0 ? a : b));
  expect(highest).toBe("1.12");
  expect(declared.get("ExcelApi")).toBe(highest);
});

test("every other set is declared in the manifest or checked with isSetSupported first", () => {
  const unguarded = uses.filter((u) => {
    if (u.set === "ExcelApi") return false;
    const min = declared.get(u.set);
    if (min && newer(min, u.version) >= 0) return false;
    const text = fs.readFileSync(path.join(ROOT, u.file), "utf8");
    return !text.includes("isSetSupported") || !text.includes(`"${u.set}"`);
  });
  expect(unguarded).toEqual([]);
});
