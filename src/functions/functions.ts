/**
 * The custom-functions entry (dist/functions.js). Loading the three wrapper modules registers
 * every MSP.* function: the build appends a `CustomFunctions.associate(id, fn)` for each JSDoc
 * `@customfunction` (custom-functions-metadata-plugin), and writes dist/functions.json.
 */
import "./selection";
import "./kpi";
import "./sla";
