import type { LabelPoint } from "../geo/labelPoints";
import type { LabelRequest } from "../domain/labelPlacement";

/** The label size at the dashboard; presentation mode enlarges it in CSS (.map-labels font-size). */
export const LABEL_FONT_PX = 13;
const FONT_FAMILY = `system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "DejaVu Sans", sans-serif`;
/** Horizontal padding, in px. */
const LABEL_PADDING_PX = 6;
/** The ✓ mark's room, in em. */
const MARK_EM = 1.25;

let context: CanvasRenderingContext2D | null | undefined;

/** Width and height of a label in CSS pixels; falls back to an estimate where canvas is missing (jsdom). */
export function measureLabel(text: string, marked: boolean, fontPx = LABEL_FONT_PX): { width: number; height: number } {
  if (context === undefined) context = document.createElement("canvas").getContext("2d");
  let width = text.length * fontPx * 0.6;
  if (context) {
    context.font = `600 ${fontPx}px ${FONT_FAMILY}`;
    width = context.measureText(text).width;
  }
  return { width: width + LABEL_PADDING_PX + (marked ? MARK_EM * fontPx : 0), height: fontPx * 1.35 };
}

/** The labels' font size as the page shows it (the CSS decides, e.g. larger on a projector). */
export function labelFontPx(mapView: Element | null | undefined): number {
  const labels = mapView?.querySelector(".map-labels");
  const px = labels ? parseFloat(getComputedStyle(labels).fontSize) : NaN;
  return Number.isFinite(px) && px > 0 ? px : LABEL_FONT_PX;
}

/**
 * What the placement needs for each county label, for either renderer: its
 * anchor on screen, its size, and its priority — marked regions before all,
 * so their symbol shows with their name, then smaller counties first: they
 * have the least room, while a big county's label can move inside it.
 */
export function labelRequests(
  points: readonly LabelPoint[],
  project: (lngLat: [number, number]) => { x: number; y: number },
  nameOf: (code: string) => string,
  isMarked: (code: string) => boolean,
  fontPx: number,
): LabelRequest[] {
  return points.map((point) => {
    const { x, y } = project(point.lngLat);
    const marked = isMarked(point.code);
    return { code: point.code, x, y, ...measureLabel(nameOf(point.code), marked, fontPx), priority: -point.area + (marked ? 1e15 : 0) };
  });
}
