import type { Dataset } from "../data/schema";
import { loadEnglish } from "../data/loadReport";
import { classify, type Classification } from "../domain/classify";
import { earlierOf } from "../data/editionDatasets";
import type { MapPicture } from "../domain/mapRenderer";
import { pictureRequestOf } from "../domain/pictureRequest";
import { downloadBlob, isoDate, titleSlug } from "../export/download";
import { buildPptx, type PptxPage } from "../export/pptx";
import { viewWords, type ViewToDraw } from "../export/viewImage";
import type { NeighbourTable } from "../geo/neighbourTable";
import { PPTX_STRINGS } from "../i18n/pptx";
import type { Lang } from "../i18n/strings";
import type { Deck } from "../present/deckSchema";
import { printPages } from "../present/printPages";
import { knownValuesOf } from "../state/url";
import { earlierEditionIds } from "../data/editions";

type Progress = (done: number, of: number) => void;

/** A file name from a title and the date: "regionala-utvecklingsstrategier-2026-2026-11-28.pptx" (å, ä, ö as a, a, o). */
export function pptxFileName(title: string, date = isoDate()): string {
  return `${titleSlug(title) || "rus-kartan"}-${date}.pptx`;
}

/** The deck as a PowerPoint file: the pages of its print (present/printPages), each with its notes. */
export async function downloadDeckPptx(
  deck: Deck,
  deps: { data: Dataset; lang: Lang; picture: MapPicture; neighbours: NeighbourTable; nameOf: (code: string) => string },
  onProgress?: Progress,
): Promise<number> {
  // In English, 2.2.9's lists in their labelled translation (Swedish if it cannot be loaded).
  const english = deps.lang === "en" ? await loadEnglish(deps.data.edition.id) : undefined;
  const pages = printPages(
    deck,
    knownValuesOf(deps.data, earlierEditionIds(deps.data.edition)),
    deps.lang,
    deps.data,
    english?.ok ? english.data : undefined,
  );
  // The editions change slides compare with, loaded before the slides are drawn.
  const earlier = await Promise.all(pages.map((page) => earlierOf(page.view.since)));
  const slides: PptxPage[] = pages.map((page, i) => {
    const classification = classify(deps.data, page.view, page.view.lang, earlier[i]);
    return {
      draw: { picture: deps.picture, request: pictureRequestOf(page.view, classification, deps.neighbours) },
      words: viewWords(deps.data, classification, page.view.lang, deps.nameOf, { title: page.title, caption: page.caption }),
      lists: page.lists,
      ...(page.comparison ? { comparison: page.comparison } : {}),
      notes: page.notes,
    };
  });
  const title = deck.title[deps.lang];
  downloadBlob(await buildPptx(slides, { title, lang: deps.lang, edition: deps.data.edition }, onProgress), pptxFileName(title));
  return slides.length;
}

/** The view on screen as a one-slide PowerPoint file; its notes say what the legend says and link the view. */
export async function downloadViewPptx(
  view: ViewToDraw,
  deps: { data: Dataset; lang: Lang; classification: Classification; nameOf: (code: string) => string; title: string; caption?: string },
): Promise<number> {
  const t = PPTX_STRINGS[deps.lang];
  const { classification } = deps;
  // The data notes follow in every slide's notes (buildPptx).
  const notes = t.viewNotes(classification.explanation, window.location.href);
  const words = viewWords(deps.data, classification, deps.lang, deps.nameOf, { title: deps.title, caption: deps.caption });
  downloadBlob(
    await buildPptx([{ draw: view, words, notes }], { title: deps.title, lang: deps.lang, edition: deps.data.edition }),
    pptxFileName(deps.title),
  );
  return 1;
}
