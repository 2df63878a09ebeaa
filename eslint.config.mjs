// office-addin-lint's recommended rules (Office.js checks, prettier), for the React task pane too,
// and the layers of src/: each imports only from the layers below it.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

/**
 * The layers, lowest first: engine (the maths) ← formula (Excel formula text) ← functions (the
 * custom functions and their docs) ← sheets (plans, blueprints, readers) ← help, excel (the only
 * Office.js code) ← commands, taskpane. The workbench (development only) may use them all; nothing
 * else imports it, nor HyperFormula (GPL), nor the tests.
 */
const LAYERS = [
  ["engine", []],
  ["formula", []],
  ["functions", ["engine", "formula"]],
  ["sheets", ["engine", "formula", "functions"]],
  ["help", ["engine", "formula", "functions"]],
  ["excel", ["engine", "formula", "functions", "sheets"]],
  ["commands", ["engine", "formula", "functions", "sheets", "help", "excel"]],
  ["taskpane", ["engine", "formula", "functions", "sheets", "help", "excel"]],
];
const ALL = ["engine", "formula", "functions", "sheets", "help", "excel", "commands", "taskpane", "workbench"];
const NEVER = [
  { group: ["**/test/**", "**/test"], message: "src/ never imports the tests." },
  { group: ["hyperformula"], message: "HyperFormula (GPL) is for the workbench and tests only." },
];

/** A file `depth` folders below src/ reaches another layer with "../" × depth, then its name. */
const layerRules = LAYERS.flatMap(([layer, below]) =>
  [1, 2, 3].map((depth) => ({
    files: [`src/${layer}/${"*/".repeat(depth - 1)}*.{ts,tsx}`],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: `^(\\.\\./){${depth}}(${ALL.filter((l) => l !== layer && !below.includes(l)).join("|")})(/|$)`,
              message: `Layers: src/${layer} may import only ${below.length ? below.map((b) => `src/${b}`).join(", ") : "itself"} (see eslint.config.mjs).`,
            },
            ...NEVER,
          ],
        },
      ],
    },
  }))
);

export default [
  ...officeAddins.configs.react,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser },
    rules: {
      // TypeScript (strict) already reports undefined names, and knows the DOM and Office globals.
      "no-undef": "off",
      "no-unused-vars": "off", // tsc's noUnusedLocals / noUnusedParameters
      // The automatic JSX runtime (tsconfig "jsx": "react-jsx") needs no React in scope.
      "react/react-in-jsx-scope": "off",
    },
  },
  ...layerRules,
  {
    files: ["src/workbench/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [NEVER[0]] }] },
  },
];
