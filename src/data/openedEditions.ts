import type { EditionManifest } from "./editionSchema";
import type { ReportDoc } from "./reportSchema";
import type { Dataset } from "./schema";
import type { ReportTranslation } from "./translationSchema";

/**
 * Editions the user opened from a file this page (a bundle: dataset, report parse, translation; docs/EDITIONS.md),
 * beside the shipped ones (editions.ts). Kept for the page's life so that the reader, the search, the English and
 * the change view find an opened edition's files by its id, exactly as they find a shipped one's. An opened edition
 * replaces a shipped one of the same id for this page.
 */
export type OpenedEdition = {
  dataset: Dataset;
  report: ReportDoc;
  translation?: ReportTranslation;
  /** The bundle's manifest, where it brought one (editionBundle.ts): checked to be the dataset's edition. */
  manifest?: EditionManifest;
};

const opened = new Map<string, OpenedEdition>();
const listeners = new Set<() => void>();

export function rememberOpenedEdition(edition: OpenedEdition): void {
  opened.set(edition.dataset.edition.id, edition);
  for (const listener of listeners) listener();
}

export function openedEdition(id: string): OpenedEdition | undefined {
  return opened.get(id);
}

/** The opened editions' datasets, in the order they were opened. */
export function openedEditionDatasets(): Dataset[] {
  return [...opened.values()].map((e) => e.dataset);
}

/** Called after every newly opened edition (React: useSyncExternalStore). */
export function onOpenedEditions(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
