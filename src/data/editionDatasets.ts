import { editionById } from "./editions";
import { loadDataset } from "./load";
import { openedEdition } from "./openedEditions";
import type { Dataset } from "./schema";

/**
 * Datasets of other editions than the one shown, for the change view: an opened edition's (openedEditions.ts) or a
 * shipped one's, fetched and validated once per page. null: the edition cannot be had (not in this build, or its file
 * is refused); the view then says so.
 */
const loads = new Map<string, Promise<Dataset | null>>();
const loaded = new Map<string, Dataset | null>();

export function loadEditionDataset(id: string): Promise<Dataset | null> {
  const opened = openedEdition(id);
  if (opened) {
    loaded.set(id, opened.dataset);
    return Promise.resolve(opened.dataset);
  }
  let load = loads.get(id);
  if (!load) {
    const url = editionById(id)?.dataset;
    load = (url ? loadDataset(url) : Promise.resolve(undefined)).then((result) => {
      const data = result?.ok ? result.data : null;
      loaded.set(id, data);
      if (data === null) loads.delete(id); // a failure is tried again when next asked
      return data;
    });
    loads.set(id, load);
  }
  return load;
}

/** The dataset of an edition if it has loaded (undefined while it has not, null when it cannot be had). */
export function loadedEditionDataset(id: string | undefined): Dataset | null | undefined {
  if (id === undefined) return undefined;
  return openedEdition(id)?.dataset ?? loaded.get(id);
}

/** The dataset the change view compares with, once loaded (null when it cannot be had); none when no edition is named. */
export async function earlierOf(since: string | undefined): Promise<Dataset | null | undefined> {
  return since === undefined ? undefined : loadEditionDataset(since);
}
