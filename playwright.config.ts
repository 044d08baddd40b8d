import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";
import { CHROME_ARGS, resolveTestChromePath } from "./scripts/chrome-path.mjs";

// E2E_PORT and E2E_DIST let several runs share a machine: each serves its own build on its own port.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const DIST = process.env.E2E_DIST ?? "dist";
const EDITIONS_DIST = process.env.E2E_EDITIONS_DIST ?? "dist-editions";
const EDITIONS_PORT = PORT + 1;
const EDITIONS_URL = `http://127.0.0.1:${EDITIONS_PORT}`;
// Where tests/e2e/editions.spec.ts finds the build with the fixture edition (workers inherit the environment).
process.env.E2E_EDITIONS_URL ??= EDITIONS_URL;

// End-to-end tests run against the production build (vite build + vite preview)
// in the system Chromium (its headless shell where installed: scripts/chrome-path.mjs); scripts/check-browser.mjs fails
// first when there is none.
export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: "chromium",
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath: resolveTestChromePath(), args: CHROME_ARGS },
    trace: "retain-on-failure",
    // Service workers would answer requests that specs mock with route(); only tests/e2e/offline.spec.ts allows them.
    serviceWorkers: "block",
  },
  webServer: [
    {
      command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort --outDir ${DIST}`,
      url: `http://127.0.0.1:${PORT}`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    // The same app built with a second, fictional edition beside the shipped ones (scripts/fixture-editions.mjs,
    // tests/e2e/editions.spec.ts), where that build exists; the spec fails, saying so, where it does not.
    ...(existsSync(EDITIONS_DIST)
      ? [
          {
            command: `npx vite preview --host 127.0.0.1 --port ${EDITIONS_PORT} --strictPort --outDir ${EDITIONS_DIST}`,
            url: EDITIONS_URL,
            reuseExistingServer: false,
            timeout: 60_000,
          },
        ]
      : []),
  ],
});
