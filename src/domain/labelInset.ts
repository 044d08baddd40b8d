import { fitViewBox, toScreen, unionBounds, type Bounds, type ViewBox } from "../geo/projection";
import { numbersIn, placeLabelsSteps } from "./labelPlacement";
import type { InsetPart, LabelRegion, PlacedLabel, Placement, PlacementInput } from "./labelTypes";
import { indexRings, pointInIndexedRings, type Point, type Rect } from "./screenGeometry";
import { runSteps, type Steps } from "./steps";

/**
 * The inset of a slide's national map: the dense south drawn again, enlarged, in a framed box of its own over the
 * sea, where its names have room (a cartographer's standard; at a slide's national scale Blekinge is 40 px wide and
 * seven of the southern names became numbers). The regions whose label point lies south of INSET_SOUTH_OF are named
 * in the inset, the rest on the map; a frame on the map shows the area the inset enlarges. Pure: the caller projects.
 */

/** Götaland, Mälardalen and Värmland have their label points south of this latitude; Dalarna and the north, north of it. */
export const INSET_SOUTH_OF = 60.5;
/** How much larger than the map the inset draws the south, tried in turn until a box of that size finds room. */
export const INSET_FACTORS = [3, 2.5, 2, 1.75, 1.5] as const;
/** The inset's caption strip's least height, in the map's px. */
export const INSET_CAPTION_PX = 22;
/** Room kept between the inset and the view's edge, the legend or land, in px. */
const INSET_MARGIN = 10;
/**
 * A detail's names relative to the map's: smaller, so that regions the map could not name find room in a small box;
 * on a 1920 px slide still over 18 px (present.css: 1.15vw).
 */
export const DETAIL_TYPE = 0.85;
/** The search grid's cell, in px. */
const CELL = 8;

/** What the inset needs of each region: its label point and its geometry's box, in longitude and latitude. */
export type InsetRegion = { code: string; lngLat: readonly [number, number]; bounds: Bounds };

/**
 * A detail's room beyond its regions, as shares of their box: each is tried, the fewest numbers winning (more room for
 * leaders, or a smaller frame that a larger scale fits).
 */
export type Room = { across: number; along: number };
const DETAIL_ROOM: readonly Room[] = [
  { across: 0.3, along: 0.1 },
  { across: 0.1, along: 0.05 },
];

/**
 * The regions an inset names and the geographic box it shows (beyond their union, so coasts have room for names): the
 * south (Götaland, Mälardalen and Värmland), or a detail — the regions listed, where the whole south finds no room
 * (a slide with a panel beside its map): those the map alone would number.
 */
export function insetArea(
  regions: readonly InsetRegion[],
  part: InsetPart = "south",
  detail: readonly string[] = [],
  room: Room = DETAIL_ROOM[0]!,
): { codes: string[]; bounds: Bounds } | undefined {
  const named = regions.filter((r) => (part === "south" ? r.lngLat[1] < INSET_SOUTH_OF : detail.includes(r.code)));
  const union = unionBounds(named.map((r) => r.bounds));
  if (!union || named.length < (part === "south" ? 2 : 1)) return undefined;
  const [w, s, e, n] = union;
  // Room beside the coasts for names set off land with a leader (Halland's, Stockholm's), a little above and below.
  const across = (part === "south" ? 0.2 : room.across) * (e - w);
  const along = (part === "south" ? 0.03 : room.along) * (n - s);
  return { codes: named.map((r) => r.code), bounds: [w - across, s - along, e + across, n + along] };
}

/**
 * Where the inset goes: the largest of INSET_FACTORS whose box fits in the view clear of land, the reserved boxes (the
 * legend) and the frame; of those places, the one nearest the view's bottom right corner (an inset's usual place, and
 * away from the coast, where the map's own names go off land). Undefined where none fits (a narrow phone).
 */
export function insetBox(
  size: { width: number; height: number },
  frame: Rect,
  land: readonly Point[][],
  reserved: readonly Rect[],
  caption = INSET_CAPTION_PX,
): { box: Rect; factor: number } | undefined {
  const free = freeCells(size, land, [...reserved, frame]);
  for (const factor of INSET_FACTORS) {
    const width = (frame.right - frame.left) * factor;
    const height = (frame.bottom - frame.top) * factor + caption;
    let best: { box: Rect; distance: number } | undefined;
    for (let top = INSET_MARGIN; top + height + INSET_MARGIN <= size.height; top += CELL) {
      for (let left = INSET_MARGIN; left + width + INSET_MARGIN <= size.width; left += CELL) {
        const box = { left, top, right: left + width, bottom: top + height };
        if (!free(box)) continue;
        const distance = Math.hypot(size.width - box.right, size.height - box.bottom);
        if (!best || distance < best.distance) best = { box, distance };
      }
    }
    if (best) return { box: best.box, factor };
  }
  return undefined;
}

