import { FUNCTIONS } from "../functions/metadata";
import { renderHelp } from "./render";

const main = document.getElementById("help");
if (main) {
  main.innerHTML = renderHelp(FUNCTIONS);
  const target = window.location.hash
    ? document.getElementById(decodeURIComponent(window.location.hash.slice(1)))
    : null;
  target?.scrollIntoView();
}
