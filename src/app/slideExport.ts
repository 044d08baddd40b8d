import { slideSlug } from "../export/download";
import type { ViewToDraw } from "../export/viewImage";
import type { Lang } from "../i18n/strings";
import type { Classification } from "../domain/classify";
import type { Presentation } from "../present/usePresentation";
import { comparisonPanel, slideLists } from "../present/printPages";
import { comparisonTable } from "../domain/comparisonTable";
import type { Dataset } from "../data/schema";
import { loadEnglish } from "../ui/reportSource";
import { viewImageCode } from "./pictureCode";

/** The PNG of the slide shown (its button, key E): the slide's title and caption over its map and legend. */
export async function exportSlidePng(
  view: ViewToDraw,
  {
    data,
    presentation,
    classification,
    lang,
    nameOf,
  }: { data: Dataset; presentation: Presentation; classification: Classification; lang: Lang; nameOf: (code: string) => string },
): Promise<void> {
  const { downloadViewPng, viewWords } = await viewImageCode();
  const slide = presentation.current;
  // In English, 2.2.9's lists in their labelled translation (loaded on first use; Swedish if it cannot be).
  const english = lang === "en" ? await loadEnglish(data.edition.id) : undefined;
  const words = viewWords(data, classification, lang, nameOf, {
    title: slide?.title[lang] ?? classification.title,
    caption: slide?.caption[lang] ?? classification.subtitle,
    lists:
      view.request.outlines.compared.length >= 2
        ? comparisonPanel(comparisonTable(data, view.request.outlines.compared, lang), lang).lists
        : slideLists(slide?.panel, data.findings, lang, english?.ok ? english.data : undefined),
  });
  // Named by the slide's own title, not by its view's values (a slide about success factors shows the status map).
  return downloadViewPng(view, words, "slide", slideSlug(data.edition.id, presentation.slide, words.title));
}