/** The cells land reaches, made once per land (a placement tries several insets over the same map). */
const landMade = new WeakMap<readonly Point[][], { cols: number; rows: number; cells: Uint8Array }>();
function landCells(cols: number, rows: number, land: readonly Point[][]): Uint8Array {
  const made = landMade.get(land);
  if (made && made.cols === cols && made.rows === rows) return made.cells;
  const cells = new Uint8Array(cols * rows);
  for (const ring of land)
    for (const p of ring) {
      const c = Math.floor(p.x / CELL);
      const r = Math.floor(p.y / CELL);
      if (c >= 0 && r >= 0 && c < cols && r < rows) cells[r * cols + c] = 1;
    }
  const indexed = indexRings(land as Point[][]);
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++)
      if (!cells[r * cols + c] && pointInIndexedRings({ x: (c + 0.5) * CELL, y: (r + 0.5) * CELL }, indexed)) cells[r * cols + c] = 1;
  landMade.set(land, { cols, rows, cells });
  return cells;
}

/**
 * A test of "is this box, with its margin, clear of land and of the blocked boxes", answered from a grid of the view
 * (a cell is taken when land or a blocked box reaches it) with a summed-area table: one lookup per box tried.
 */
function freeCells(size: { width: number; height: number }, land: readonly Point[][], blocked: readonly Rect[]) {
  const cols = Math.ceil(size.width / CELL);
  const rows = Math.ceil(size.height / CELL);
  const taken = landCells(cols, rows, land).slice();
  const mark = (x: number, y: number) => {
    const c = Math.floor(x / CELL);
    const r = Math.floor(y / CELL);
    if (c >= 0 && r >= 0 && c < cols && r < rows) taken[r * cols + c] = 1;
  };
  for (const b of blocked)
    for (let y = b.top; y <= b.bottom + CELL; y += CELL)
      for (let x = b.left; x <= b.right + CELL; x += CELL) mark(Math.min(x, b.right), Math.min(y, b.bottom));
  // sum[(r + 1) * (cols + 1) + (c + 1)]: the taken cells above and left of cell (r, c), itself included.
  const sum = new Uint32Array((rows + 1) * (cols + 1));
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++)
      sum[(r + 1) * (cols + 1) + c + 1] =
        taken[r * cols + c]! + sum[r * (cols + 1) + c + 1]! + sum[(r + 1) * (cols + 1) + c]! - sum[r * (cols + 1) + c]!;
  return (box: Rect) => {
    const c0 = Math.max(0, Math.floor((box.left - INSET_MARGIN) / CELL));
    const r0 = Math.max(0, Math.floor((box.top - INSET_MARGIN) / CELL));
    const c1 = Math.min(cols, Math.ceil((box.right + INSET_MARGIN) / CELL));
    const r1 = Math.min(rows, Math.ceil((box.bottom + INSET_MARGIN) / CELL));
    const at = (r: number, c: number) => sum[r * (cols + 1) + c]!;
    return at(r1, c1) - at(r0, c1) - at(r1, c0) + at(r0, c0) === 0;
  };
}

/** The inset's view: its geographic box fitted into the map part of the box (under the caption), in local px. */
export function insetView(
  bounds: Bounds,
  box: Rect,
  caption: number,
): { mapBox: Rect; view: ViewBox; size: { width: number; height: number } } {
  const mapBox = { ...box, top: box.top + caption };
  const size = { width: mapBox.right - mapBox.left, height: mapBox.bottom - mapBox.top };
  return { mapBox, view: fitViewBox(bounds, size, { top: 0, right: 0, bottom: 0, left: 0 }), size };
}

/** The caption strip's height: larger on a larger map, so it reads on a projector as the names do. */
export const insetCaptionPx = (size: { height: number }) => Math.max(INSET_CAPTION_PX, Math.round(size.height / 30));

