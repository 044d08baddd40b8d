import type { Dataset } from "../data/schema";
import type { Lang } from "../i18n/strings";
import type { MapHandle } from "../domain/mapRenderer";
import { knownValuesOf } from "../state/url";
import type { Deck } from "../present/deckSchema";
import { printPages } from "../present/printPages";
import { printViews } from "../export/printDeck";

/** "Print the deck": the deck's pages (present) drawn and printed (export), joined here in the app. */
export function printDeck(deck: Deck, deps: { data: Dataset; lang: Lang; handle: MapHandle; nameOf: (code: string) => string }) {
  const pages = printPages(deck, knownValuesOf(deps.data), deps.lang, deps.data.findings);
  return printViews(pages, { data: deps.data, handle: deps.handle, nameOf: deps.nameOf });
}
