// Precomputes what the app would otherwise compute from the counties at every start-up:
// the county neighbour table (land and sea) into public/geo/neighbours.json (50–120 ms), and
// the label points into public/geo/labels.json (50–65 ms). Runs the app's own TypeScript
// (src/geo/neighbourTable.ts, neighbourFile.ts, labelPoints.ts) through Vite's module runner:
// one implementation, and tests/unit/neighbourFile.test.ts and labelFile.test.ts prove the
// committed files equal it. Called by `npm run geo` (build-geo.mjs) after counties.geojson is
// written. Deterministic.

import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { runnerImport } from "vite";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

const load = async (path) => (await runnerImport(join(ROOT, path), { configFile: false, root: ROOT, logLevel: "silent" })).module;

/** @param {string} countiesText the exact text of counties.geojson @returns {Promise<string>} neighbours.json */
export async function buildNeighbours(countiesText) {
  const tables = await load("src/geo/neighbourTable.ts");
  const file = await load("src/geo/neighbourFile.ts");
  return file.serializeNeighbourTable(tables.computeNeighbourTable(JSON.parse(countiesText)));
}

/** @param {string} countiesText the exact text of counties.geojson @returns {Promise<string>} labels.json */
export async function buildLabels(countiesText) {
  const labels = await load("src/geo/labelPoints.ts");
  return labels.serializeLabelPoints(labels.computeLabelPoints(JSON.parse(countiesText)));
}