type InsetPlacementInput = Omit<PlacementInput, "others"> & {
  /** Each region's label point and geographic box (its rings on the map are `regions`'). */
  areas: readonly InsetRegion[];
  /** The map's projection, and the regions measured and projected by another (the inset's, in its own px). */
  project: (lngLat: [number, number]) => Point;
  regionsFor: (project: (lngLat: [number, number]) => Point, only?: readonly string[], type?: number) => LabelRegion[];
  /** Made across tasks (a picture): every detail detailsToTry lists may be tried, not only the first. */
  unhurried?: boolean;
};

/**
 * The map's names with an inset, or the map's alone where no inset fits or where it would leave as many numbers. The
 * north is placed on the map first, then the inset where it keeps clear of land, the legend, the frame and those
 * names; then the south is placed in the inset, in its own px, and moved onto the map (both by the one placement
 * rule). The inset's labels carry `inset: true`. Where the whole south finds no room without numbers, a detail of the
 * regions the map alone numbers is tried, then others about them (detailsToTry): the fewest numbers wins.
 */
export const placeWithInset = (input: InsetPlacementInput): Placement => runSteps(placeWithInsetSteps(input));

/** placeWithInset in steps (./steps.ts), for a picture made across tasks. */
export function* placeWithInsetSteps(input: InsetPlacementInput): Steps<Placement> {
  const land = input.regions.flatMap((r) => r.rings);
  let best: { placement: Placement; numbers: number } | undefined;
  function* tryPart(part: InsetPart, detail: readonly string[] = [], room?: Room): Steps<boolean> {
    // The inset clear of the map's names (placed first), or the map's names placed around it: the fewer numbers wins.
    // A detail goes where the map's names leave room (a detail follows from where they went).
    for (const namesFirst of part === "south" ? [true, false] : [true]) {
      const placement = yield* withInset(input, land, insetArea(input.areas, part, detail, room), part, namesFirst);
      if (!placement) continue;
      const numbers = numbersIn(placement).length;
      if (!best || numbers < best.numbers) best = { placement, numbers };
      if (numbers === 0) return true;
    }
    return false;
  }
  if (yield* tryPart("south")) return best!.placement;
  // No room for the whole south without numbers: a detail of the regions the map alone numbers. An inset that names
  // no more than the map alone does is not worth its room: the map alone, then.
  const alone = yield* placeLabelsSteps(input);
  const numbered = numbersIn(alone);
  // On screen the placement is one task: there only the first (the others are for a picture, made across tasks).
  const details = detailsToTry(input.areas, numbered);
  search: for (const { codes, rooms } of input.unhurried ? details : details.slice(0, 1))
    for (const room of rooms) if (yield* tryPart("detail", codes, room)) break search;
  return best && best.numbers < numbered.length ? best.placement : alone;
}

/** Up to this many regions numbered by the map alone, a detail of all of them but one is tried too (each is a placement). */
const ALL_BUT_ONE_UP_TO = 4;

/**
 * The details to try, in turn, for the regions the map alone numbers, each with the rooms to try it in:
 *   1. those regions;
 *   2. every region whose label point lies in their box: a detail shows those whole, and one drawn there unnamed while
 *      numbered on the map (Östergötland, amid Örebro, Sörmland and Jönköping in a slide's picture) reads as a slip;
 *   3. for a few, all of them but one: one numbered only because the others crowded it (Kalmar beside Östergötland in
 *      the PowerPoint's picture beside the lists) is named on the map once they are in the detail, which, smaller,
 *      is drawn larger. In the first room only: each try is a whole placement, on screen in one task.
 */
export function detailsToTry(regions: readonly InsetRegion[], numbered: readonly string[]): { codes: string[]; rooms: readonly Room[] }[] {
  if (numbered.length === 0) return [];
  const [west, south, east, north] = unionBounds(regions.filter((r) => numbered.includes(r.code)).map((r) => r.bounds)) ?? [0, 0, 0, 0];
  const shown = regions.filter(({ lngLat: [lng, lat] }) => lng >= west && lng <= east && lat >= south && lat <= north).map((r) => r.code);
  const shownAlso = shown.some((code) => !numbered.includes(code)) ? [{ codes: shown, rooms: DETAIL_ROOM }] : [];
  const allButOne =
    numbered.length > 1 && numbered.length <= ALL_BUT_ONE_UP_TO
      ? numbered.map((left) => ({ codes: numbered.filter((code) => code !== left), rooms: DETAIL_ROOM.slice(0, 1) }))
      : [];
  return [{ codes: [...numbered], rooms: DETAIL_ROOM }, ...shownAlso, ...allButOne];
}

