/**
 * The camera rules both renderers share (MapLibre's MapView and the SVG
 * fallback), so the two frame Sweden and a selected region alike.
 */
import type { Padding } from "../geo/projection";

/** Padding around Sweden at the national view, in px. */
export const NATIONAL_PADDING = 16;

/** A selected region is shown no closer than this zoom, so a small county keeps its neighbours in view. */
export const REGION_MAX_ZOOM = 5.5;

/**
 * Padding of the national view: 16 px all round, plus the width of the
 * overlay (legend) on the left where it stands over the map, so the legend
 * never covers a county at the national view.
 */
export function nationalPadding(container: HTMLElement, overlay: HTMLElement | null, balanced = false): Padding {
  const padding = { top: NATIONAL_PADDING, right: NATIONAL_PADDING, bottom: NATIONAL_PADDING, left: NATIONAL_PADDING };
  if (!overlay) return padding;
  const box = container.getBoundingClientRect();
  const over = overlay.getBoundingClientRect();
  const overlaps = over.width > 0 && over.left < box.right && over.bottom > box.top && over.top < box.bottom;
  // Only when the map is wide enough to give the room; on a narrow screen Sweden comes first.
  const inset = overlaps ? Math.round(over.right - box.left) : 0;
  if (inset > 0 && box.width - inset > box.height * 0.55) padding.left = inset + NATIONAL_PADDING;
  // Balanced (a slide): the same room on the right too, so Sweden stands in the middle of the
  // screen and of an exported image, clear of the legend, wherever there is width for it.
  if (balanced && inset > 0 && box.width - 2 * inset > box.height * 0.55) padding.right = padding.left;
  return padding;
}

/**
 * The regions the camera frames, the same in both renderers and every picture: all the compared regions together (a
 * comparison is about all of them, never the first one), else the selected region, else none (Sweden); none either
 * where the whole country must stay in view (the reader).
 */
export function framedRegions(selected: string | undefined, compared: readonly string[], keepNational = false): readonly string[] {
  if (keepNational) return [];
  if (compared.length >= 2) return compared;
  return selected ? [selected] : [];
}

/** Padding when a region is fitted: clear of the legend on the left. */
export function regionPadding(national: Padding): Padding {
  return { top: 48, right: 48, bottom: 48, left: national.left + 32 };
}

export const prefersReducedMotion = () => window.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;
