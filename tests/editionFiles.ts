import { readFileSync, readdirSync } from "node:fs";
import { resolve } from "node:path";

/**
 * The one way tests read an edition's files (data/editions/<id>/): by name, of the newest edition unless another
 * is asked for — so no test names an edition's files, and a new edition is tested by the same tests.
 */
export const EDITIONS_DIR = resolve(process.cwd(), "data/editions");

export type EditionFileName = "manifest.json" | "dataset.json" | "report.json" | "translation.en.json" | "deck.json" | "source.txt";

/** Every shipped edition's id, oldest first (by the manifest's date). */
export function editionIds(dir = EDITIONS_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({
      id: entry.name,
      date: (JSON.parse(readFileSync(resolve(dir, entry.name, "manifest.json"), "utf8")) as { date: string }).date,
    }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map((e) => e.id);
}

/** The edition a page opens with: the newest. */
export const LATEST_EDITION = editionIds().at(-1)!;

export function editionPath(name: EditionFileName, id = LATEST_EDITION, dir = EDITIONS_DIR): string {
  return resolve(dir, id, name);
}

export function editionText(name: EditionFileName, id = LATEST_EDITION, dir = EDITIONS_DIR): string {
  return readFileSync(editionPath(name, id, dir), "utf8");
}
