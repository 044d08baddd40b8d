/**
 * Where each region's name goes, for every output (the two renderers, slides,
 * PNG, print): one pure function, so a name never lands on another region in
 * any of them. Each region is named
 *   1. inside itself: the middle of the label on the region, its ends on the
 *      region or off land — never on another region; else
 *   2. off land, joined to a point of the region by a leader line; else
 *   3. by a number on the region, with a key beside the map.
 * Labels never overlap each other, a number or a reserved box (the legend).
 * The caller projects the geometry to screen pixels (projectRings).
 */
export type Point = { x: number; y: number };

/** A line of the key that explains numbered regions: "1 Stockholm". */
export const keyLine = (n: number, name: string) => `${n} ${name}`;

/** The two lines of a name set on two ("Jämtland / Härjedalen"), or undefined for a one-word name. */
export function wrapName(name: string): [string, string] | undefined {
  const at = name.indexOf(" ");
  return at > 0 ? [name.slice(0, at), name.slice(at + 1)] : undefined;
}
export type Rect = { left: number; top: number; right: number; bottom: number };

export type LabelRegion = {
  code: string;
  /** The label's text box, in px (✓ and padding included). */
  width: number;
  height: number;
  /** The box of the name on two lines ("Västra / Götaland"), for names of more than one word. */
  wrapped?: { width: number; height: number };
  /** The region's label point (its pole of inaccessibility), projected. */
  anchor: Point;
  /** Larger regions have the most room: they are placed after the small ones. */
  area: number;
  /** The region's rings (outer and holes, every part) in screen px. */
  rings: Point[][];
};

export type LabelKind = "inside" | "leader" | "number" | "hidden";

export type PlacedLabel = {
  code: string;
  kind: LabelKind;
  /** Centre of the label's box (the text, or the number's badge). */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The point of the region the label names: under an inside label, at a leader's end, under a number. */
  anchor: Point;
  /** The number shown on the region (kind "number"), explained in the key. */
  number?: number;
  /** The name is set on two lines (its box is the region's `wrapped`). */
  wrapped?: boolean;
  /** False for a region outside the view. */
  visible: boolean;
};

export type Placement = {
  labels: PlacedLabel[];
  /** Where the key of the numbers goes (top right of the view), when any region is numbered. */
  key?: Rect;
};

export type PlacementInput = {
  regions: readonly LabelRegion[];
  size: { width: number; height: number };
  /** Boxes labels must keep out of: the legend, notes over the map. */
  reserved?: readonly Rect[];
  /** Diameter of a number's badge, in px. */
  badge: number;
  /** The key's size for the codes that get numbers, in px (the renderer measures its text). */
  keySize?: (codes: readonly string[]) => { width: number; height: number };
  /** Space kept between labels, in px. */
  gap?: number;
};

type Indexed = LabelRegion & { bounds: Rect };

const boxAt = (p: Point, width: number, height: number, gap = 0): Rect => ({
  left: p.x - width / 2 - gap,
  top: p.y - height / 2 - gap,
  right: p.x + width / 2 + gap,
  bottom: p.y + height / 2 + gap,
});

export const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const within = (r: Rect, size: { width: number; height: number }) =>
  r.left >= 0 && r.top >= 0 && r.right <= size.width && r.bottom <= size.height;

function boundsOf(rings: readonly Point[][]): Rect {
  const r = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
  for (const ring of rings) {
    for (const p of ring) {
      r.left = Math.min(r.left, p.x);
      r.right = Math.max(r.right, p.x);
      r.top = Math.min(r.top, p.y);
      r.bottom = Math.max(r.bottom, p.y);
    }
  }
  return r;
}

/** Even-odd rule over every ring of a region: holes and separate parts handled alike. */
export function pointInRings(p: Point, rings: readonly Point[][]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i]!;
      const b = ring[j]!;
      if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
    }
  }
  return inside;
}

/**
 * Projects a region's geometry to screen px, dropping vertices closer than
 * `tolerance` px to the last kept one: the hit tests stay exact to a pixel
 * and cost a fraction of the full geometry.
 */
