import type { CountyCollection } from "../geo/counties";
import type { LabelPoint } from "../geo/labelPoints";

import { keyLine, placeLabelsSteps, wrapName } from "../domain/labelPlacement";
import { runSteps, runStepsInSlices, type Steps } from "../domain/steps";
import { placeWithInsetSteps } from "../domain/labelInset";
import { geometryBounds } from "../geo/projection";
import type { Placement } from "../domain/labelTypes";
import { projectRings, type Point, type Rect } from "../domain/screenGeometry";

/** The label size at the dashboard; presentation mode and exports enlarge it. */
export const LABEL_FONT_PX = 13;
export const LABEL_FONT_FAMILY = `system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "DejaVu Sans", sans-serif`;
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
  context.font = `${weight} ${fontPx}px ${LABEL_FONT_FAMILY}`;
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
  /** A slide's national view: the dense south is named in an enlarged inset where the map has room for one. */
  inset?: boolean;
  /** A slide at rest, national or framed: try harder before numbering a region (PlacementInput.thorough). */
  thorough?: boolean;
  /** A picture's placement, made across tasks: the inset's search may take longer (InsetPlacementInput.unhurried). */
  unhurried?: boolean;
};

/**
 * Every county's label for one view of the map, from either renderer's
 * projection: the geometry projected once, each label measured, then the one
 * placement rule (src/domain/labelPlacement.ts). A view placed a moment ago is
 * not placed again (recallPlacement).
 */
export const layoutLabels = (input: LabelLayoutInput): Placement => runSteps(layoutLabelsSteps(input));

/** layoutLabels across tasks (domain/steps.ts): a picture's placement, which on a slide is the harder one, gives way. */
export const layoutLabelsInSlices = (input: LabelLayoutInput): Promise<Placement> => runStepsInSlices(layoutLabelsSteps(input));

function* layoutLabelsSteps({
  points,
  counties,
  project,
  size,
  nameOf,
  isMarked,
  fontPx,
  reserved,
  inset,
  thorough,
  unhurried,
}: LabelLayoutInput): Steps<Placement> {
  const geometry = new Map(counties.features.map((f) => [f.properties.code, f.geometry]));
  const labelled = points.flatMap((point) => {
    const shape = geometry.get(point.code);
    return shape ? [{ point, shape, name: nameOf(point.code), marked: isMarked(point.code) }] : [];
  });
  const anchors = labelled.map((l) => project(l.point.lngLat));
  const what = JSON.stringify([
    idOf(points),
    idOf(counties),
    fontPx,
    reserved ?? [],
    inset ?? false,
    thorough ?? false,
    unhurried ?? false,
    labelled.map((l) => [l.point.code, l.name, l.marked]),
  ]);
  const recalled = recallPlacement(what, size, anchors);
  if (recalled) return recalled;
  /** Each region's label measured, and its label point and shape projected by `by`. */
  const regionsFor = (by: (lngLat: [number, number]) => Point, only?: readonly string[], type = 1) =>
    labelled
      .filter(({ point }) => !only || only.includes(point.code))
      .map(({ point, shape, name, marked }) => {
        const wrapped = measureWrapped(name, marked, fontPx * type);
        return {
          code: point.code,
          ...measureLabel(name, marked, fontPx * type),
          ...(wrapped ? { wrapped } : {}),
          anchor: by(point.lngLat),
          area: point.area,
          rings: projectRings(shape, by),
        };
      });
  const regions = regionsFor(project);
  const lineHeight = fontPx * LINE_HEIGHT;
  const input = {
    regions,
    size,
    reserved,
    badge: Math.round(fontPx * 1.5),
    // A slide tries harder before numbering a region; the dashboard's placement stays quick.
    thorough: thorough ?? inset ?? false,
    keySize: (codes: readonly string[]) => ({
      width: Math.max(...codes.map((code, i) => textWidth(keyLine(i + 1, nameOf(code)), fontPx))) + 16,
      height: codes.length * lineHeight + 10,
    }),
  };
  const areas = labelled.map(({ point, shape }) => ({ code: point.code, lngLat: point.lngLat, bounds: geometryBounds(shape) }));
  const placement = inset
    ? yield* placeWithInsetSteps({ ...input, areas, project, regionsFor, unhurried })
    : yield* placeLabelsSteps(input);
  rememberPlacement({ what, size, anchors, placement });
  return placement;
}

/**
 * The last placements made, by what decides them: the same files, font, reserved boxes, names and marks, a box of the
 * same size to the px (the SVG map measures fractions of a px, MapLibre whole ones), and the label points landing within
 * SAME_VIEW_PX of where they landed then. Both renderers frame a view by the same rule, so while MapLibre loads
 * beneath the SVG map (MapStage) it asks for the placement the SVG map has just made, about 90 ms of main thread on a
 * 2-core laptop. Their projections differ by about 0.06 px in a box of whole px, and by up to half a px where the box
 * is fractional (MapLibre's canvas is 639 px high where the SVG map's box is 638.6, at 1440 × 900: 0.3 px, and
 * MapLibre placed again, 75 ms of the load's longest task at 4× CPU); a name drawn 0.75 px from where it was placed
 * is not seen. The points fix the projection (one scale and an offset for both renderers), so the same points mean
 * the same view; a view that moved 1 px is placed again.
 */
type Remembered = { what: string; size: { width: number; height: number }; anchors: readonly Point[]; placement: Placement };
const recent: Remembered[] = [];
const RECENT_PLACEMENTS = 4;
export const SAME_VIEW_PX = 0.75;

function recallPlacement(what: string, size: Remembered["size"], anchors: readonly Point[]): Placement | undefined {
  const near = (a: number, b: number, px: number) => Math.abs(a - b) <= px;
  return recent.find(
    (r) =>
      r.what === what &&
      near(r.size.width, size.width, 1) &&
      near(r.size.height, size.height, 1) &&
      r.anchors.every((a, i) => near(a.x, anchors[i]!.x, SAME_VIEW_PX) && near(a.y, anchors[i]!.y, SAME_VIEW_PX)),
  )?.placement;
}

function rememberPlacement(made: Remembered) {
  recent.unshift(made);
  recent.length = Math.min(recent.length, RECENT_PLACEMENTS);
}

/** A number per object (the label points, the counties): a new file is a new placement. */
const ids = new WeakMap<object, number>();
let lastId = 0;
function idOf(object: object): number {
  const known = ids.get(object);
  if (known !== undefined) return known;
  ids.set(object, ++lastId);
  return lastId;
}
