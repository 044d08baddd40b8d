import { useCallback, useEffect, useMemo } from "react";
import type { Dataset } from "../data/schema";
import { classify } from "../domain/classify";
import { loadedEditionDataset } from "../data/editionDatasets";
import type { MapPicture } from "../domain/mapRenderer";
import { pictureRequestOf } from "../domain/pictureRequest";
import type { Lang } from "../i18n/strings";
import { slideView, type Deck, type Slide } from "../present/deckSchema";
import { knownValuesOf } from "../state/url";
import { earlierEditionIds } from "../data/editions";
import type { NeighbourTable } from "../geo/neighbourTable";
import type { DashboardModel } from "./useDashboardModel";
import { PictureUrls } from "./pictureUrls";
import { pngCode, viewImageCode } from "./pictureCode";
import type { PictureForm } from "../present/presenterMessages";

type Size = { readonly width: number; readonly height: number };

/** A thumbnail's map, in CSS px: 16:9, as the slide's map area is shown in the grid's tile. */
export const THUMBNAIL_SIZE: Size = { width: 288, height: 162 };

/** The presenter view's pictures of the slide shown and the next one, in CSS px. */
export const PRESENTER_PICTURE_SIZE: Size = { width: 960, height: 540 };

type ThumbnailDeps = { data: Dataset; picture: MapPicture; neighbours: NeighbourTable; nameOf: (code: string) => string; lang: Lang };

/** What tells a slide's picture apart: its size, language and view (a picture maker has a cache of its own). */
const pictureKey = (slide: Slide, size: Size, lang: Lang) => `${size.width}×${size.height}|${lang}|${slide.view}`;

/** One slide's map drawn by the one picture pipeline, without names at these sizes. */
async function drawSlide(
  slide: Slide,
  index: number,
  size: Size,
  { data, picture, neighbours, nameOf, lang }: ThumbnailDeps,
): Promise<Blob> {
  const [{ renderViewMap, viewWords }, { canvasToBlob }] = await Promise.all([viewImageCode(), pngCode()]);
  const view = slideView(slide, knownValuesOf(data, earlierEditionIds(data.edition)), { lang }, index);
  const classification = classify(data, view, view.lang, loadedEditionDataset(view.since));
  const draw = { picture, request: pictureRequestOf(view, classification, neighbours) };
  const words = viewWords(data, classification, view.lang, nameOf, { title: slide.title[view.lang] });
  return canvasToBlob(await renderViewMap(draw, words, size, window.devicePixelRatio || 1, 0));
}

/**
 * Pictures of the deck's slides at one size (the grid's tiles, the presenter view), as object URLs: each slide's own
 * view, whatever the screen shows, drawn once however often the grid opens or the presenter view shows it. A
 * picture's URL is revoked when its slide leaves the deck (or the deck or the language is replaced), all of them when
 * the picture maker is (a new dataset or geometry) and when the page goes.
 */
export function useSlideThumbnails(
  deck: Deck | null,
  data: Dataset,
  model: DashboardModel,
  lang: Lang,
  size: Size = THUMBNAIL_SIZE,
  form: PictureForm = "object",
) {
  const { picture, nameOf } = model;
  const neighbours = model.geometry.neighbourTable;
  const deps = useMemo(() => (picture ? { data, picture, neighbours, nameOf, lang } : null), [data, picture, neighbours, nameOf, lang]);
  // One cache per picture maker; the one it replaces is emptied once this one is in use.
  const urls = useMemo(() => (picture ? new PictureUrls(form) : null), [picture, form]);
  useEffect(() => () => urls?.clear(), [urls]);
  useEffect(() => {
    urls?.keepOnly(deck?.slides.map((slide) => pictureKey(slide, size, lang)) ?? []);
  }, [urls, deck, size, lang]);
  return useCallback(
    (index: number): Promise<string> => {
      const slide = deck?.slides[index];
      if (!slide || !deps || !urls) return Promise.reject(new Error("No slide or no geometry"));
      return urls.get(pictureKey(slide, size, deps.lang), () => drawSlide(slide, index, size, deps));
    },
    [deck, deps, urls, size],
  );
}
