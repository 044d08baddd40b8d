// Precomputes the county neighbour table (land and sea) into public/geo/neighbours.json, so the
// app does not spend 50–120 ms of start-up computing it. Runs the app's own TypeScript
// (src/geo/neighbourTable.ts, neighbourFile.ts) through Vite's module runner: one implementation,
// and tests/unit/neighbourFile.test.ts proves the committed file equals it.
// Called by `npm run geo` (build-geo.mjs) after counties.geojson is written. Deterministic.

import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { runnerImport } from "vite";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

/** @param {string} countiesText the exact text of counties.geojson @returns {Promise<string>} neighbours.json */
export async function buildNeighbours(countiesText) {
  const options = { configFile: false, root: ROOT, logLevel: "silent" };
  const { module: tables } = await runnerImport(join(ROOT, "src/geo/neighbourTable.ts"), options);
  const { module: file } = await runnerImport(join(ROOT, "src/geo/neighbourFile.ts"), options);
  return file.serializeNeighbourTable(tables.computeNeighbourTable(JSON.parse(countiesText)));
}
