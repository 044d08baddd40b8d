// A new report as a draft edition: `npm run edition -- new <id> <report.txt> [--from <id>] [--into <folder>]`.
// Parses the report text with the app's own parser and drafts the edition's folder (docs/EDITIONS.md): source.txt,
// report.json, dataset.json (every item a person must decide marked "draft": true), manifest.json and deck.json,
// then prints what a person must decide. The app refuses the dataset until every draft is confirmed.
// The pure work is src/data/editionDraft.ts, run through Vite's module runner (one implementation, unit-tested).

import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { runnerImport } from "vite";
import { editionsOldestFirst } from "./edition-folders.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

async function load(module) {
  return (await runnerImport(join(ROOT, module), { configFile: false, root: ROOT, logLevel: "silent" })).module;
}

/**
 * Drafts edition `id` from the report text at `reportPath` into `into/<id>/`, from the edition `from` (default: the
 * newest other edition of `into`). Returns the checklist and the draft's refusal.
 */
export async function newEdition({ id, reportPath, from, into = join(ROOT, "data/editions") }) {
  const { editionIdSchema, editionManifestSchema } = await load("src/data/editionSchema.ts");
  if (!editionIdSchema.safeParse(id).success) throw new Error(`"${id}" is no edition id: lower-case letters, digits and hyphens`);
  const folder = join(into, id);
  if (existsSync(folder)) throw new Error(`${folder} exists already: an edition is drafted once, then edited by hand`);
  const base =
    from ??
    editionsOldestFirst(into)
      .filter((e) => e.id !== id)
      .at(-1)?.id;
  if (!base) throw new Error(`no edition in ${into} to carry the regions and questions from: give --from`);
  const previous = {
    dataset: JSON.parse(await readFile(join(into, base, "dataset.json"), "utf8")),
    manifest: editionManifestSchema.parse(JSON.parse(await readFile(join(into, base, "manifest.json"), "utf8"))),
  };
  const source = await readFile(reportPath, "utf8");
  const { draftEdition } = await load("src/data/editionDraft.ts");
  const draft = draftEdition(source, id, previous);
  await mkdir(folder, { recursive: true });
  const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
  await Promise.all([
    writeFile(join(folder, "source.txt"), source),
    writeFile(join(folder, "report.json"), draft.reportText),
    writeFile(join(folder, "dataset.json"), json(draft.dataset)),
    writeFile(join(folder, "manifest.json"), json(draft.manifest)),
    writeFile(join(folder, "deck.json"), json(draft.deck)),
  ]);
  const { validateDataset } = await load("src/data/validate.ts");
  const result = validateDataset(draft.dataset, { report: draft.report });
  return { folder, base, checklist: draft.checklist, result };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [command, id, reportPath, ...rest] = process.argv.slice(2);
  const option = (name) => {
    const i = rest.indexOf(`--${name}`);
    return i >= 0 ? rest[i + 1] : undefined;
  };
  if (command !== "new" || !id || !reportPath) {
    console.error("Usage: npm run edition -- new <id> <report.txt> [--from <id>] [--into <folder of editions>]");
    process.exit(2);
  }
  const started = performance.now();
  const into = option("into") ? resolve(option("into")) : undefined;
  const { folder, base, checklist, result } = await newEdition({ id, reportPath: resolve(reportPath), from: option("from"), into });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Drafted ${folder} from ${reportPath} (regions and labels carried from edition ${base}) in ${seconds} s.`);
  const issues = result.ok ? [] : (result.issues ?? []);
  const drafts = issues.filter((issue) => issue.path.endsWith(".draft")).length;
  console.log(
    result.ok
      ? "The dataset validates: nothing is left to decide."
      : `The app refuses it until a person has decided: ${drafts} drafts, ${issues.length - drafts} other issues.`,
  );
  console.log("\nWhat a person must decide (docs/EDITIONS.md):");
  checklist.forEach((line, i) => console.log(`${String(i + 1).padStart(2)}. ${line}`));
  for (const issue of issues.filter((issue) => !issue.path.endsWith(".draft")).slice(0, 20))
    console.log(`   ${issue.path}: ${issue.message}`);
}
