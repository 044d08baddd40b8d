// The editions in a folder of editions (data/editions/ or a test's), oldest first by their manifests' dates: one
// reading for the build's preload (preload-data.mjs), `npm run edition` and the tests (tests/editionFiles.ts).
// The app itself finds its editions through import.meta.glob (src/data/editions.ts) and orders them the same way.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** @returns {{ id: string; date: string }[]} every edition of `dir`, oldest first (then by id). */
export function editionsOldestFirst(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({ id: entry.name, date: JSON.parse(readFileSync(join(dir, entry.name, "manifest.json"), "utf8")).date }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}
