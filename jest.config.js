/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  globalSetup: "<rootDir>/test/support/globalSetup.js",
  setupFiles: ["<rootDir>/test/support/customFunctionsGlobal.ts"],
  transform: {
    "^.+\\.[tj]sx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  // office-addin-manifest brings ESM-only strip-bom@5 and uuid@14: let ts-jest transform them.
  transformIgnorePatterns: ["/node_modules/(?!((@[^/]+/)?[^/]+/node_modules/)?(strip-bom|uuid)/)"],
  testTimeout: 60000,
  // One worker per core (jest's default leaves one idle: a single worker on a 2-core machine).
  // Browser and LibreOffice tests spend much of their time waiting on those processes.
  maxWorkers: "100%",
};
