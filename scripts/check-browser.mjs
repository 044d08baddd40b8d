// Fails the end-to-end run early, and says how to fix it, when a tool the tests use is missing:
// the browser, or poppler's pdfinfo (the printout test reads its PDF with it).
import { spawnSync } from "node:child_process";
import { resolveTestChromePath } from "./chrome-path.mjs";

const path = resolveTestChromePath();
if (!path) {
  console.error(
    [
      "No Chromium found for the end-to-end tests.",
      "Install Debian's Chromium:   sudo apt-get update && sudo apt-get install -y chromium",
      "or point CHROME_PATH at a Chromium/Chrome binary:   CHROME_PATH=/path/to/chrome npm test",
    ].join("\n"),
  );
  process.exit(1);
}
if (spawnSync("pdfinfo", ["-v"]).error) {
  console.error(
    [
      "No pdfinfo found: the printout test reads its PDF with poppler's pdfinfo.",
      "Install it:   sudo apt-get update && sudo apt-get install -y poppler-utils",
    ].join("\n"),
  );
  process.exit(1);
}
console.log(`End-to-end browser: ${path}`);
