import { defineConfig } from "@playwright/test";
import { CHROME_ARGS, resolveChromePath } from "./scripts/chrome-path.mjs";

const PORT = 4173;

// End-to-end tests run against the production build (vite build + vite preview)
// in the system Chromium; scripts/check-browser.mjs fails first when there is none.
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
    launchOptions: { executablePath: resolveChromePath(), args: CHROME_ARGS },
    trace: "retain-on-failure",
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
