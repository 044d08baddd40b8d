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

/** A thumbnail's map, in CSS px: 16:9, as the slide's map area is shown in the grid's tile. */
export const THUMBNAIL_SIZE = { width: 288, height: 162 } as const;

/**
 * Thumbnails made, per picture maker (a new dataset or geometry makes a new one) and per language and slide view:
 * a slide's picture is drawn once, however often the grid opens.
 */
const made = new WeakMap<MapPicture, Map<string, Promise<string>>>();

type ThumbnailDeps = { data: Dataset; picture: MapPicture; neighbours: NeighbourTable; nameOf: (code: string) => string; lang: Lang };

/** One slide's map drawn by the one picture pipeline, without names at this size, as an object URL. */
function slideThumbnail(slide: Slide, index: number, { data, picture, neighbours, nameOf, lang }: ThumbnailDeps): Promise<string> {
  let cache = made.get(picture);
  if (!cache) made.set(picture, (cache = new Map()));
  const key = `${lang}|${slide.view}`;
  let url = cache.get(key);
  if (!url) {
    const view = slideView(slide, knownValuesOf(data), { lang }, index);
    const classification = classify(data, view, view.lang);
    const draw = { picture, request: pictureRequestOf(view, classification, neighbours) };
    const words = viewWords(data, classification, view.lang, nameOf, { title: slide.title[view.lang] });
    url = renderViewMap(draw, words, THUMBNAIL_SIZE, window.devicePixelRatio || 1, 0)
      .then(canvasToBlob)
      .then((blob) => URL.createObjectURL(blob));
    cache.set(key, url);
  }
  return url;
}

/** The slide grid's pictures: each slide's own view, whatever the screen shows. */
export function useSlideThumbnails(deck: Deck | null, data: Dataset, model: DashboardModel, lang: Lang) {
  const { picture, nameOf } = model;
  const neighbours = model.geometry.neighbourTable;
  const deps = useMemo(() => (picture ? { data, picture, neighbours, nameOf, lang } : null), [data, picture, neighbours, nameOf, lang]);
  return useCallback(
    (index: number): Promise<string> => {
      const slide = deck?.slides[index];
      return slide && deps ? slideThumbnail(slide, index, deps) : Promise.reject(new Error("No slide or no geometry"));
    },
    [deck, deps],
  );
}
