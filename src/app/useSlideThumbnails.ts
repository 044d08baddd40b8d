import { useCallback, useMemo } from "react";
import type { Dataset } from "../data/schema";
import { classify } from "../domain/classify";
import type { MapPicture } from "../domain/mapRenderer";
import { pictureRequestOf } from "../domain/pictureRequest";
import { canvasToBlob } from "../export/png";
import { renderViewMap, viewWords } from "../export/viewImage";
import type { Lang } from "../i18n/strings";
import { slideView, type Deck, type Slide } from "../present/deckSchema";
import { knownValuesOf } from "../state/url";
import type { NeighbourTable } from "../geo/neighbourTable";
import type { DashboardModel } from "./useDashboardModel";

type Size = { readonly width: number; readonly height: number };

/** A thumbnail's map, in CSS px: 16:9, as the slide's map area is shown in the grid's tile. */
export const THUMBNAIL_SIZE: Size = { width: 288, height: 162 };

/** The presenter view's pictures of the slide shown and the next one, in CSS px. */
export const PRESENTER_PICTURE_SIZE: Size = { width: 960, height: 540 };

/**
 * Pictures made, per picture maker (a new dataset or geometry makes a new one) and per size, language and slide view:
 * a slide's picture is drawn once, however often the grid opens or the presenter view shows it.
 */
const made = new WeakMap<MapPicture, Map<string, Promise<string>>>();

type ThumbnailDeps = { data: Dataset; picture: MapPicture; neighbours: NeighbourTable; nameOf: (code: string) => string; lang: Lang };

/** One slide's map drawn by the one picture pipeline, without names at these sizes, as an object URL. */
function slideThumbnail(
  slide: Slide,
  index: number,
  size: Size,
  { data, picture, neighbours, nameOf, lang }: ThumbnailDeps,
): Promise<string> {
  let cache = made.get(picture);
  if (!cache) made.set(picture, (cache = new Map()));
  const key = `${size.width}×${size.height}|${lang}|${slide.view}`;
  let url = cache.get(key);
  if (!url) {
    const view = slideView(slide, knownValuesOf(data), { lang }, index);
    const classification = classify(data, view, view.lang);
    const draw = { picture, request: pictureRequestOf(view, classification, neighbours) };
    const words = viewWords(data, classification, view.lang, nameOf, { title: slide.title[view.lang] });
    url = renderViewMap(draw, words, size, window.devicePixelRatio || 1, 0)
      .then(canvasToBlob)
      .then((blob) => URL.createObjectURL(blob));
    cache.set(key, url);
  }
  return url;
}

/** Pictures of the deck's slides at one size (the grid's tiles, the presenter view): each slide's own view, whatever the screen shows. */
export function useSlideThumbnails(deck: Deck | null, data: Dataset, model: DashboardModel, lang: Lang, size: Size = THUMBNAIL_SIZE) {
  const { picture, nameOf } = model;
  const neighbours = model.geometry.neighbourTable;
  const deps = useMemo(() => (picture ? { data, picture, neighbours, nameOf, lang } : null), [data, picture, neighbours, nameOf, lang]);
  return useCallback(
    (index: number): Promise<string> => {
      const slide = deck?.slides[index];
      return slide && deps ? slideThumbnail(slide, index, size, deps) : Promise.reject(new Error("No slide or no geometry"));
    },
    [deck, deps, size],
  );
}
