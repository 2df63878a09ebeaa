/**
 * A production build for an organisation's host: `ADDIN_URL=https://addins.example.org/msp/
 * npm run build` (into a temporary folder). Nothing in it names localhost; every manifest URL and
 * every function's help URL is under the base; the manifest passes the manifest checks and
 * carries package.json's version. Then the pages, served by `npm run serve:dist` as a static host
 * would (office.js absent: offline), load in Chromium with no content-security-policy violation.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { addinBase, buildMessage, CSP, DEV_BASE } from "../../scripts/deploy";
import { serveDist } from "../../scripts/serve-dist";
import { FUNCTIONS } from "../../src/functions/metadata";
import { version } from "../../package.json";
import { launch } from "../support/browser";
import { describeManifest } from "../support/manifestChecks";

const root = path.resolve(__dirname, "../..");
const BASE = "https://addins.example.org/msp/";
const out = fs.mkdtempSync(path.join(os.tmpdir(), "msp-deploy-"));
const webpack = (env: Record<string, string>, outDir: string) =>
  spawnSync(
    process.execPath,
    [
      require.resolve("webpack-cli/bin/cli.js"),
      "--mode",
      "production",
      "--env",
      `outDir=${outDir}`,
    ],
    { cwd: root, env: { ...process.env, ...env }, encoding: "utf8", timeout: 240_000 }
  );

/** Every file under `dir`, relative. */
const files = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? files(path.join(dir, e.name)).map((f) => `${e.name}/${f}`) : [e.name]
    );

const built = webpack({ ADDIN_URL: BASE }, out);
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

test("the build says what it is for and succeeds", () => {
  expect(built.stderr + built.stdout).toContain(`Building for ${BASE}`);
  expect(built.status).toBe(0);
});

test("no file names localhost", () => {
  const all = files(out);
  expect(all).toEqual(expect.arrayContaining(["manifest.xml", "functions.json", "taskpane.html"]));
  const naming = all.filter((f) => fs.readFileSync(path.join(out, f)).includes("localhost"));
  expect(naming).toEqual([]);
});

test("every function's help URL is its section of the deployed help page", () => {
  const { functions } = JSON.parse(fs.readFileSync(path.join(out, "functions.json"), "utf8"));
  expect(functions).toHaveLength(FUNCTIONS.length);
  for (const f of functions) expect(f.helpUrl).toBe(`${BASE}help.html#MSP.${f.id}`);
  // The pane's and help page's copy of the metadata too.
  expect(fs.readFileSync(path.join(out, "taskpane.js"), "utf8")).toContain(
    `${BASE}help.html#MSP.SLA.CREDIT`
  );
});

test("the manifest carries package.json's version; the source manifest stays on localhost", () => {
  const xml = fs.readFileSync(path.join(out, "manifest.xml"), "utf8");
  expect(xml).toContain(`<Version>${version}.0</Version>`);
  expect(xml).toContain("<AppDomain>https://addins.example.org</AppDomain>");
  expect(fs.readFileSync(path.join(root, "manifest.xml"), "utf8")).toContain(
    '<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>'
  );
});

describeManifest("dist/manifest.xml built for ADDIN_URL", path.join(out, "manifest.xml"), BASE);

describe("ADDIN_URL", () => {
  test.each([
    ["http://addins.example.org/msp/", "must be https://"],
    ["https://addins.example.org/msp", 'must end with "/"'],
    ["addins.example.org/msp/", "is not a URL"],
    ["https://addins.example.org/msp/?v=1", "must not have a query"],
  ])("%s is refused: %s", (value, message) => {
    expect(() => addinBase(value)).toThrow(message);
  });

  test("unset, the build is for the development server and says how to deploy", () => {
    expect(addinBase(undefined)).toBe(DEV_BASE);
    expect(addinBase("")).toBe(DEV_BASE);
    expect(buildMessage(DEV_BASE)).toContain("ADDIN_URL=https://");
  });

  test("a refused URL stops the build with the message, and writes nothing", () => {
    const bad = path.join(out, "refused");
    const r = webpack({ ADDIN_URL: "http://addins.example.org/msp/" }, bad);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain("ADDIN_URL must be https://");
    expect(r.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
    expect(fs.existsSync(bad)).toBe(false);
  });
});

describe("served like a static host (npm run serve:dist)", () => {
  test("every page carries the policy; they load without a violation", async () => {
    const served = await serveDist({ root: out, port: 0 });
    const { browser, page, errors, violations, requests } = await launch();
    try {
      expect(served.url).toMatch(/^https:\/\/localhost:\d+\/msp\/$/);
      // Offline, as on this machine: Microsoft's CDN does not answer.
      await page.route(/^https:\/\/(?!localhost)/, (route) => route.abort());
      for (const name of ["taskpane.html", "help.html"]) {
        const html = fs.readFileSync(path.join(out, name), "utf8");
        expect(html).toContain(`content="${CSP}"`);
        const response = await page.goto(`${served.url}${name}`);
        expect(response?.headers()["content-type"]).toBe("text/html; charset=utf-8");
      }
      // The help page rendered from its script (no inline script), the pane without Office.
      await page.goto(`${served.url}help.html#MSP.SLA.CREDIT`);
      await page.getByRole("heading", { name: "MSP.SLA.CREDIT", exact: true }).waitFor();
      await page.goto(`${served.url}taskpane.html`);
      await page.getByText("Not in Excel").waitFor();
      expect(requests.some((u) => u.endsWith("/office.js"))).toBe(true);
      // Without office.js only the globals it would define are missing; nothing else fails.
      for (const e of errors)
        expect(e).toMatch(/^ReferenceError: (CustomFunctions|Office) is not defined/);
      expect(violations).toEqual([]);
      // The policy is in force: an injected inline script is refused and reported.
      await page.evaluate(() => {
        const s = document.createElement("script");
        s.textContent = "document.title = 'injected'";
        document.head.appendChild(s);
      });
      expect(await page.title()).not.toBe("injected");
      for (let i = 0; i < 50 && violations.length === 0; i++) await page.waitForTimeout(100);
      expect(violations.join("\n")).toMatch(/inline script/i);
    } finally {
      await browser.close();
      await served.close();
    }
  }, 120_000);

  test("answers 404 outside the base path and for missing files, 405 for writes", async () => {
    const served = await serveDist({ root: out, port: 0 });
    try {
      const origin = new URL(served.url).origin;
      const status = async (url: string, method = "GET") => {
        const https = await import("https");
        return new Promise<number>((resolve, reject) =>
          https
            .request(url, { method, rejectUnauthorized: false }, (res) => {
              res.resume();
              resolve(res.statusCode ?? 0);
            })
            .on("error", reject)
            .end()
        );
      };
      expect(await status(`${served.url}manifest.xml`)).toBe(200);
      expect(await status(`${origin}/manifest.xml`)).toBe(404);
      expect(await status(`${served.url}nothing.js`)).toBe(404);
      expect(await status(`${served.url}..%2Fpackage.json`)).toBe(404);
      expect(await status(`${served.url}manifest.xml`, "PUT")).toBe(405);
    } finally {
      await served.close();
    }
  });
});
