import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { editionsOldestFirst } from "../scripts/edition-folders.mjs";

/**
 * The one way tests read an edition's files (data/editions/<id>/): by name, of the newest edition unless another
 * is asked for — so no test names an edition's files, and a new edition is tested by the same tests.
 */
export const EDITIONS_DIR = resolve(process.cwd(), "data/editions");

export type EditionFileName = "manifest.json" | "dataset.json" | "report.json" | "translation.en.json" | "deck.json" | "source.txt";

/** Every shipped edition's id, oldest first (by the manifest's date). */
export function editionIds(dir = EDITIONS_DIR): string[] {
  return editionsOldestFirst(dir).map((e) => e.id);
}

/** The edition a page opens with: the newest. */
export const LATEST_EDITION = editionIds().at(-1)!;

export function editionPath(name: EditionFileName, id = LATEST_EDITION, dir = EDITIONS_DIR): string {
  return resolve(dir, id, name);
}

export function editionText(name: EditionFileName, id = LATEST_EDITION, dir = EDITIONS_DIR): string {
  return readFileSync(editionPath(name, id, dir), "utf8");
}
