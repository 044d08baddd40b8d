import type { PngContent } from "./pngContent";
import type { Dataset } from "../data/schema";
import { classify } from "../domain/classify";
import type { MapHandle } from "../domain/mapRenderer";
import { useViewStore, viewStateOf, type ViewState } from "../state/store";
import { canvasToBlob } from "./png";
import { SLIDE_SIZE } from "./pngContent";
import { renderViewImage, viewWords } from "./viewImage";

/** A page to print: a view and its words (src/present/printPages.ts makes them from a deck). */
export type PageToPrint = { view: ViewState; title: string; caption: string; label: string; lists?: PngContent["lists"] };

const CONTAINER_ID = "print-deck";
/** 10 pt is 3.53 mm; 1920 px across ~277 mm of A4 landscape gives ~6.9 px per mm: 24.5 px, rounded up. */
export const PRINT_LABEL_PX = 26;

/**
 * Prints several views, one A4 landscape page each: every view is applied in
 * turn on the one map, drawn once the map is idle into the same image as a
 * PNG download, and put in a print-only container of <img>s. The user's view
 * comes back before the print dialog opens; the container goes after it
 * closes ("afterprint", which also fires where print() does not block).
 */
export async function printViews(
  pages: readonly PageToPrint[],
  deps: { data: Dataset; handle: MapHandle; nameOf: (code: string) => string; onProgress?: (done: number, of: number) => void },
): Promise<number> {
  const store = useViewStore.getState();
  const saved = viewStateOf(store);
  document.getElementById(CONTAINER_ID)?.remove();
  const urls: string[] = [];
  const container = document.createElement("div");
  container.id = CONTAINER_ID;
  container.className = "print-deck";
  container.dataset.testid = "print-deck";
  try {
    for (const [i, page] of pages.entries()) {
      deps.onProgress?.(i, pages.length);
      useViewStore.getState().setView(page.view);
      // Let React apply the view to the map before the capture waits for it to be idle.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const lang = page.view.lang;
      const classification = classify(deps.data, page.view, lang);
      const canvas = await renderViewImage(
        deps.handle,
        viewWords(deps.data, classification, lang, deps.nameOf, { title: page.title, caption: page.caption, lists: page.lists }),
        SLIDE_SIZE,
        Math.max(window.devicePixelRatio || 1, 1.5),
        // 10 pt on an A4 landscape page that prints the 1920 px image about 277 mm wide.
        PRINT_LABEL_PX,
      );
      const url = URL.createObjectURL(await canvasToBlob(canvas));
      urls.push(url);
      const img = document.createElement("img");
      img.src = url;
      img.alt = page.label;
      img.width = SLIDE_SIZE.width;
      img.height = SLIDE_SIZE.height;
      container.append(img);
    }
  } finally {
    useViewStore.getState().setView(saved);
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
