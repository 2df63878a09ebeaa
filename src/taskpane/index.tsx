import { createRoot } from "react-dom/client";
import { excelWorkbook } from "../excel/excelWorkbook";
import { detectHost } from "../excel/host";
import { FUNCTIONS } from "../functions/metadata";
import { helpUrl } from "../help/url";
import { App } from "./App";

const container = document.getElementById("container");
if (container) {
  createRoot(container).render(
    <App host={detectHost()} workbook={excelWorkbook} functions={FUNCTIONS} helpUrl={helpUrl} />
  );
}
