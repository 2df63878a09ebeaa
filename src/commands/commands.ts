/**
 * Ribbon commands (run in the shared runtime, on the task-pane page): each registered under the
 * FunctionName the manifest gives its button.
 */
import { openHelp } from "./openHelp";

Office.onReady(() => {
  Office.actions.associate("openHelp", openHelp);
});
