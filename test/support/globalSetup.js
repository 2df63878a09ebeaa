/**
 * Before the tests: generate the functions' metadata and documentation from the wrappers' JSDoc
 * (as the build does) into a cache file that test/support/customFunctionsGlobal.ts exposes as
 * __MSP_FUNCTIONS_METADATA__ (the constant webpack defines for the bundles).
 */
const fs = require("fs");
const path = require("path");
const { functionsMetadata } = require("../../scripts/functions-metadata");

const CACHE = path.resolve(__dirname, "../../node_modules/.cache/msp-functions-metadata.json");

module.exports = async () => {
  const { appJson, associate } = await functionsMetadata();
  fs.mkdirSync(path.dirname(CACHE), { recursive: true });
  fs.writeFileSync(CACHE, JSON.stringify({ metadata: JSON.parse(appJson), associate }));
};
module.exports.CACHE = CACHE;
