/**
 * The workbench: the real task pane beside an in-browser workbook, so the add-in can be used and
 * tested end to end without Excel. Development only (webpack builds it in development mode);
 * HyperFormula (GPL-3.0) never reaches the add-in bundle.
 */
import { associations } from "./customFunctionsShim"; // first: the wrappers register through it
import "../functions/functions";
import { createRoot } from "react-dom/client";
import { FUNCTIONS } from "../functions/metadata";
import { helpUrl } from "../help/url";
import { App } from "../taskpane/App";
import { detectHost } from "../excel/host";
import { InBrowserWorkbook } from "./workbook";
import { WorkbookView } from "./WorkbookView";

const functions = FUNCTIONS.map((metadata) => {
  const call = associations.get(metadata.id);
  if (!call) throw new Error(`MSP.${metadata.id} was not registered`);
  return { id: metadata.id, metadata, call };
});
const book = new InBrowserWorkbook(functions);
// Outside Office, Office.js frames Microsoft's telemetry proxy 3 s after loading; the workbench is
// offline and its policy forbids frames (that frame would be a violation), so it is asked not to.
const uls = (globalThis as { Logger?: { ulsEndpoint?: { loadProxyFrame?: () => void } } }).Logger
  ?.ulsEndpoint;
if (uls) uls.loadProxyFrame = () => undefined;

// The pane's own host detection, on Microsoft's Office.js (loaded by workbench.html): outside an
// Office host it finds none, and the pane works on the in-browser workbook.
const host = detectHost().then((found) =>
  found.kind === "none" ? { kind: "workbench" as const, label: "Workbench" } : found
);

// For tests and the curious: the workbook in the page's console.
Object.assign(window, { mspWorkbench: book });

const container = document.getElementById("workbench");
if (container) {
  createRoot(container).render(
    <div className="wb-layout">
      <aside className="wb-pane" aria-label="MSP Scorecard task pane">
        <App host={host} workbook={book} functions={FUNCTIONS} helpUrl={helpUrl} />
      </aside>
      <WorkbookView book={book} />
    </div>
  );
}
