/**
 * npm run docs — writes the function reference (docs/functions.md) and the README's function
 * table from the functions' JSDoc; a test fails when either is out of date.
 */
import * as fs from "fs";
import * as path from "path";
import globalSetup from "../test/support/globalSetup";

async function main() {
  await globalSetup();
  await import("../test/support/customFunctionsGlobal");
  const { FUNCTIONS } = await import("../src/functions/metadata");
  const { functionReference, readmeTable, withReadmeTable } = await import("../src/help/markdown");
  const root = path.resolve(__dirname, "..");
  fs.writeFileSync(path.join(root, "docs/functions.md"), functionReference(FUNCTIONS));
  const readme = path.join(root, "README.md");
  fs.writeFileSync(
    readme,
    withReadmeTable(fs.readFileSync(readme, "utf8"), readmeTable(FUNCTIONS))
  );
  console.log("Wrote docs/functions.md and README.md's function table");
}
main();
