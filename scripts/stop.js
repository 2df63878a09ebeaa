#!/usr/bin/env node
/** npm stop: stops what npm start started (the dev server; on Windows/macOS also unloads the add-in). */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const port = Number(process.env.npm_package_config_dev_server_port || 3000);
const pidFile = path.join(root, `.dev-server-${port}.pid`);

if (process.platform === "win32" || process.platform === "darwin") {
  const r = spawnSync("npx", ["office-addin-debugging", "stop", "manifest.xml"], {
    cwd: root,
    stdio: "inherit",
    shell: true,
  });
  process.exit(r.status ?? 1);
}

if (!fs.existsSync(pidFile)) {
  console.log("Nothing to stop: npm start did not start a dev server here.");
  process.exit(0);
}
const pid = Number(fs.readFileSync(pidFile, "utf8"));
try {
  process.kill(-pid, "SIGTERM"); // the server's whole process group
  console.log(`Stopped the dev server (pid ${pid}).`);
} catch (error) {
  if (error.code !== "ESRCH") throw error;
  console.log("The dev server had already stopped.");
}
fs.rmSync(pidFile);