export function projectRings(
  geometry: { type: "Polygon"; coordinates: number[][][] } | { type: "MultiPolygon"; coordinates: number[][][][] },
  project: (lngLat: [number, number]) => Point,
  tolerance = 1,
): Point[][] {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  const rings: Point[][] = [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      const out: Point[] = [];
      for (const [lng, lat] of ring) {
        const p = project([lng!, lat!]);
        const last = out[out.length - 1];
        if (!last || Math.abs(p.x - last.x) + Math.abs(p.y - last.y) >= tolerance) out.push(p);
      }
      if (out.length >= 3) rings.push(out);
    }
  }
  return rings;
}

/** The region under a point, if any. */
function regionAt(p: Point, regions: readonly Indexed[]): string | undefined {
  for (const r of regions) {
    if (p.x < r.bounds.left || p.x > r.bounds.right || p.y < r.bounds.top || p.y > r.bounds.bottom) continue;
    if (pointInRings(p, r.rings)) return r.code;
  }
  return undefined;
}

/** Points across a box: 5 columns × 3 rows. Column 0 and 4 are its ends. */
function samples(center: Point, width: number, height: number): { p: Point; end: boolean }[] {
  const out: { p: Point; end: boolean }[] = [];
  for (const fx of [-0.48, -0.24, 0, 0.24, 0.48]) {
    for (const fy of [-0.3, 0, 0.3]) out.push({ p: { x: center.x + fx * width, y: center.y + fy * height }, end: Math.abs(fx) > 0.4 });
  }
  return out;
}

/**
 * A label centred here reads as the region's: the middle three fifths of it,
 * top to bottom, on the region. Its first and last letters may reach over the
 * coast or a border, as names on printed maps do.
 */
function fitsInside(center: Point, region: Indexed, all: readonly Indexed[], width: number, height: number): boolean {
  return samples(center, width, height).every(({ p, end }) => end || regionAt(p, all) === region.code);
}

/** Nothing of the box is on land (any region). */
function offLand(center: Point, width: number, height: number, all: readonly Indexed[]): boolean {
  return samples(center, width, height).every(({ p }) => regionAt(p, all) === undefined);
}

/** Candidate points inside a region (and the view), nearest its label point first. */
function insideCandidates(region: Indexed, all: readonly Indexed[], size: { width: number; height: number }, step: number): Point[] {
  const b = region.bounds;
  const left = Math.max(b.left, 0);
  const right = Math.min(b.right, size.width);
  const top = Math.max(b.top, 0);
  const bottom = Math.min(b.bottom, size.height);
  if (left >= right || top >= bottom) return [];
  // At most ~40 × 40 tries however large the region is on screen.
  const sx = Math.max(step, (right - left) / 40);
  const sy = Math.max(step / 2, (bottom - top) / 40);
  const points: Point[] = [];
  for (let y = top + sy / 2; y < bottom; y += sy) {
    for (let x = left + sx / 2; x < right; x += sx) {
      const p = { x, y };
      if (regionAt(p, all) === region.code) points.push(p);
    }
  }
  const a = region.anchor;
  const d = (p: Point) => (p.x - a.x) ** 2 + (p.y - a.y) ** 2;
  const anchorIn = a.x >= 0 && a.y >= 0 && a.x <= size.width && a.y <= size.height && regionAt(a, all) === region.code;
  return [...(anchorIn ? [a] : []), ...points.sort((p, q) => d(p) - d(q))];
}

/** The point of a box's border nearest to p: where a leader line meets its label. */
export function nearestOnBox(p: Point, box: Rect): Point {
  return { x: Math.min(Math.max(p.x, box.left), box.right), y: Math.min(Math.max(p.y, box.top), box.bottom) };
}

const DIRECTIONS = Array.from({ length: 24 }, (_, i) => (i * Math.PI) / 12);
const RADII = [8, 16, 28, 42, 58];
/** Leaders end within RADII px of their region (a longer line is hard to follow); at most this many px of one may lie over another region. */
const MAX_CROSSING = 16;

