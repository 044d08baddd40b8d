// Fails the end-to-end run early, and says how to fix it, when no browser is found.
import { resolveChromePath } from "./chrome-path.mjs";

const path = resolveChromePath();
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
console.log(`End-to-end browser: ${path}`);
