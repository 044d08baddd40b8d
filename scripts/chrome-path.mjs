import { accessSync, constants } from "node:fs";

/** The system Chromium the end-to-end suite and the benchmark use (docs/ARCHITECTURE.md, "Tests"). */
export function resolveChromePath() {
  const candidates = [process.env.CHROME_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean);
  for (const path of candidates) {
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // try the next one
    }
  }
  return undefined;
}

/**
 * Flags for headless Chromium here: no sandbox (we run as root), and none of
 * Chromium's background traffic, which this machine's closed network refuses.
 */
export const CHROME_ARGS = [
  "--no-sandbox",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
