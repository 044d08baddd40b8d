/**
 * Web Mercator as MapLibre draws it, for the SVG map: the same projection and
 * the same "fit bounds with padding" arithmetic, so the simplified map looks
 * like the WebGL one and a place lands on the same pixel in both. Pure.
 */
/** Room kept free around a fitted box, in px. */
export type Padding = { top: number; right: number; bottom: number; left: number };

export type Bounds = [west: number, south: number, east: number, north: number];
export type Size = { width: number; height: number };
/** An SVG viewBox: the visible part of the world in projected units. */
export type ViewBox = { x: number; y: number; width: number; height: number };

/** Sweden's extent with a margin: the national view of every map. */
export const SWEDEN_BOUNDS: Bounds = [10.9, 55.2, 24.2, 69.1];

/** Panning stays inside the context layer's clip box (scripts/build-geo.mjs), so its edge never shows. */
export const PAN_BOUNDS: Bounds = [-50, 50, 72, 73];

/**
 * Projected units per unit of Web Mercator's [0, 1] square. Paths are written
 * in these units so five decimals of longitude survive without long numbers.
 */
export const WORLD = 100_000;

/** MapLibre's tiles are 512 px: at zoom z the world is 512·2^z px wide. */
const TILE_SIZE = 512;

/** Longitude and latitude to projected units (x east, y south). */
export function mercator(lon: number, lat: number): [number, number] {
  const x = (lon + 180) / 360;
  const clamped = Math.max(-85.051129, Math.min(85.051129, lat));
  const rad = (clamped * Math.PI) / 180;
  const y = (1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2;
  return [x * WORLD, y * WORLD];
}

/**
 * The viewBox that shows `bounds` inside `size` with `padding` around it, as
 * MapLibre's fitBounds does: one uniform scale, the box centred in the room
 * the padding leaves. `maxZoom` caps the scale as MapLibre's option does.
 */
export function fitViewBox(bounds: Bounds, size: Size, padding: Padding, maxZoom = Infinity): ViewBox {
  const [west, south, east, north] = bounds;
  const [x0, y1] = mercator(west, south);
  const [x1, y0] = mercator(east, north);
  const innerWidth = Math.max(1, size.width - padding.left - padding.right);
  const innerHeight = Math.max(1, size.height - padding.top - padding.bottom);
  const maxScale = (TILE_SIZE * 2 ** maxZoom) / WORLD;
  // px per projected unit; a degenerate box (a point) falls back to the cap.
  const fit = Math.min(innerWidth / Math.max(x1 - x0, 1e-9), innerHeight / Math.max(y1 - y0, 1e-9));
  const scale = Math.min(fit, maxScale);
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  return keepInside(
    {
      x: cx - (padding.left + innerWidth / 2) / scale,
      y: cy - (padding.top + innerHeight / 2) / scale,
      width: size.width / scale,
      height: size.height / scale,
    },
    PAN_BOUNDS,
  );
}

/**
 * The view moved (never scaled) to stay inside `bounds`, as MapLibre's maxBounds keeps its camera: on a wide map the
 * national view's left edge would pass PAN_BOUNDS' west, and MapLibre would show Sweden further left than the SVG map.
 */
function keepInside(view: ViewBox, bounds: Bounds): ViewBox {
  const [x0, y1] = mercator(bounds[0], bounds[1]);
  const [x1, y0] = mercator(bounds[2], bounds[3]);
  const shift = (at: number, length: number, min: number, max: number) =>
    length >= max - min ? (min + max - length) / 2 : Math.min(Math.max(at, min), max - length);
  return { ...view, x: shift(view.x, view.width, x0, x1), y: shift(view.y, view.height, y0, y1) };
}

/**
 * Where a place lands in a map of `size` that shows `bounds` with `padding`
 * (MapLibre's fitBounds, the SVG map's viewBox): the one projection the app,
 * the end-to-end tests and the benchmark share.
 */
export function projectInView(lonLat: readonly [number, number], bounds: Bounds, size: Size, padding: Padding): { x: number; y: number } {
  return toScreen(lonLat, fitViewBox(bounds, size, padding), size);
}

/** Projected units back to longitude and latitude. */
export function unmercator(x: number, y: number): [number, number] {
  const lon = (x / WORLD) * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / WORLD))) * 180) / Math.PI;
  return [lon, lat];
}

/** The geographic box a viewBox shows: [west, south, east, north]. */
export function viewBounds(view: ViewBox): Bounds {
  const [west, north] = unmercator(view.x, view.y);
  const [east, south] = unmercator(view.x + view.width, view.y + view.height);
  return [west, south, east, north];
}

/**
 * Where a pixel of a map showing `bounds` over `size` lies, as longitude and
 * latitude: the inverse of the view either renderer draws (Web Mercator, north
 * up). Tests use it to check that a label's anchor is on its own region.
 */
export function screenToLngLat(point: { x: number; y: number }, bounds: Bounds, size: Size): [number, number] {
  const [west, south, east, north] = bounds;
  const [x0, y0] = mercator(west, north);
  const [x1, y1] = mercator(east, south);
  return unmercator(x0 + (point.x / size.width) * (x1 - x0), y0 + (point.y / size.height) * (y1 - y0));
}

/** Where a longitude/latitude lands in the element, in px, for a viewBox filling `size`. */
export function toScreen(lonLat: readonly [number, number], view: ViewBox, size: Size): { x: number; y: number } {
  const [px, py] = mercator(lonLat[0], lonLat[1]);
  return { x: ((px - view.x) / view.width) * size.width, y: ((py - view.y) / view.height) * size.height };
}

type Ring = readonly (readonly number[])[];
type PolygonGeometry =
  { type: "Polygon"; coordinates: readonly Ring[] } | { type: "MultiPolygon"; coordinates: readonly (readonly Ring[])[] };

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * An SVG path for a (multi)polygon in projected units. Rings are closed with Z;
 * holes follow their outer ring, and the even-odd rule leaves them empty.
 */
export function geometryPath(geometry: PolygonGeometry): string {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  const parts: string[] = [];
  for (const rings of polygons) {
    for (const ring of rings) {
      const points = ring.map(([lon, lat]) => mercator(lon!, lat!).map(round).join(","));
      if (points.length > 0) parts.push(`M${points.join("L")}Z`);
    }
  }
  return parts.join("");
}

/** Bounding box [west, south, east, north] of a (multi)polygon. */
/** The bounds around all of `boxes`, or undefined for none. */
export function unionBounds(boxes: readonly Bounds[]): Bounds | undefined {
  if (boxes.length === 0) return undefined;
  return [
    Math.min(...boxes.map((b) => b[0])),
    Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])),
    Math.max(...boxes.map((b) => b[3])),
  ];
}

export function geometryBounds(geometry: PolygonGeometry): Bounds {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  for (const rings of polygons)
    for (const ring of rings)
      for (const [lon, lat] of ring) {
        west = Math.min(west, lon!);
        east = Math.max(east, lon!);
        south = Math.min(south, lat!);
        north = Math.max(north, lat!);
      }
  return [west, south, east, north];
}
