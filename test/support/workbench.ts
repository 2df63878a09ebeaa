/**
 * The workbench page in Chromium for browser tests: served from dist-workbench/ on 127.0.0.1,
 * with helpers that act on the grid as a person would (double-click a cell, type, Enter) and read
 * what it shows (data-value of a cell by its address).
 */
import * as fs from "fs";
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import { launch } from "./browser";
import { serve } from "./staticServer";

export const RESULTS = path.resolve(__dirname, "../../test-results");
const ROOT = path.resolve(__dirname, "../../dist-workbench");

export interface Workbench {
  page: Page;
  /** Every URL the page requested. */
  requests: string[];
  errors: string[];
  /** Content-security-policy violations: the workbench runs under every page's policy. */
  violations: string[];
  close: () => Promise<void>;
}

export async function openWorkbench(): Promise<Workbench> {
  if (!fs.existsSync(path.join(ROOT, "workbench.html")))
    throw new Error("Build the workbench first: npm run build:workbench");
  fs.mkdirSync(RESULTS, { recursive: true });
  const server = await serve(ROOT);
  const { browser, page, requests, errors, violations } = await launch();
  await page.goto(`${server.url}/workbench.html`);
  await page.getByText("Connected: Workbench").waitFor();
  const close = async (b: Browser = browser) => {
    await b.close();
    await server.close();
  };
  return { page, requests, errors, violations, close: () => close() };
}

/** Grid helpers on the page `getPage()` returns (so they can be set up before the page opens). */
export function grid(getPage: () => Page) {
  const cell = (address: string) => getPage().locator(`[role="grid"] [data-address="${address}"]`);
  return {
    cell,
    valueOf: (address: string) => cell(address).getAttribute("data-value"),
    sheetTab: (name: string) =>
      getPage().getByRole("tablist", { name: "Sheets" }).getByRole("tab", { name, exact: true }),
    async typeInto(address: string, text: string) {
      await cell(address).dblclick();
      const editor = getPage().getByLabel(`Edit ${address}`);
      await editor.fill(text);
      await editor.press("Enter");
    },
    async waitForValue(address: string, expected: string) {
      await getPage().waitForFunction(
        ([a, v]) =>
          document
            .querySelector(`[role="grid"] [data-address="${a}"]`)
            ?.getAttribute("data-value") === v,
        [address, expected]
      );
    },
  };
}
