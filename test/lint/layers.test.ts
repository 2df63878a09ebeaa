/**
 * The layer rule of eslint.config.mjs (run by `npm run lint`, so by CI) fires on an import that
 * runs uphill, on one into the tests, on HyperFormula outside the workbench — and only on those.
 * ESLint runs in a child process (its flat config is an ES module).
 */
import { execFileSync } from "child_process";
import * as path from "path";

const root = path.resolve(__dirname, "../..");

/** The no-restricted-imports messages ESLint gives `code` as the file `file`. */
function restricted(cases: { file: string; code: string }[]): string[][] {
  const script = `
    const { ESLint } = require("eslint");
    (async () => {
      const eslint = new ESLint({ cwd: ${JSON.stringify(root)} });
      const out = [];
      for (const c of ${JSON.stringify(cases)}) {
        const [r] = await eslint.lintText(c.code, { filePath: c.file });
        out.push(r.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message));
      }
      console.log(JSON.stringify(out));
    })();`;
  return JSON.parse(
    execFileSync(process.execPath, ["-e", script], { cwd: root, encoding: "utf8" })
  );
}

test("uphill imports, the tests and HyperFormula are refused; the layers below are not", () => {
  const cases = [
    { file: "src/engine/bad.ts", code: 'import { x } from "../sheets/plan/plan";\n' },
    { file: "src/functions/bad.ts", code: 'import { x } from "../sheets/kpi/model";\n' },
    { file: "src/sheets/kpi/bad.ts", code: 'import { x } from "../../excel/writer";\n' },
    { file: "src/sheets/bad.ts", code: 'import { x } from "../taskpane/App";\n' },
    { file: "src/taskpane/bad.ts", code: 'import { x } from "../workbench/workbook";\n' },
    { file: "src/excel/bad.ts", code: 'import { HyperFormula } from "hyperformula";\n' },
    { file: "src/sheets/bad.ts", code: 'import { x } from "../../test/support/functions";\n' },
    // Allowed: downhill, within a layer, and the workbench using everything.
    { file: "src/sheets/kpi/ok.ts", code: 'import { x } from "../../functions/metadata";\n' },
    { file: "src/functions/ok.ts", code: 'import { x } from "./excel";\n' },
    { file: "src/taskpane/kpi/ok.ts", code: 'import { x } from "../../excel/host";\n' },
    { file: "src/workbench/ok.ts", code: 'import { x } from "../taskpane/App";\n' },
    { file: "src/workbench/ok2.ts", code: 'import { HyperFormula } from "hyperformula";\n' },
  ];
  const messages = restricted(cases);
  const refused = messages.map((m) => m.length > 0);
  expect(cases.map((c, i) => [c.file, c.code.trim(), refused[i]])).toEqual(
    cases.map((c, i) => [c.file, c.code.trim(), i < 7])
  );
  expect(messages[0][0]).toMatch(/src\/engine may import only itself/);
  expect(messages[2][0]).toMatch(
    /src\/sheets may import only src\/engine, src\/formula, src\/functions/
  );
});