/** Do segments a–b and c–d cross? */
function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  const side = (p: Point, q: Point, r: Point) => Math.sign((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x));
  return side(a, b, c) !== side(a, b, d) && side(c, d, a) !== side(c, d, b);
}

/**
 * What a leader line from the anchor to its label's box costs: the px of it
 * over another region; undefined when it crosses more of another region than
 * a coastal strip, a second region, a label or another leader.
 */
function leaderCost(
  anchor: Point,
  end: Point,
  code: string,
  all: readonly Indexed[],
  taken: readonly Rect[],
  leaders: readonly [Point, Point][],
): { crossing: number } | undefined {
  const length = Math.hypot(end.x - anchor.x, end.y - anchor.y);
  const steps = Math.max(2, Math.ceil(length / 4));
  const others = new Set<string>();
  let crossing = 0;
  for (let i = 1; i < steps; i++) {
    const p = { x: anchor.x + ((end.x - anchor.x) * i) / steps, y: anchor.y + ((end.y - anchor.y) * i) / steps };
    const at = regionAt(p, all);
    if (at !== undefined && at !== code) {
      others.add(at);
      crossing += length / steps;
    }
    if (taken.some((t) => p.x > t.left && p.x < t.right && p.y > t.top && p.y < t.bottom)) return undefined;
  }
  // Over another region only for a few px (a thin coastal strip): a line across a neighbour points at it.
  if (others.size > 1 || crossing > MAX_CROSSING) return undefined;
  if (leaders.some(([a, b]) => segmentsCross(anchor, end, a, b))) return undefined;
  return { crossing };
}

export function placeLabels(input: PlacementInput): Placement {
  let placement = placeOnce(input, input.reserved ?? []);
  if (!input.keySize) return placement;
  // The key takes the view's top right corner (Finland, at the national view — the Baltic below it is where
  // the south's names go off land): place again keeping it free, until the numbers it
  // lists are the numbers on the map (keeping room for the key can turn another name into a number).
  for (let round = 0; round < 4; round++) {
    const numbered = placement.labels.filter((l) => l.kind === "number").map((l) => l.code);
    if (numbered.length === 0) return { labels: placement.labels };
    const { width, height } = input.keySize(numbered);
    const key: Rect = { left: input.size.width - width - 8, top: 8, right: input.size.width - 8, bottom: 8 + height };
    if (placement.key && key.bottom <= placement.key.bottom) return placement;
    placement = { ...placeOnce(input, [...(input.reserved ?? []), key]), key };
  }
  return placement;
}

