import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // graphql ships both index.js and index.mjs; Node loads index.js for type-graphql and Apollo,
    // so our code must too, or graphql sees two copies ("another module or realm").
    alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }],
  },
  test: {
    include: [
      "server/src/**/*.test.ts",
      "db/**/*.test.ts",
      "tests/integration/**/*.test.ts",
      "tests/faults/**/*.test.ts",
      "tests/e2e/**/*.e2e.test.ts",
      "dashboard/src/**/*.test.{ts,tsx}",
    ],
    globalSetup: ["tests/support/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: "forks",
    // The JSON report lets CI print a plain "N passed, N failed" line.
    reporters: ["default", ["json", { outputFile: "tests/artifacts/vitest-results.json" }]],
    // type-graphql reads decorator metadata through the Reflect polyfill.
    setupFiles: ["tests/support/vitest-setup.ts"],
  },
});
