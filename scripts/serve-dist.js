#!/usr/bin/env node
/**
 * npm run serve:dist — serves the production build in dist/ over HTTPS the way a static host
 * would (files as they are, with their content types; nothing injected, no rewriting, 404 for
 * anything else), so the bundle can be opened and sideloaded before it is uploaded anywhere.
 *
 * The files are served under the base URL's path on https://localhost:<port>. A build for the
 * development address (npm run build without ADDIN_URL) is then exactly what its manifest
 * points to: sideload dist/manifest.xml. A build for your host is served under its path so its
 * pages can be opened and checked; its manifest points to your host.
 *
 *   npm run serve:dist              port 3000 (package.json config.dev_server_port)
 *   npm run serve:dist -- 8443      another port
 */
const fs = require("fs");
const https = require("https");
const path = require("path");
const { DEV_BASE } = require("./deploy.js");
const { httpsOptions } = require("./certs.js");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
};

/** The base URL dist/ was built for, from its manifest's task-pane address. */
function builtFor(root) {
  const manifest = path.join(root, "manifest.xml");
  if (!fs.existsSync(manifest)) throw new Error(`No ${manifest}: run npm run build first.`);
  const match = /<SourceLocation DefaultValue="([^"]+)taskpane\.html"/.exec(
    fs.readFileSync(manifest, "utf8")
  );
  if (!match) throw new Error(`${manifest} has no task-pane SourceLocation.`);
  return match[1];
}

/** Serves `root` under `prefix` ("/msp/"); resolves with the server and its https://localhost URL. */
async function serveDist({ root = path.resolve(__dirname, "../dist"), port = 3000, tls } = {}) {
  const base = builtFor(root);
  const prefix = new URL(base).pathname;
  const server = https.createServer(tls || (await httpsOptions()), (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url || "/", "https://localhost").pathname);
    const file = pathname.startsWith(prefix) ? path.join(root, pathname.slice(prefix.length)) : "";
    const found =
      file.startsWith(root + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile();
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" }).end();
    } else if (!found) {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
    } else {
      res.writeHead(200, {
        "Content-Type": TYPES[path.extname(file)] || "application/octet-stream",
        "Content-Length": fs.statSync(file).size,
        "Cache-Control": "no-cache",
      });
      if (req.method === "HEAD") res.end();
      else fs.createReadStream(file).pipe(res);
    }
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "localhost", resolve);
  });
  const url = `https://localhost:${server.address().port}${prefix}`;
  return {
    server,
    base,
    url,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function main() {
  const port = Number(process.argv[2] || process.env.npm_package_config_dev_server_port || 3000);
  let served;
  try {
    served = await serveDist({ port });
  } catch (error) {
    console.error(
      error.code === "EADDRINUSE"
        ? `Port ${port} is in use (the dev server? npm stop). Or: npm run serve:dist -- <port>`
        : error.message
    );
    process.exit(1);
  }
  const { base, url } = served;
  const sideloadable = base === url;
  console.log(`Serving dist/ (built for ${base}) as a static host would:

    ${url}taskpane.html      the task pane
    ${url}help.html          the function reference
    ${url}manifest.xml
`);
  console.log(
    sideloadable
      ? `Sideload it: in Excel on the web, Home > Add-ins > More Settings > Upload My Add-in, and choose
dist/manifest.xml (README, "Deploy to your organisation", has the other ways).`
      : base === DEV_BASE
        ? `dist/ is built for ${DEV_BASE}: serve it on port 3000 to sideload it.`
        : `dist/manifest.xml points to ${base}: upload dist/ there. To sideload this bundle locally,
build it for this machine (npm run build, without ADDIN_URL) and serve it again.`
  );
  console.log("Stop: Ctrl+C");
}

if (require.main === module) main();

module.exports = { serveDist };
