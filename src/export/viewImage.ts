import type { Dataset } from "../data/schema";
import type { Classification } from "../domain/classify";
import { sourceLine } from "../domain/sourceLine";
import { EVIDENCE_STRINGS } from "../i18n/evidence";
import { MAP_STRINGS } from "../i18n/map";
import { STRINGS, type Lang } from "../i18n/strings";
import type { MapPicture, MapPictureRequest } from "../domain/mapRenderer";
import { downloadBlob } from "./download";
import { canvasToBlob, composePng, pngLayout, screenExportSize } from "./png";
import { drawLabels } from "./pngLabels";
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

/** A view to draw: the picture maker and what its map shows (pictureRequestOf), all but its size. */
export type ViewToDraw = { picture: MapPicture; request: Omit<MapPictureRequest, "size"> };

/**
 * One view as an image: its map drawn offscreen at the size of the image's map area (so it fills it, sharp), composed
 * with the title, caption, legend, names and source line. The one pipeline of "Download image", print and the
 * PowerPoint's pictures: the map on screen is never touched.
 */
export async function renderViewImage(
  { picture, request }: ViewToDraw,
  words: ViewWords,
  size: { width: number; height: number },
  /** The labels' size in the image: 20 px on a 1920 slide; print asks for more (10 pt on A4). */
  labelPx = Math.round(20 * (size.width / SLIDE_SIZE.width)),
): Promise<HTMLCanvasElement> {
  const layout = pngLayout(words, size);
  // In the px of a 1920 × 1080 slide, the map's line widths and label sizes are those of the screen.
  const mapCssSize = { width: layout.area.width / layout.scale, height: layout.area.height / layout.scale };
  const handle = picture({ ...request, size: mapCssSize });
  // The names are placed at labelPx in the image, which is labelPx / scale in the map's own px (composePng).
  const map = await withTimeout(
    handle.captureImage({ pixelRatio: layout.scale, fontPx: labelPx / layout.scale }),
    CAPTURE_TIMEOUT_MS,
    "The map did not finish drawing",
  );
  return composePng(
    { ...words, map, mapCssSize, placeLabels: (fontPx, crop) => handle.getPlacement({ fontPx, crop }), labelPx },
    size,
    layout,
  );
}

/**
 * The map alone, with its county names, at `size` CSS px and `pixelRatio` (a PowerPoint slide's picture, a grid's
 * thumbnail). Without names when `labelPx` is 0.
 */
export async function renderViewMap(
  { picture, request }: ViewToDraw,
  words: Pick<ViewWords, "classification" | "nameOf" | "lang" | "noteLabel" | "countLabel" | "source" | "attribution" | "title">,
  size: { width: number; height: number },
  pixelRatio: number,
  labelPx: number,
): Promise<HTMLCanvasElement> {
  const handle = picture({ ...request, size });
  const canvas = await withTimeout(
    handle.captureImage({ pixelRatio, ...(labelPx > 0 ? { fontPx: labelPx } : {}) }),
    CAPTURE_TIMEOUT_MS,
    "The map did not finish drawing",
  );
  if (labelPx > 0) {
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new Error("2D canvas unavailable");
    const content = {
      ...words,
      map: canvas,
      mapCssSize: size,
      placeLabels: (fontPx: number) => handle.getPlacement({ fontPx }),
      labelPx: labelPx * pixelRatio,
    };
    drawLabels(ctx, content, { x: 0, y: 0 }, pixelRatio);
  }
  return canvas;
}

/**
 * "Download image (PNG)": the slide size (1920 × 1080, for PowerPoint) or
 * twice the screen's pixels of the map on screen (`screen`, from its
 * MapHandle.screenSize). The export menu and the slide's own button (key E
 * while presenting) both call this.
 */
export async function downloadViewPng(
  view: ViewToDraw,
  words: ViewWords,
  kind: "slide" | "screen",
  slug: string,
  screen?: { width: number; height: number },
): Promise<void> {
  const size = kind === "slide" || !screen ? SLIDE_SIZE : screenExportSize(screen, window.devicePixelRatio || 1);
  const canvas = await renderViewImage(view, words, size);
  // The picture's own size: taller than asked where its legend needed the room (composePng).
  downloadBlob(await canvasToBlob(canvas), `${slug}-${canvas.width}x${canvas.height}.png`);
}
