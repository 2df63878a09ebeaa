/* eslint-disable no-undef */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { DefinePlugin } = require("webpack");
const { FUNCTION_SOURCES, functionsMetadata } = require("./scripts/functions-metadata");

/**
 * The dev server's certificate from office-addin-dev-certs. Where trusting its CA needs sudo (Linux
 * without it), the certificates are still generated and used: the browser asks once to accept them.
 */
async function httpsOptions() {
  const fs = require("fs");
  const devCerts = require("office-addin-dev-certs");
  const defaults = require("office-addin-dev-certs/lib/defaults");
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    if (!fs.existsSync(defaults.localhostCertificatePath)) await devCerts.generateCertificates();
    console.warn(`Development certificate not trusted by this system (${String(error.message).split("\n")[0]}).`);
    return {
      ca: fs.readFileSync(defaults.caCertificatePath),
      cert: fs.readFileSync(defaults.localhostCertificatePath),
      key: fs.readFileSync(defaults.localhostKeyPath),
    };
  }
}

module.exports = async (env, options) => {
  const dev = options.mode !== "production";
  const building = Boolean(env && env.WEBPACK_BUILD);
  const metadata = await functionsMetadata();
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
      commands: "./src/commands/commands.ts",
      help: "./src/help/help.ts",
      // The workbench (HyperFormula, GPL-3.0) is a development tool: never in a production build.
      ...(dev ? { workbench: "./src/workbench/index.tsx" } : {}),
    },
    output: {
      path: path.resolve(__dirname, (env && env.outDir) || "dist"),
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: dev } },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: FUNCTION_SOURCES.map((f) => `./${f}`),
      }),
      // The same metadata, for the help page and the task pane's function list.
      new DefinePlugin({ __MSP_FUNCTIONS_METADATA__: metadata.json }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: the task-pane page also runs the custom functions and ribbon commands.
        chunks: ["taskpane", "functions", "commands"],
      }),
      new HtmlWebpackPlugin({
        filename: "help.html",
        template: "./src/help/help.html",
        chunks: ["help"],
      }),
      ...(dev
        ? [
            new HtmlWebpackPlugin({
              filename: "workbench.html",
              template: "./src/workbench/workbench.html",
              chunks: ["workbench"],
            }),
          ]
        : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
          // The workbench runs Microsoft's Office.js from the npm package (what it loads outside
          // Office: office.js and its file-mapping table).
          ...(dev
            ? ["office.js", "o15apptofilemappingtable.js"].map((file) => ({
                from: `node_modules/@microsoft/office-js/dist/${file}`,
                to: `office/${file}`,
              }))
            : []),
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: building ? undefined : await httpsOptions() },
      host: "localhost",
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };
};
