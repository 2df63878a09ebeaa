/**
 * dist/functions.json, generated from the wrappers' JSDoc by custom-functions-metadata. Shared by
 * webpack (which emits it and defines it for the help page and task pane) and jest (globalSetup).
 * Fails loudly on a metadata error: the metadata CLI itself only prints it and exits 0.
 */
const path = require("path");
const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");

const FUNCTION_SOURCES = [
  "src/functions/selection.ts",
  "src/functions/kpi.ts",
  "src/functions/sla.ts",
];

async function functionsMetadata() {
  const files = FUNCTION_SOURCES.map((f) => path.resolve(__dirname, "..", f));
  const result = await generateCustomFunctionsMetadata(files, true);
  if (result.errors.length > 0)
    throw new Error(`custom-functions-metadata: ${result.errors.join("; ")}`);
  return { json: result.metadataJson, associate: result.associate, files };
}

module.exports = { FUNCTION_SOURCES, functionsMetadata };
