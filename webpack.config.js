/* eslint-disable no-undef */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { DefinePlugin } = require("webpack");
const { FUNCTION_SOURCES, functionsMetadata } = require("./scripts/functions-metadata");
const { addinBase, buildMessage, forBase, CSP, DEV_BASE } = require("./scripts/deploy");
const { httpsOptions } = require("./scripts/certs");
const { version } = require("./package.json");

/** Rewrites an emitted asset's text after the plugin that made it (functions.json's help URLs). */
class RewriteAsset {
  constructor(name, rewrite) {
    this.name = name;
    this.rewrite = rewrite;
  }
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("RewriteAsset", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "RewriteAsset", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE },
        (assets) => {
          if (!assets[this.name]) return;
          const text = this.rewrite(assets[this.name].source().toString());
          compilation.updateAsset(this.name, new sources.RawSource(text));
        }
      );
    });
  }
}

module.exports = async (env, options) => {
  const dev = options.mode !== "production";
  const building = Boolean(env && env.WEBPACK_BUILD);
  const metadata = await functionsMetadata();
  // Production builds are for ADDIN_URL (checked: https, trailing slash); dev builds for localhost.
  let base = DEV_BASE;
  try {
    if (!dev) base = addinBase();
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
  if (!dev && building) console.log(buildMessage(base));
  const manifestVersion = `${version}.0`;
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
      // The same metadata, with each function's documentation, for the help page, the task pane
      // and the examples sheet.
      new DefinePlugin({ __MSP_FUNCTIONS_METADATA__: forBase(metadata.appJson, base) }),
      // functions.json as scripts/functions-metadata.js makes it (help URLs added), for the base.
      new RewriteAsset("functions.json", () => forBase(metadata.json, base)),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: the task-pane page also runs the custom functions and ribbon commands.
        chunks: ["taskpane", "functions", "commands"],
        templateParameters: { csp: CSP },
      }),
      new HtmlWebpackPlugin({
        filename: "help.html",
        template: "./src/help/help.html",
        chunks: ["help"],
        templateParameters: { csp: CSP },
      }),
      ...(dev
        ? [
            new HtmlWebpackPlugin({
              filename: "workbench.html",
              template: "./src/workbench/workbench.html",
              chunks: ["workbench"],
              templateParameters: { csp: CSP },
            }),
          ]
        : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            // Every URL under the base; the version from package.json (major.minor.patch.0).
            transform: (content) =>
              forBase(content.toString(), base).replace(
                /<Version>[^<]*<\/Version>/,
                `<Version>${manifestVersion}</Version>`
              ),
          },
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
