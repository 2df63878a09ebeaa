/** npm run docs — writes docs/functions.md from the functions' metadata and the catalog. */
import * as fs from "fs";
import * as path from "path";
import globalSetup from "../test/support/globalSetup.js";

async function main() {
  await globalSetup();
  await import("../test/support/customFunctionsGlobal");
  const { FUNCTIONS } = await import("../src/functions/metadata");
  const { functionReference } = await import("../src/help/markdown");
  const file = path.resolve(__dirname, "../docs/functions.md");
  fs.writeFileSync(file, functionReference(FUNCTIONS));
  console.log(`Wrote ${path.relative(process.cwd(), file)}`);
}
main();
