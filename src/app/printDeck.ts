import type { Dataset } from "../data/schema";
import type { Lang } from "../i18n/strings";
import type { MapPicture } from "../domain/mapRenderer";
import type { NeighbourTable } from "../geo/neighbourTable";
import { knownValuesOf } from "../state/url";
import { earlierEditionIds } from "../data/editions";
import type { Deck } from "../present/deckSchema";
import { printPages } from "../present/printPages";
import { printViews } from "../export/printDeck";
import { loadEnglish } from "../data/loadReport";

/** "Print the deck": the deck's pages (present) drawn and printed (export), joined here in the app. */
export async function printDeck(
  deck: Deck,
  deps: { data: Dataset; lang: Lang; picture: MapPicture; neighbours: NeighbourTable; nameOf: (code: string) => string },
) {
  // A page in English shows 2.2.9's lists in their (labelled) translation; without it, in Swedish.
  const english = await loadEnglish(deps.data.edition.id);
  const pages = printPages(
    deck,
    knownValuesOf(deps.data, earlierEditionIds(deps.data.edition)),
    deps.lang,
    deps.data,
    english.ok ? english.data : undefined,
  );
  return printViews(pages, deps);
}
