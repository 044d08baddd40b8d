import { viewSlug } from "../export/download";
import { downloadViewPng } from "../export/viewImage";
import { MAP_STRINGS } from "../i18n/map";
import { STRINGS, type Lang } from "../i18n/strings";
import type { Classification } from "../domain/classify";
import type { MapHandle } from "../domain/mapRenderer";
import type { Presentation } from "../present/usePresentation";
import type { Dataset } from "../data/schema";
import { sourceLine } from "../domain/sourceLine";

/** The PNG of the slide shown (its button, key E): the slide's title and caption over its map and legend. */
export function exportSlidePng(
  handle: MapHandle,
  {
    data,
    presentation,
    classification,
    lang,
    nameOf,
  }: { data: Dataset; presentation: Presentation; classification: Classification; lang: Lang; nameOf: (code: string) => string },
): Promise<void> {
  const slide = presentation.current;
  const words = {
    title: slide?.title[lang] ?? classification.title,
    caption: slide?.caption[lang] ?? classification.subtitle,
    classification,
    countLabel: MAP_STRINGS[lang].regionsCount,
    source: sourceLine(data, lang),
    attribution: STRINGS[lang].attribution,
    nameOf,
  };
  return downloadViewPng(handle, words, "slide", viewSlug(["bild", presentation.slide, ...new URLSearchParams(slide?.view ?? "").values()]));
}