function* withInset(
  input: InsetPlacementInput,
  land: readonly Point[][],
  area: { codes: string[]; bounds: Bounds } | undefined,
  part: InsetPart,
  namesFirst: boolean,
): Steps<Placement | undefined> {
  const { regionsFor, regions, project, reserved = [], keySize, size } = input;
  if (!area) return undefined;
  // Both placed without a key: a number on either is explained by the one key of the map, made below.
  const plain = { ...input, keySize: undefined };
  const caption = insetCaptionPx(size);
  const inSouth = (r: LabelRegion) => area.codes.includes(r.code);
  const north = { ...plain, regions: regions.filter((r) => !inSouth(r)), others: regions.filter(inSouth) };
  const first = namesFirst ? yield* placeLabelsSteps(north) : undefined;
  const named = first ? first.labels.filter((l) => l.visible).map(boxAround) : [];
  const [west, south, east, northEdge] = area.bounds;
  const nw = project([west, northEdge]);
  const se = project([east, south]);
  const frame = { left: nw.x, top: nw.y, right: se.x, bottom: se.y };
  const spot = insetBox(size, frame, land, [...reserved, ...named], caption);
  if (!spot) return undefined;
  const map = first ?? (yield* placeLabelsSteps({ ...north, reserved: [...reserved, spot.box] }));
  const { mapBox, view, size: local } = insetView(area.bounds, spot.box, caption);
  const toInset = (lngLat: [number, number]) => toScreen(lngLat, view, local);
  // In the south's inset, the land it does not name (Dalarna's edge) is background, where a southern name may go with
  // its leader. A detail's neighbours fill its inset: a name there keeps off them, as off its own neighbours.
  const neighbours = input.areas.map((a) => a.code).filter((code) => !area.codes.includes(code));
  const others = part === "detail" ? regionsFor(toInset, neighbours) : [];
  // A detail names the regions the map could not, in a small box: its names are set smaller, as an inset's often are.
  const type = part === "detail" ? DETAIL_TYPE : 1;
  const inset = yield* placeLabelsSteps({ ...plain, regions: regionsFor(toInset, area.codes, type), others, size: local, reserved: [] });
  const shift = <T extends Point>(p: T): T => ({ ...p, x: p.x + mapBox.left, y: p.y + mapBox.top });
  const placed = new Map([
    ...map.labels.map((l) => [l.code, l] as const),
    ...inset.labels.map((l) => [l.code, { ...shift(l), anchor: shift(l.anchor), inset: true, ...(type !== 1 ? { type } : {}) }] as const),
  ]);
  // Numbered in the regions' own order, as the map alone numbers them (seen only where the view is small).
  let n = 0;
  const labels = regions.map((r) => {
    const label = placed.get(r.code)!;
    return label.kind === "number" ? { ...label, number: ++n } : label;
  });
  const numbered = numbersIn({ labels });
  const names = labels.filter((l) => l.visible).map(boxAround);
  const key =
    keySize && numbered.length > 0 ? keyBeside(size, keySize(numbered), land, spot.box, [...reserved, frame, ...names]) : undefined;
  if (numbered.length > 0 && !key) return undefined;
  return { labels, ...(key ? { key } : {}), inset: { box: spot.box, mapBox, view, frame, factor: spot.factor, codes: area.codes, part } };
}

/** A label's box with its leader's anchor: what the inset must leave in sight. */
function boxAround(l: PlacedLabel): Rect {
  return {
    left: Math.min(l.x - l.width / 2, l.anchor.x),
    right: Math.max(l.x + l.width / 2, l.anchor.x),
    top: Math.min(l.y - l.height / 2, l.anchor.y),
    bottom: Math.max(l.y + l.height / 2, l.anchor.y),
  };
}

/**
 * The numbers' key (where the inset leaves numbers): the free place nearest the view's top right corner, clear of land,
 * the legend, the inset and every name; undefined where there is none.
 */
function keyBeside(
  size: { width: number; height: number },
  key: { width: number; height: number },
  land: readonly Point[][],
  inset: Rect,
  blocked: readonly Rect[],
): Rect | undefined {
  const free = freeCells(size, land, [inset, ...blocked]);
  for (let top = INSET_MARGIN; top + key.height + INSET_MARGIN <= size.height; top += CELL)
    for (let right = size.width - INSET_MARGIN; right - key.width >= INSET_MARGIN; right -= CELL) {
      const box = { left: right - key.width, top, right, bottom: top + key.height };
      if (free(box)) return box;
    }
  // No room for the key: this inset is not taken (the map alone keeps its key in the top right corner).
  return undefined;
}
