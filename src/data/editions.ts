import { editionManifestSchema, type EditionManifest } from "./editionSchema";
import { openedEditionDatasets } from "./openedEditions";

/**
 * The editions this build ships: every folder of data/editions/ (the alias @editions, vite.config.ts), each one
 * report. Nothing here names an edition: a new report is a new folder (docs/EDITIONS.md). The manifests are small
 * and come with the page; the rest of an edition (its dataset, report parse, translation and default deck) are
 * files fetched by URL when wanted.
 */
export type EditionFiles = {
  manifest: EditionManifest;
  /** URLs of the edition's files. */
  dataset: string;
  report: string;
  translation?: string;
  deck?: string;
};

const manifests = import.meta.glob<unknown>("@editions/*/manifest.json", { eager: true, import: "default" });
const datasets = import.meta.glob<string>("@editions/*/dataset.json", { eager: true, query: "?url", import: "default" });
const reports = import.meta.glob<string>("@editions/*/report.json", { eager: true, query: "?url", import: "default" });
const translations = import.meta.glob<string>("@editions/*/translation.en.json", { eager: true, query: "?url", import: "default" });
const decks = import.meta.glob<string>("@editions/*/deck.json", { eager: true, query: "?url", import: "default" });

/** "…/editions/2026/manifest.json" → "2026": the folder is the edition's id. */
const folderOf = (path: string) => /([^/]+)\/[^/]+$/u.exec(path)?.[1] ?? "";
const byFolder = (files: Record<string, string>) => new Map(Object.entries(files).map(([path, url]) => [folderOf(path), url]));

/** The shipped editions, oldest first. A folder whose manifest is not valid, or names another id, is left out (a unit test fails on it). */
export function shippedEditions(): EditionFiles[] {
  const dataset = byFolder(datasets);
  const report = byFolder(reports);
  const translation = byFolder(translations);
  const deck = byFolder(decks);
  return Object.entries(manifests)
    .flatMap(([path, raw]): EditionFiles[] => {
      const folder = folderOf(path);
      const parsed = editionManifestSchema.safeParse(raw);
      const datasetUrl = dataset.get(folder);
      const reportUrl = report.get(folder);
      if (!parsed.success || parsed.data.id !== folder || !datasetUrl || !reportUrl) return [];
      const translationUrl = translation.get(folder);
      const deckUrl = deck.get(folder);
      return [
        {
          manifest: parsed.data,
          dataset: datasetUrl,
          report: reportUrl,
          ...(translationUrl ? { translation: translationUrl } : {}),
          ...(deckUrl ? { deck: deckUrl } : {}),
        },
      ];
    })
    .sort((a, b) => a.manifest.date.localeCompare(b.manifest.date) || a.manifest.id.localeCompare(b.manifest.id));
}

const EDITIONS = shippedEditions();

/** An edition by id, or undefined. */
export function editionById(id: string | undefined): EditionFiles | undefined {
  return id === undefined ? undefined : EDITIONS.find((e) => e.manifest.id === id);
}

/** The edition a page opens with: the newest. */
export function latestEdition(): EditionFiles {
  const latest = EDITIONS[EDITIONS.length - 1];
  if (!latest) throw new Error("The build has no edition: data/editions/ holds none with a valid manifest.");
  return latest;
}

/** Every edition's id, oldest first. */
export function editionIds(): string[] {
  return EDITIONS.map((e) => e.manifest.id);
}

/** An edition as the change view needs to name and order it. */
export type EditionName = { id: string; title: string; date: string };

/**
 * Every edition at hand this page, oldest first: the shipped ones and those the user opened (an opened edition
 * replaces a shipped one of the same id).
 */
export function editionsAtHand(): EditionName[] {
  const byId = new Map<string, EditionName>();
  for (const { manifest } of EDITIONS) byId.set(manifest.id, { id: manifest.id, title: manifest.title, date: manifest.date });
  for (const { edition } of openedEditionDatasets()) byId.set(edition.id, { id: edition.id, title: edition.title, date: edition.date });
  return [...byId.values()].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** Their ids: what a link's `since` may name (state/url.ts, knownValuesOf). */
export function earlierEditionIds(shown: { id: string; date: string }): string[] {
  return earlierEditions(shown).map((e) => e.id);
}

/** The editions at hand older than the one shown (by the report's date), oldest first: what "since" may name. */
export function earlierEditions(shown: { id: string; date: string }): EditionName[] {
  return editionsAtHand().filter((e) => e.id !== shown.id && e.date < shown.date);
}
