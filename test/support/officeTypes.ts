/**
 * Facts about the Excel object model read from @types/office-js (the reference Microsoft
 * publishes): the strings each Excel enum accepts, and the keys of an interface. The strict Excel
 * fake rejects anything else, as Excel does with "InvalidArgument".
 */
import * as fs from "fs";

let excelNamespace: string | undefined;

/** The `declare namespace Excel { … }` block of @types/office-js. */
function excel(): string {
  if (excelNamespace === undefined) {
    const text = fs.readFileSync(require.resolve("@types/office-js/index.d.ts"), "utf8");
    const start = text.indexOf("declare namespace Excel {");
    excelNamespace = text.slice(start, text.indexOf("\n}\n", start));
  }
  return excelNamespace;
}

const enums = new Map<string, Set<string>>();

/** The string values of Excel enum `name` (e.g. "ChartType" → "BarClustered", …). */
export function excelEnum(name: string): Set<string> {
  let values = enums.get(name);
  if (!values) {
    const m = new RegExp(`\\n    enum ${name} \\{([\\s\\S]*?)\\n    \\}`).exec(excel());
    if (!m) throw new Error(`no enum Excel.${name} in @types/office-js`);
    values = new Set([...m[1].matchAll(/^\s+\w+ = "([^"]+)",?$/gm)].map((x) => x[1]));
    enums.set(name, values);
  }
  return values;
}

/** The property names of Excel interface `name` (e.g. "DataValidationRule"). */
export function excelInterfaceKeys(name: string): Set<string> {
  const m = new RegExp(`\\n    interface ${name} \\{([\\s\\S]*?)\\n    \\}`).exec(excel());
  if (!m) throw new Error(`no interface Excel.${name} in @types/office-js`);
  return new Set([...m[1].matchAll(/^ {8}(\w+)\??:/gm)].map((x) => x[1]));
}