function placeOnce(input: PlacementInput, reserved: readonly Rect[]): Placement {
  const { size, badge } = input;
  const gap = input.gap ?? 2;
  const all: Indexed[] = input.regions.map((r) => ({ ...r, bounds: boundsOf(r.rings) }));
  /** The boxes of the labels placed so far, by region, with their gap. */
  const boxes = new Map<string, Rect>();
  const free = (box: Rect) =>
    within(box, size) && !reserved.some((t) => overlaps(t, box)) && ![...boxes.values()].some((t) => overlaps(t, box));
  const result = new Map<string, PlacedLabel>();
  const leaders = new Map<string, [Point, Point]>();
  // Small regions first: they have the fewest places to go, a large one can move within itself.
  const order = [...all].sort((a, b) => a.area - b.area);
  const candidates = new Map(order.map((r) => [r.code, insideCandidates(r, all, size, Math.max(4, r.height / 2))]));
  const place = (label: PlacedLabel, leader?: [Point, Point]) => {
    result.set(label.code, label);
    boxes.set(label.code, boxAt(label, label.width, label.height, label.kind === "number" ? 1 : gap));
    if (leader) leaders.set(label.code, leader);
  };
  const unplace = (code: string) => {
    result.delete(code);
    boxes.delete(code);
    leaders.delete(code);
  };

  /** 1. Inside its own region: on one line, else on two. */
  const tryInside = (r: Indexed): boolean => {
    for (const box of [r, ...(r.wrapped ? [r.wrapped] : [])]) {
      const spot = candidates
        .get(r.code)!
        .find((p) => free(boxAt(p, box.width, box.height, gap)) && fitsInside(p, r, all, box.width, box.height));
      if (!spot) continue;
      const wrapped = box !== r ? { wrapped: true } : {};
      place({
        code: r.code,
        kind: "inside",
        x: spot.x,
        y: spot.y,
        width: box.width,
        height: box.height,
        anchor: spot,
        visible: true,
        ...wrapped,
      });
      return true;
    }
    return false;
  };

  /**
   * 2. Off land, with a leader line to a point of the region — one that crosses no other region (but a
   * coastal strip), no label and no other leader: a tangled line reads worse than a number.
   */
  const tryLeader = (r: Indexed): boolean => {
    const anchor = candidates.get(r.code)![0];
    if (!anchor) return false;
    let best: { center: Point; end: Point; score: number } | undefined;
    for (const radius of RADII) {
      for (const angle of DIRECTIONS) {
        const dx = Math.cos(angle);
        const dy = Math.sin(angle);
        // The box's near edge is `radius` from the anchor along the direction.
        const center = { x: anchor.x + dx * (radius + r.width / 2), y: anchor.y + dy * (radius + r.height / 2) };
        if (!free(boxAt(center, r.width, r.height, gap)) || !offLand(center, r.width, r.height, all)) continue;
        const end = nearestOnBox(anchor, boxAt(center, r.width, r.height));
        const line = leaderCost(anchor, end, r.code, all, [...reserved, ...boxes.values()], [...leaders.values()]);
        if (!line) continue;
        const score = radius + line.crossing * 3 + Math.abs(dy) * 12;
        if (!best || score < best.score) best = { center, end, score };
      }
      if (best) break;
    }
    if (!best) return false;
    place({ code: r.code, kind: "leader", x: best.center.x, y: best.center.y, width: r.width, height: r.height, anchor, visible: true }, [
      anchor,
      best.end,
    ]);
    return true;
  };

  /** 3. A number on the region, explained by the key: where a badge fits in the region, else where it is free. */
  const tryNumber = (r: Indexed): boolean => {
    const spots = candidates.get(r.code)!;
    if (spots.length === 0) return false;
    const spot =
      spots.find((p) => free(boxAt(p, badge, badge, 1)) && fitsInside(p, r, all, badge, badge)) ??
      spots.find((p) => free(boxAt(p, badge, badge, 1))) ??
      spots[0]!;
    place({ code: r.code, kind: "number", x: spot.x, y: spot.y, width: badge, height: badge, anchor: spot, visible: true });
    return true;
  };

  for (const r of order) tryInside(r);
  for (const r of order) if (!result.has(r.code)) tryLeader(r);
  for (const r of order) if (!result.has(r.code)) tryNumber(r);
  // A number that had to sit under a name: that name moves (within its region, off land, or to a number).
  for (const n of [...result.values()].filter((l) => l.kind === "number")) {
    const badgeBox = boxes.get(n.code)!;
    for (const other of [...result.values()].filter((l) => l.code !== n.code && overlaps(boxes.get(l.code)!, badgeBox))) {
      unplace(other.code);
      const r = all.find((x) => x.code === other.code)!;
      void (tryInside(r) || tryLeader(r) || tryNumber(r));
    }
  }

  // Numbered in the regions' own order (the dataset's: county code order), so the key reads as a list.
  let n = 0;
  const labels = input.regions.map((r) => {
    const label = result.get(r.code);
    if (!label)
      return {
        code: r.code,
        kind: "hidden" as const,
        x: r.anchor.x,
        y: r.anchor.y,
        width: r.width,
        height: r.height,
        anchor: r.anchor,
        visible: false,
      };
    return label.kind === "number" ? { ...label, number: ++n } : label;
  });
  return { labels };
}

/** Where the tooltip of the keyboard's region goes: just above its label (both renderers). */
export function focusTooltip(code: string | undefined, labels: readonly PlacedLabel[]): { code: string; x: number; y: number } | null {
  const label = code ? labels.find((l) => l.code === code && l.visible) : undefined;
  return code && label ? { code, x: label.x, y: label.y - label.height / 2 - 6 } : null;
}
