import type { Dataset } from "../data/schema";
import type { Classification } from "../domain/classify";
import { sourceLine } from "../domain/sourceLine";
import { EVIDENCE_STRINGS } from "../i18n/evidence";
import { MAP_STRINGS } from "../i18n/map";
import { STRINGS, type Lang } from "../i18n/strings";
import { NATIONAL_PADDING } from "../domain/camera";
import type { MapHandle } from "../domain/mapRenderer";
import { downloadBlob } from "./download";
import { canvasToBlob, composePng, screenExportSize } from "./png";
import { SLIDE_SIZE, type PngContent } from "./pngContent";

/** What a view image says besides the map: the same for a PNG download and a printed page. */
export type ViewWords = Omit<PngContent, "map" | "mapCssSize" | "placeLabels" | "labelPx" | "classification"> & {
  classification: Classification;
};

/**
 * The words of a view's image in a language: the given title, caption and
 * lists, with the legend's counts, the source line (with the report's short
 * caveat), the map data's attribution and the data notes' label. One place
 * for the PNG download, the slide's PNG and every printed page.
 */
export function viewWords(
  data: Dataset,
  classification: Classification,
  lang: Lang,
  nameOf: (code: string) => string,
  text: { title: string; caption?: string; lists?: PngContent["lists"] },
): ViewWords {
  return {
    ...text,
    classification,
    countLabel: MAP_STRINGS[lang].regionsCount,
    source: sourceLine(data, lang),
    attribution: STRINGS[lang].attribution,
    nameOf,
    lang,
    noteLabel: EVIDENCE_STRINGS[lang].dataNote,
  };
}

/** How long a capture may wait for the map to settle before the export gives up with a message. */
export const CAPTURE_TIMEOUT_MS = 20_000;

/** The promise, or a rejection with `message` after `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${message} within ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The map element on screen (the MapLibre container or the SVG fallback's),
 * whose CSS box the placed labels are measured from.
 */
export const mapElement = () => document.querySelector<HTMLElement>('[data-testid="map"]');

/** The room the screen keeps free for its floating legend: the image has a legend column instead. */
function legendRoom(handle: MapHandle): { left: number; right: number } {
  const padding = handle.framePadding?.();
  if (!padding) return { left: 0, right: 0 };
  return { left: Math.max(0, padding.left - NATIONAL_PADDING), right: Math.max(0, padding.right - NATIONAL_PADDING) };
}

/**
 * One view as a canvas: the map captured once it is idle, composed with the
 * title, caption, legend, labels and source line. Used by "Download image"
 * and by "Print the deck", so a printed page and a PNG are the same picture.
 */
export async function renderViewImage(
  handle: MapHandle,
  words: ViewWords,
  size: { width: number; height: number },
  pixelRatio: number,
  /** The labels' size in the image: 20 px on a 1920 slide; print asks for more (10 pt on A4). */
  labelPx = Math.round(20 * (size.width / SLIDE_SIZE.width)),
): Promise<HTMLCanvasElement> {
  const box = mapElement()?.getBoundingClientRect();
  if (!box || box.width === 0) throw new Error("The map is not shown");
  // A map that never settles (a lost context, a stalled tile) must not hold an export or a print forever.
  const map = await withTimeout(handle.captureImage({ pixelRatio }), CAPTURE_TIMEOUT_MS, "The map did not finish drawing");
  return composePng(
    {
      ...words,
      map,
      mapCssSize: { width: box.width, height: box.height },
      placeLabels: (fontPx, crop) => handle.getPlacement({ fontPx, crop }),
      labelPx,
      mapCrop: legendRoom(handle),
    },
    size,
  );
}

/**
 * "Download image (PNG)": the slide size (1920 × 1080, for PowerPoint) or
 * twice the screen's pixels. The export menu and the slide's own button
 * (key E while presenting) both call this.
 */
export async function downloadViewPng(handle: MapHandle, words: ViewWords, kind: "slide" | "screen", slug: string): Promise<void> {
  const mapBox = mapElement()?.getBoundingClientRect();
  if (!mapBox) throw new Error("The map is not shown");
  const dpr = window.devicePixelRatio || 1;
  const size = kind === "slide" ? SLIDE_SIZE : screenExportSize(mapBox, dpr);
  const canvas = await renderViewImage(handle, words, size, kind === "slide" ? Math.max(dpr, 2) : 2 * dpr);
  downloadBlob(await canvasToBlob(canvas), `${slug}-${size.width}x${size.height}.png`);
}
