/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser), headless, with the
 * flags this machine needs (playwright gives it a fresh, empty profile), recording every request
 * the page makes.
 */
import * as fs from "fs";
import { chromium, Browser, Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function launch(): Promise<{
  browser: Browser;
  page: Page;
  requests: string[];
  errors: string[];
  /** Every content-security-policy violation the page reported. */
  violations: string[];
}> {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`No Chromium at ${CHROMIUM}: apt-get install chromium (.ci/run does).`);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const page = await browser.newPage({
    viewport: { width: 1400, height: 900 },
    ignoreHTTPSErrors: true,
  });
  const requests: string[] = [];
  const errors: string[] = [];
  const violations: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  return { browser, page, requests, errors, violations };
}

/** True for URLs on this machine only. */
export function isLocal(url: string): boolean {
  if (url.startsWith("data:") || url.startsWith("blob:") || url === "about:blank") return true;
  const host = new URL(url).hostname;
  return host === "localhost" || host === "[::1]" || /^127\./.test(host);
}
