/**
 * Ribbon commands (run in the shared runtime, on the task-pane page).
 * "Function help" opens the help page that lists every MSP.* function.
 */
import { helpUrl } from "../help/url";

function openHelp(event: Office.AddinCommands.Event): void {
  Office.context.ui.openBrowserWindow(helpUrl());
  event.completed();
}

Office.onReady(() => {
  Office.actions.associate("openHelp", openHelp);
});
