// Parses each edition's report text (data/editions/<id>/source.txt) into sections, passages and footnotes with the
// regions each names, and writes it to data/editions/<id>/report.json: the reader, search, the translation and the
// dataset's quotes and excerpts point at its passage ids. Runs the app's own parser (src/data/reportParse.ts)
// through Vite's module runner, so there is one implementation; tests/unit/reportParse.test.ts proves the committed
// file equals its output. Region names come from the edition's dataset (regions[].name, as the report writes them).
// Usage: `npm run report` (every edition), `npm run report -- <id>` (one), or
// `import { buildReport } from "./parse-report.mjs"`.

import { readdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { runnerImport } from "vite";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const EDITIONS = join(ROOT, "data/editions");

/** The app's parser, loaded once through Vite's module runner. */
export async function reportParser() {
  const { module } = await runnerImport(join(ROOT, "src/data/reportParse.ts"), { configFile: false, root: ROOT, logLevel: "silent" });
  return module;
}

/**
 * The exact text of an edition's report.json, from its source text and the region names of its dataset.
 * @param {string} folder the edition's folder
 * @returns {Promise<string>}
 */
export async function buildReport(folder) {
  const parse = await reportParser();
  const dataset = JSON.parse(await readFile(join(folder, "dataset.json"), "utf8"));
  const source = await readFile(join(ROOT, dataset.edition.sourceFile), "utf8");
  const regions = dataset.regions.map(({ code, name }) => ({ code, name }));
  return parse.serializeReport(parse.parseReport(source, regions, dataset.edition.sourceFile));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const wanted = process.argv.slice(2);
  const ids =
    wanted.length > 0 ? wanted : (await readdir(EDITIONS, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
  for (const id of ids) {
    const folder = join(EDITIONS, id);
    await writeFile(join(folder, "report.json"), await buildReport(folder));
    console.log(`wrote data/editions/${id}/report.json`);
  }
}
