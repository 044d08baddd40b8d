import type { Classification } from "../domain/classify";
import type { Placement } from "../domain/labelTypes";
import type { Lang } from "../i18n/strings";

/**
 * One image of a view for a slide or a memo: title, caption, the map (with the
 * county names redrawn as text, since on screen they are HTML), the legend,
 * the source line and the map data attribution, on one canvas. The map image
 * comes from whichever renderer drew it (MapLibre or the SVG fallback).
 */
export type PngContent = {
  title: string;
  caption?: string;
  classification: Classification;
  countLabel: (n: number) => string;
  source: string;
  attribution: string;
  /** The map as drawn, and its size on screen in CSS px (the labels' coordinates). */
  map: CanvasImageSource & { width: number; height: number };
  mapCssSize: { width: number; height: number };
  /**
   * CSS px cut from the map's left and right: the room the screen keeps free
   * for its floating legend, which the image draws in its own column instead.
   */
  mapCrop?: { left: number; right: number };
  /**
   * The map's labels placed for this image: at font size `fontPx` in the screen map's px, keeping clear
   * of the strips the image crops (renderers' MapHandle.getPlacement).
   */
  placeLabels: (fontPx: number, crop: { left: number; right: number }) => Placement;
  /** The labels' size in the image, in px: ≥ 18 on a 1920 slide, more for print. */
  labelPx: number;
  nameOf: (code: string) => string;
  /** The report's lists the view shows beside its map (a slide's 2.2.9 panel), under the legend. */
  lists?: { title: string; items: string[]; note?: string }[];
  /** The image's language (data notes are written in both), and its word for a data note. */
  lang: Lang;
  noteLabel: string;
};

export const SLIDE_SIZE = { width: 1920, height: 1080 } as const;

/** The crop, kept to at most 45 % of the map's width a side so a map is always left. */
export function cropOf(content: Pick<PngContent, "mapCrop" | "mapCssSize">): { left: number; right: number } {
  const most = content.mapCssSize.width * 0.45;
  const clamp = (n: number | undefined) => Math.min(Math.max(n ?? 0, 0), most);
  return { left: clamp(content.mapCrop?.left), right: clamp(content.mapCrop?.right) };
}
