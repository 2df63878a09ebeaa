/**
 * The ribbon's "Function help" command opens the help page that lists every MSP.* function: in a
 * browser window where Office can open one (OpenBrowserWindowApi 1.1: Windows and Mac, not Excel
 * on the web), else in an Office dialog (DialogApi 1.1), else in a new tab. The event is always
 * completed, or Office would keep the button busy and never run the command again.
 */
import { helpUrl } from "../help/url";

export function openHelp(
  event: Office.AddinCommands.Event,
  office: typeof Office = Office,
  open: (url: string) => unknown = (url) => window.open(url, "_blank", "noopener")
): void {
  const url = helpUrl();
  try {
    const supports = (set: string) => office.context.requirements?.isSetSupported(set, "1.1");
    if (supports("OpenBrowserWindowApi")) office.context.ui.openBrowserWindow(url);
    else if (supports("DialogApi"))
      office.context.ui.displayDialogAsync(url, { height: 70, width: 45 }, (result) => {
        if (result.status === office.AsyncResultStatus.Failed) open(url);
      });
    else open(url);
  } catch {
    open(url);
  } finally {
    event.completed();
  }
}
