// Parses the report's text (data/sources/) into sections, passages and footnotes with the
// regions each names, and writes it to data/report-<edition>.json: the reader, search, the
// translations and the dataset's quotes and excerpts point at its passage ids. Runs the app's
// own parser (src/data/reportParse.ts) through Vite's module runner, so there is one
// implementation; tests/unit/reportParse.test.ts proves the committed file equals its output.
// Region names come from the dataset (regions[].name, as the report writes them).
// Usage: `npm run report` (writes the file) or `import { buildReport } from "./parse-report.mjs"`.

import { readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { runnerImport } from "vite";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const DATASET = "data/rus-2026.json";
export const REPORT = "data/report-2026.json";

/** @returns {Promise<string>} the exact text of data/report-2026.json */
export async function buildReport() {
  const { module: parse } = await runnerImport(join(ROOT, "src/data/reportParse.ts"), {
    configFile: false,
    root: ROOT,
    logLevel: "silent",
  });
  const dataset = JSON.parse(await readFile(join(ROOT, DATASET), "utf8"));
  const source = await readFile(join(ROOT, dataset.edition.sourceFile), "utf8");
  const regions = dataset.regions.map(({ code, name }) => ({ code, name }));
  return parse.serializeReport(parse.parseReport(source, regions, dataset.edition.sourceFile));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await writeFile(join(ROOT, REPORT), await buildReport());
  console.log(`wrote ${REPORT}`);
}
