import { accessSync, constants } from "node:fs";

/** Debian's full Chromium: what a user runs, so what the benchmark and the soak measure. */
const FULL = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];
/**
 * Debian's Chromium headless shell (package chromium-headless-shell): the same engine without the browser's own UI,
 * which Playwright itself runs headless tests in. Full Chromium in headless mode still builds its omnibox popup's
 * WebUI page for every window: about 0.7 s of CPU per page the suite opens (measured with a trace here), where the
 * end-to-end suite is CPU-bound on two cores.
 */
const SHELL = ["/usr/bin/chromium-headless-shell"];

function firstExecutable(candidates) {
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

/** The system Chromium the benchmark and the soak use (docs/ARCHITECTURE.md, "Tests"); CHROME_PATH first. */
export function resolveChromePath() {
  return firstExecutable([process.env.CHROME_PATH, ...FULL].filter(Boolean));
}

/** The Chromium the end-to-end suite uses: CHROME_PATH, else the headless shell where installed, else full Chromium. */
export function resolveTestChromePath() {
  return firstExecutable([process.env.CHROME_PATH, ...SHELL, ...FULL].filter(Boolean));
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
