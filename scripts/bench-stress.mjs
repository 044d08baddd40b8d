/**
 * npm run bench, the stress edition (issue 25, "flat as editions grow"): the shipped edition made ten times larger — its
 * report's passages (and their English) ten times over, 200 practices, the excerpts to the schema's limit of 1,000 —
 * written beside the shipped editions into a folder of the bench's own and built with it (RUS_EDITIONS), newest, so
 * the page opens with it and the shipped edition is the earlier one for the change view. Generated here, never shipped.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { editionsOldestFirst } from "./edition-folders.mjs";

export const STRESS_EDITION = "stress";
const TIMES = 10;
const PRACTICES = 200;
const EXCERPT_LIMIT = 1000;

/** The newest shipped edition's folder id: the stress edition is made from it, and compared with it. */
export const newestShipped = (root) => editionsOldestFirst(join(root, "data/editions")).at(-1).id;

/** The editions' folder with the stress edition beside the shipped ones; returns it. */
export function stressEditions(root, folder) {
  rmSync(folder, { recursive: true, force: true });
  cpSync(join(root, "data/editions"), folder, { recursive: true });
  const from = join(root, "data/editions", newestShipped(root));
  const read = (name) => JSON.parse(readFileSync(join(from, name), "utf8"));
  const out = join(folder, STRESS_EDITION);
  mkdirSync(out, { recursive: true });
  const write = (name, value) => writeFileSync(join(out, name), typeof value === "string" ? value : JSON.stringify(value));

  const report = read("report.json");
  const translation = read("translation.en.json");
  // Each section's passages, then nine copies of them under new numbers (p-<section>-<n>), in reading order.
  const copyOf = new Map(); // original id → its copies' ids
  const passages = [];
  const bySection = new Map();
  for (const p of report.passages) bySection.set(p.section, [...(bySection.get(p.section) ?? []), p]);
  for (const [section, list] of bySection) {
    const numberOf = (id) => Number(/-(\d+)$/.exec(id)[1]);
    let next = Math.max(...list.map((p) => numberOf(p.id))) + 1;
    passages.push(...list);
    for (let k = 1; k < TIMES; k++) {
      for (const p of list) {
        const id = `p-${section}-${next++}`;
        passages.push({ ...p, id });
        copyOf.set(p.id, [...(copyOf.get(p.id) ?? []), id]);
        const english = translation.passages[p.id];
        if (english) translation.passages[id] = english;
      }
    }
  }
  write("report.json", { ...report, sourceFile: `data/editions/${STRESS_EDITION}/source.txt`, passages });
  write("translation.en.json", { ...translation, source: `data/editions/${STRESS_EDITION}/report.json` });
  write("source.txt", readFileSync(join(from, "source.txt"), "utf8").repeat(TIMES));

  const dataset = read("dataset.json");
  const edition = { ...dataset.edition, id: STRESS_EDITION, date: "2099-01-01", sourceFile: `data/editions/${STRESS_EDITION}/source.txt` };
  const practices = [];
  for (let k = 0; practices.length < PRACTICES; k++) {
    for (const p of dataset.practices) {
      if (practices.length >= PRACTICES) break;
      if (k === 0) practices.push(p);
      else {
        // A copy stands on the copy of its passage; a footnote is one practice's (the copies keep its regions).
        const source = { ...p.source };
        delete source.footnote;
        const passage = copyOf.get(p.source.passage)?.[(k - 1) % (TIMES - 1)] ?? p.source.passage;
        practices.push({ ...p, id: `${p.id}-${k}`, sv: `${p.sv} (${k})`, en: `${p.en} (${k})`, source: { ...source, passage } });
      }
    }
  }
  const excerpts = [];
  for (let k = 0; excerpts.length < EXCERPT_LIMIT && k < TIMES; k++) {
    for (const e of dataset.excerpts) {
      if (excerpts.length >= EXCERPT_LIMIT) break;
      const passage = e.passage;
      // Each text its own (a region's excerpt is refused twice).
      excerpts.push(k === 0 ? e : { ...e, passage, text: `(${k}) ${e.text}` });
    }
  }
  write("dataset.json", { ...dataset, edition, practices, excerpts });

  const manifest = read("manifest.json");
  write("manifest.json", { ...manifest, id: STRESS_EDITION, date: edition.date, fixture: true });
  cpSync(join(from, "deck.json"), join(out, "deck.json"));
  return folder;
}
