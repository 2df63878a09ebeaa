/**
 * The functions' metadata, from the wrappers' JSDoc — the one place each function is described.
 * Shared by webpack (which emits functions.json and defines the add-in's copy for the help page,
 * the task pane and the examples sheet) and jest (globalSetup).
 *
 * - functions.json (what Excel reads): custom-functions-metadata's output, each function's
 *   helpUrl its section of help.html. The metadata CLI prints an error and exits 0: this fails.
 * - The add-in's copy adds what Excel does not read, from the same JSDoc block: the group (the
 *   wrapper file), @formula, @example (the formula → its result, then what it means), @source,
 *   @spill (the shape of an array result, for the workbench) and @format (the number format its
 *   result shows in on the examples sheet).
 */
const fs = require("fs");
const path = require("path");
const ts = require("typescript");
const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");
const { DEV_BASE } = require("./deploy");

/** The wrapper files, in the order the reference lists them, with the group each documents. */
const SOURCES = [
  { file: "src/functions/selection.ts", group: "Provider selection" },
  { file: "src/functions/kpi.ts", group: "Monthly KPI review" },
  { file: "src/functions/sla.ts", group: "Penalties and incentives" },
];
const FUNCTION_SOURCES = SOURCES.map((s) => s.file);

/** A tag's text, its lines joined by `join`. */
function tagText(tag, join = " ") {
  const text = ts.getTextOfJSDocComment(tag.comment) ?? "";
  return text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .join(join);
}

/** Each @customfunction's documentation in `file`, by id. */
function documentation(file, group) {
  const source = ts.createSourceFile(
    file,
    fs.readFileSync(file, "utf8"),
    ts.ScriptTarget.Latest,
    true
  );
  const docs = {};
  source.forEachChild((node) => {
    if (!ts.isFunctionDeclaration(node)) return;
    const tags = ts.getJSDocTags(node);
    const id = tags.find((t) => t.tagName.text === "customfunction");
    if (!id) return;
    const get = (name) => tags.find((t) => t.tagName.text === name);
    const fid = tagText(id);
    const missing = ["formula", "example", "source"].filter((t) => !get(t));
    if (missing.length > 0)
      throw new Error(
        `${path.basename(file)}: MSP.${fid} has no @${missing.join(", @")} in its JSDoc`
      );
    const [first, ...meaning] = tagText(get("example"), "\n").split("\n");
    const arrow = /^(=.+?) → (.+)$/.exec(first);
    if (!arrow)
      throw new Error(`MSP.${fid}: @example must read "=MSP.${fid}(…) → result", then its meaning`);
    docs[fid] = {
      group,
      formula: tagText(get("formula")),
      example: { formula: arrow[1], result: arrow[2], meaning: meaning.join(" ") },
      source: tagText(get("source")),
      ...(get("spill") ? { spill: tagText(get("spill")) } : {}),
      ...(get("format") ? { format: tagText(get("format")) } : {}),
    };
  });
  return docs;
}

async function functionsMetadata() {
  const root = path.resolve(__dirname, "..");
  const files = FUNCTION_SOURCES.map((f) => path.resolve(root, f));
  const result = await generateCustomFunctionsMetadata(files, true);
  if (result.errors.length > 0)
    throw new Error(`custom-functions-metadata: ${result.errors.join("; ")}`);
  const metadata = JSON.parse(result.metadataJson);
  for (const f of metadata.functions) f.helpUrl = `${DEV_BASE}help.html#MSP.${f.id}`;
  const docs = Object.assign(
    {},
    ...SOURCES.map((s) => documentation(path.resolve(root, s.file), s.group))
  );
  const functions = metadata.functions.map((f) => ({ ...f, ...docs[f.id] }));
  return {
    /** dist/functions.json. */
    json: JSON.stringify(metadata, null, 4),
    /** The add-in's copy: every function with its documentation. */
    appJson: JSON.stringify({ functions }),
    associate: result.associate,
    files,
  };
}

module.exports = { FUNCTION_SOURCES, functionsMetadata };
