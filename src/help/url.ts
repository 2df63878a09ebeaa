/** The help page's address, next to the page that asks (the add-in serves help.html beside taskpane.html). */
export function helpUrl(functionName?: string): string {
  const base = new URL("help.html", window.location.href).href;
  return functionName ? `${base}#${functionName}` : base;
}
