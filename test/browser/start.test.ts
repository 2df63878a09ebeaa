/**
 * The README's start command on this Linux machine: `npm start` serves the add-in and the
 * workbench over https and says where; the workbench loads and works; `npm stop` stops it.
 * (A spare port, so a developer's own `npm start` is left alone.)
 */
import { execFileSync } from "child_process";
import * as path from "path";
import { launch } from "../support/browser";

const root = path.resolve(__dirname, "../..");
const port = "3417";
const env = { ...process.env, npm_package_config_dev_server_port: port };
const run = (script: string) =>
  execFileSync(process.execPath, [path.join(root, "scripts", script)], {
    cwd: root,
    env,
    encoding: "utf8",
    timeout: 150_000,
  });

test("npm start serves the workbench and prints its address; npm stop stops it", async () => {
  if (process.platform === "win32" || process.platform === "darwin") return; // sideloads into Excel there
  const out = run("start.js");
  try {
    expect(out).toContain(`https://localhost:${port}/workbench.html`);
    expect(out).toContain("Upload My Add-in");
    const { browser, page } = await launch();
    try {
      await page.goto(`https://localhost:${port}/workbench.html`);
      await page.getByRole("tab", { name: "Functions" }).click();
      await page.getByRole("button", { name: "Insert function examples" }).click();
      await page
        .getByRole("tablist", { name: "Sheets" })
        .getByRole("tab", { name: "Function examples" })
        .waitFor();
      for (const file of [
        "taskpane.html",
        "functions.json",
        "functions.js",
        "help.html",
        "manifest.xml",
      ]) {
        const response = await page.request.get(`https://localhost:${port}/${file}`);
        expect([file, response.status()]).toEqual([file, 200]);
      }
    } finally {
      await browser.close();
    }
  } finally {
    expect(run("stop.js")).toContain("Stopped the dev server");
  }
  const { browser, page } = await launch();
  try {
    await expect(
      page.goto(`https://localhost:${port}/workbench.html`, { timeout: 5000 })
    ).rejects.toThrow();
  } finally {
    await browser.close();
  }
}, 180_000);
