// A new report as a draft edition: `npm run edition -- new <id> <report.txt> [--from <id>] [--into <folder>]`.
// An edition as one file to send: `npm run edition -- bundle <id> [out.json] [--editions <folder>]` (see bundleEdition).
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

/**
 * Edition `id` of the folder `editions` as one bundle (src/data/editionBundle.ts: dataset, report parse, translation
 * and manifest in one JSON file), so a maintainer can send a new edition to someone whose build does not ship it.
 * Checked exactly as the app checks an opened file (one edition throughout, every quote in its report); returns the
 * bundle and that check's result.
 */
export async function bundleEdition({ id, editions = join(ROOT, "data/editions") }) {
  const folder = join(editions, id);
  if (!existsSync(join(folder, "dataset.json"))) throw new Error(`${folder} holds no edition (no dataset.json)`);
  const read = async (name) => JSON.parse(await readFile(join(folder, name), "utf8"));
  const optional = async (name) => (existsSync(join(folder, name)) ? read(name) : undefined);
  const { EDITION_BUNDLE_KIND, EDITION_BUNDLE_VERSION, parseEditionBundle } = await load("src/data/editionBundle.ts");
  const [manifest, dataset, report, translation] = await Promise.all([
    read("manifest.json"),
    read("dataset.json"),
    read("report.json"),
    optional("translation.en.json"),
  ]);
  const bundle = {
    kind: EDITION_BUNDLE_KIND,
    version: EDITION_BUNDLE_VERSION,
    manifest,
    dataset,
    report,
    ...(translation && { translation }),
  };
  return { bundle, result: parseEditionBundle(bundle) };
}

/** `bundle <id> [out.json] [--editions <folder>]`: writes the bundle only when the app would open it. */
async function bundleCommand([id, ...rest]) {
  const at = rest.indexOf("--editions");
  const editions = at >= 0 ? resolve(rest[at + 1]) : undefined;
  const out = resolve(rest.find((arg, i) => !arg.startsWith("--") && rest[i - 1] !== "--editions") ?? `rus-kartan-${id}.json`);
  const { bundle, result } = await bundleEdition({ id, editions });
  if (!result.ok) {
    console.error(`Edition ${id} is not written: the app would refuse it.`);
    if (result.problem) console.error(`   ${JSON.stringify(result.problem)}`);
    for (const issue of (result.issues ?? []).slice(0, 20)) console.error(`   ${issue.path}: ${issue.message}`);
    process.exit(1);
  }
  const text = `${JSON.stringify(bundle)}\n`;
  await writeFile(out, text);
  const parts = ["dataset", "report", bundle.translation ? "translation" : undefined, "manifest"].filter(Boolean).join(", ");
  console.log(`Wrote ${out} (${Math.ceil(Buffer.byteLength(text) / 1024)} kB: ${parts} of edition ${id}).`);
  console.log("Open it in the app with “Öppna datafil…”, or drop it on the page.");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [command, id, reportPath, ...rest] = process.argv.slice(2);
  const option = (name) => {
    const i = rest.indexOf(`--${name}`);
    return i >= 0 ? rest[i + 1] : undefined;
  };
  if (command === "bundle" && id) {
    await bundleCommand(process.argv.slice(3));
    process.exit(0);
  }
  if (command !== "new" || !id || !reportPath) {
    console.error("Usage: npm run edition -- new <id> <report.txt> [--from <id>] [--into <folder of editions>]");
    console.error("       npm run edition -- bundle <id> [out.json] [--editions <folder of editions>]");
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
