#!/usr/bin/env node
/**
 * npm start. On Windows and macOS: office-addin-debugging sideloads the add-in into desktop Excel
 * (it starts the dev server too). Elsewhere (Linux: no desktop Excel) it starts the dev server in
 * the background and prints the workbench address — the add-in's task pane beside an in-browser
 * workbook — and how to load the add-in into Excel on the web. `npm stop` stops it.
 */
const { spawn, spawnSync } = require("child_process");
const fs = require("fs");
const https = require("https");
const path = require("path");

const root = path.resolve(__dirname, "..");
const port = Number(process.env.npm_package_config_dev_server_port || 3000);
const base = `https://localhost:${port}`;
const pidFile = path.join(root, `.dev-server-${port}.pid`);
const logFile = path.join(root, `.dev-server-${port}.log`);

if (process.platform === "win32" || process.platform === "darwin") {
  const r = spawnSync("npx", ["office-addin-debugging", "start", "manifest.xml"], {
    cwd: root,
    stdio: "inherit",
    shell: true,
  });
  process.exit(r.status ?? 1);
}

function answers(url) {
  return new Promise((resolve) => {
    const req = https.get(url, { rejectUnauthorized: false, timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on("error", () => resolve(false));
    req.on("timeout", () => req.destroy());
  });
}

async function main() {
  if (await answers(`${base}/workbench.html`)) {
    console.log(`The dev server is already running.`);
  } else {
    const log = fs.openSync(logFile, "w");
    const server = spawn(
      process.execPath,
      [require.resolve("webpack-cli/bin/cli.js"), "serve", "--mode", "development"],
      {
        cwd: root,
        detached: true,
        stdio: ["ignore", log, log],
      }
    );
    fs.writeFileSync(pidFile, String(server.pid));
    server.unref();
    process.stdout.write(`Starting the dev server (log: ${path.relative(root, logFile)})`);
    const deadline = Date.now() + 120_000;
    while (!(await answers(`${base}/workbench.html`))) {
      if (Date.now() > deadline || server.exitCode !== null) {
        console.error(`\nThe dev server did not start; see ${logFile}.`);
        process.exit(1);
      }
      process.stdout.write(".");
      await new Promise((r) => setTimeout(r, 1000));
    }
    console.log(" ready.");
  }
  console.log(`
No desktop Excel on ${process.platform}: the add-in runs in the workbench, its task pane beside an
in-browser workbook (HyperFormula with every MSP.* function):

    ${base}/workbench.html

The development certificate is not trusted by this system: accept it once in the browser.
To use the add-in in Excel on the web instead: open a workbook, Home > Add-ins > More Settings >
Upload My Add-in, and choose manifest.xml (this dev server must keep running).
Function reference: ${base}/help.html        Stop: npm stop`);
}

main();
