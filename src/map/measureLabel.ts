import type { CountyCollection } from "../geo/counties";
import type { LabelPoint } from "../geo/labelPoints";
import { keyLine, placeLabels, wrapName } from "../domain/labelPlacement";
import type { Placement } from "../domain/labelTypes";
import { projectRings, type Point, type Rect } from "../domain/screenGeometry";

/** The label size at the dashboard; presentation mode and exports enlarge it. */
export const LABEL_FONT_PX = 13;
const FONT_FAMILY = `system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "DejaVu Sans", sans-serif`;
/** Horizontal padding, in px. */
const LABEL_PADDING_PX = 6;
/** The ✓ mark's room, in em. */
const MARK_EM = 1.25;
/** The labels' line height, in em (styles.css .map-label). */
const LINE_HEIGHT = 1.35;

let context: CanvasRenderingContext2D | null | undefined;

/** Width of a text in the labels' font, in CSS px; an estimate where canvas is missing (jsdom). */
export function textWidth(text: string, fontPx: number, weight = 600): number {
  if (context === undefined) context = typeof document === "undefined" ? null : document.createElement("canvas").getContext("2d");
  if (!context) return text.length * fontPx * 0.6;
  context.font = `${weight} ${fontPx}px ${FONT_FAMILY}`;
  return context.measureText(text).width;
}

/** Width and height of a label in CSS pixels. */
export function measureLabel(text: string, marked: boolean, fontPx = LABEL_FONT_PX): { width: number; height: number } {
  return { width: textWidth(text, fontPx) + LABEL_PADDING_PX + (marked ? MARK_EM * fontPx : 0), height: fontPx * LINE_HEIGHT };
}

/** The box of a name on two lines, for names of two words or more. */
function measureWrapped(text: string, marked: boolean, fontPx: number): { width: number; height: number } | undefined {
  const lines = wrapName(text);
  if (!lines) return undefined;
  const width = Math.max(...lines.map((line) => textWidth(line, fontPx)));
  return { width: width + LABEL_PADDING_PX + (marked ? MARK_EM * fontPx : 0), height: 2 * fontPx * LINE_HEIGHT };
}

/** The labels' font size as the page shows it (the CSS decides, e.g. larger on a projector). */
export function labelFontPx(mapView: Element | null | undefined): number {
  const labels = mapView?.querySelector(".map-labels");
  const px = labels ? parseFloat(getComputedStyle(labels).fontSize) : NaN;
  return Number.isFinite(px) && px > 0 ? px : LABEL_FONT_PX;
}

export type LabelLayoutInput = {
  points: readonly LabelPoint[];
  counties: CountyCollection;
  project: (lngLat: [number, number]) => Point;
  size: { width: number; height: number };
  nameOf: (code: string) => string;
  isMarked: (code: string) => boolean;
  fontPx: number;
  /** Boxes over the map labels keep clear of (the legend), in the map's px. */
  reserved?: readonly Rect[];
};

/**
 * Every county's label for one view of the map, from either renderer's
 * projection: the geometry projected once, each label measured, then the one
 * placement rule (src/domain/labelPlacement.ts).
 */
export function layoutLabels({ points, counties, project, size, nameOf, isMarked, fontPx, reserved }: LabelLayoutInput): Placement {
  const geometry = new Map(counties.features.map((f) => [f.properties.code, f.geometry]));
  const regions = points.flatMap((point) => {
    const shape = geometry.get(point.code);
    if (!shape) return [];
    const name = nameOf(point.code);
    const text = measureLabel(name, isMarked(point.code), fontPx);
    const wrapped = measureWrapped(name, isMarked(point.code), fontPx);
    return [
      {
        code: point.code,
        ...text,
        ...(wrapped ? { wrapped } : {}),
        anchor: project(point.lngLat),
        area: point.area,
        rings: projectRings(shape, project),
      },
    ];
  });
  const lineHeight = fontPx * LINE_HEIGHT;
  return placeLabels({
    regions,
    size,
    reserved,
    badge: Math.round(fontPx * 1.5),
    keySize: (codes) => ({
      width: Math.max(...codes.map((code, i) => textWidth(keyLine(i + 1, nameOf(code)), fontPx))) + 16,
      height: codes.length * lineHeight + 10,
    }),
  });
}
