import { useEffect } from "react";
import type { MapHandle } from "../domain/mapRenderer";

/** The printable part of A4 landscape with export.css's 10 mm margins, in CSS px (96 a inch). */
const PAGE_PX = { width: (277 / 25.4) * 96, height: (190 / 25.4) * 96 };
/** The map's share of the first page's height: the source line goes under it. */
const MAP_SHARE = 0.88;

/**
 * Ctrl+P on the dashboard. WebGL clears the map's buffer once it is on screen, so a printout of
 * the live canvas is blank: on `beforeprint` the map's handle (MapHandle.holdForPrint) draws it once
 * more into a canvas beside it, which the print stylesheet shows in its place (export.css), and the
 * map keeps the size it has on screen, scaled to fill the page, so the county names laid out over it
 * still sit on their counties. `afterprint` takes it all away. The deck's print (printDeck.ts) has pages of
 * its own and is left alone.
 */
export function useDashboardPrint(handle: MapHandle | null, enabled: boolean) {
  useEffect(() => {
    if (!handle || !enabled) return;
    let undo: (() => void) | undefined;
    const before = () => {
      // Once per printout: measured again under the print stylesheet, the map would have no size.
      if (undo || document.documentElement.classList.contains("printing-deck")) return;
      undo = preparePrint(handle);
    };
    const after = () => {
      undo?.();
      undo = undefined;
    };
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
      after();
    };
  }, [handle, enabled]);
}

/** Holds the map for the page through its handle (both renderers have it); returns what puts the screen back. */
function preparePrint(handle: MapHandle): () => void {
  const zoomFor = (stage: { width: number; height: number }) =>
    Math.min(PAGE_PX.width / stage.width, (PAGE_PX.height * MAP_SHARE) / stage.height);
  return handle.holdForPrint?.(zoomFor) ?? (() => {});
}
