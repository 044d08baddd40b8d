import type { PngContent } from "./pngContent";
import type { Dataset } from "../data/schema";
import { classify } from "../domain/classify";
import { earlierOf } from "../data/editionDatasets";
import type { MapPicture } from "../domain/mapRenderer";
import { pictureRequestOf } from "../domain/pictureRequest";
import type { NeighbourTable } from "../geo/neighbourTable";
import type { ViewState } from "../state/store";
import { canvasToBlob } from "./png";
import { renderViewImage, viewWords } from "./viewImage";

/** A page to print: a view and its words (src/present/printPages.ts makes them from a deck). */
export type PageToPrint = { view: ViewState; title: string; caption: string; label: string; lists?: PngContent["lists"] };

const CONTAINER_ID = "print-deck";
/**
 * A printed page's image: the printable area of A4 landscape (297 × 210 mm less the 10 mm margins of export.css's
 * @page, 277 × 190 mm) at 8 px per mm, so a page is filled, not a 16:9 picture with a quarter of the paper empty.
 */
export const PRINT_SIZE = { width: 2216, height: 1520 } as const;
/** 10 pt is 3.53 mm: 28 px at 8 px per mm. */
export const PRINT_LABEL_PX = 28;

export type PrintDeps = {
  data: Dataset;
  picture: MapPicture;
  neighbours: NeighbourTable;
  nameOf: (code: string) => string;
  onProgress?: (done: number, of: number) => void;
};

/**
 * Prints several views, one A4 landscape page each: every page is drawn offscreen by the one picture pipeline
 * (renderViewImage), the same image as a PNG download, into a print-only container of <img>s. The map on screen and
 * the user's view are never touched. The container goes after the print dialog closes ("afterprint", which also fires
 * where print() does not block).
 */
export async function printViews(pages: readonly PageToPrint[], deps: PrintDeps): Promise<number> {
  document.getElementById(CONTAINER_ID)?.remove();
  const urls: string[] = [];
  const container = document.createElement("div");
  container.id = CONTAINER_ID;
  container.className = "print-deck";
  container.dataset.testid = "print-deck";
  try {
    for (const [i, page] of pages.entries()) {
      deps.onProgress?.(i, pages.length);
      const lang = page.view.lang;
      const classification = classify(deps.data, page.view, lang, await earlierOf(page.view.since));
      const canvas = await renderViewImage(
        { picture: deps.picture, request: pictureRequestOf(page.view, classification, deps.neighbours) },
        viewWords(deps.data, classification, lang, deps.nameOf, { title: page.title, caption: page.caption, lists: page.lists }),
        PRINT_SIZE,
        PRINT_LABEL_PX,
      );
      const url = URL.createObjectURL(await canvasToBlob(canvas));
      urls.push(url);
      const img = document.createElement("img");
      img.src = url;
      img.alt = page.label;
      img.width = PRINT_SIZE.width;
      img.height = PRINT_SIZE.height;
      container.append(img);
    }
  } catch (error) {
    for (const url of urls) URL.revokeObjectURL(url);
    throw error;
  }
  deps.onProgress?.(pages.length, pages.length);
  document.body.append(container);
  document.documentElement.classList.add("printing-deck");
  await Promise.all([...container.querySelectorAll("img")].map((img) => img.decode().catch(() => undefined)));
  const cleanup = () => {
    container.remove();
    document.documentElement.classList.remove("printing-deck");
    for (const url of urls) URL.revokeObjectURL(url);
  };
  window.addEventListener("afterprint", cleanup, { once: true });
  window.print();
  return pages.length;
}
