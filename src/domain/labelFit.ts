import type { LabelRegion } from "./labelTypes";
import { pointInIndexedRings, segmentsCross, type IndexedRing, type Point, type Rect } from "./screenGeometry";

/**
 * The tests the label placement (labelPlacement.ts) asks of a spot: which
 * region is under a point, does a label fit inside its region here, is a box
 * off land, where inside a region to try, what a leader line costs.
 */
export type Indexed = LabelRegion & { bounds: Rect; indexed: IndexedRing[] };

/** The region under a point, if any. */
export function regionAt(p: Point, regions: readonly Indexed[]): string | undefined {
  for (const r of regions) {
    if (p.x < r.bounds.left || p.x > r.bounds.right || p.y < r.bounds.top || p.y > r.bounds.bottom) continue;
    if (pointInIndexedRings(p, r.indexed)) return r.code;
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
export function fitsInside(center: Point, region: Indexed, all: readonly Indexed[], width: number, height: number): boolean {
  return samples(center, width, height).every(({ p, end }) => end || regionAt(p, all) === region.code);
}

/** Nothing of the box is on land (any region). */
export function offLand(center: Point, width: number, height: number, all: readonly Indexed[]): boolean {
  return samples(center, width, height).every(({ p }) => regionAt(p, all) === undefined);
}

/** Candidate points inside a region (and the view), nearest its label point first. */
export function insideCandidates(region: Indexed, all: readonly Indexed[], size: { width: number; height: number }, step: number): Point[] {
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

export const DIRECTIONS = Array.from({ length: 24 }, (_, i) => (i * Math.PI) / 12);
export const RADII = [8, 16, 28, 42, 58, 80];
/** Leaders end within RADII px of their region (a longer line is hard to follow); at most this many px of one may lie over another region. */
const MAX_CROSSING = 16;

/**
 * What a leader line from the anchor to its label's box costs: the px of it
 * over another region; undefined when it crosses more of another region than
 * a coastal strip, a second region, a label or another leader.
 */
export function leaderCost(
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
