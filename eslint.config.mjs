// office-addin-lint's recommended rules (Office.js checks, prettier), for the React task pane too.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

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
];
