/**
 * Screen geometry the label placement stands on: points and boxes in px,
 * point-in-polygon over projected rings, and the projection of a region's
 * geometry to the screen. Pure.
 */
export type Point = { x: number; y: number };

export type Rect = { left: number; top: number; right: number; bottom: number };

export const boxAt = (p: Point, width: number, height: number, gap = 0): Rect => ({
  left: p.x - width / 2 - gap,
  top: p.y - height / 2 - gap,
  right: p.x + width / 2 + gap,
  bottom: p.y + height / 2 + gap,
});

export const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
export const within = (r: Rect, size: { width: number; height: number }) =>
  r.left >= 0 && r.top >= 0 && r.right <= size.width && r.bottom <= size.height;

export function boundsOf(rings: readonly Point[][]): Rect {
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

/** A ring made quick to test: its box, and its edges (by the index of their first point) in horizontal bands. */
export type IndexedRing = { ring: readonly Point[]; box: Rect; bandHeight: number; bands: number[][] };

/**
 * Rings indexed for many point tests (the label placement asks thousands per layout): a point outside a ring's box
 * is outside the ring, and only the edges in the point's band can cross its horizontal ray. Same answers as
 * pointInRings, at a fraction of the cost on a long coast.
 */
export function indexRings(rings: readonly Point[][]): IndexedRing[] {
  return rings.map((ring) => {
    const box = boundsOf([ring]);
    const count = Math.max(1, Math.min(64, Math.ceil(ring.length / 8)));
    const bandHeight = (box.bottom - box.top) / count || 1;
    const bands: number[][] = Array.from({ length: count }, () => []);
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const last = bandOf(Math.max(ring[i]!.y, ring[j]!.y), box.top, bandHeight, count);
      for (let k = bandOf(Math.min(ring[i]!.y, ring[j]!.y), box.top, bandHeight, count); k <= last; k++) bands[k]!.push(i);
    }
    return { ring, box, bandHeight, bands };
  });
}

const bandOf = (y: number, top: number, height: number, count: number) => Math.min(count - 1, Math.max(0, Math.floor((y - top) / height)));

/** pointInRings over indexed rings: a ring whose box does not hold the point is crossed an even number of times. */
export function pointInIndexedRings(p: Point, rings: readonly IndexedRing[]): boolean {
  let inside = false;
  for (const { ring, box, bandHeight, bands } of rings) {
    if (p.x < box.left || p.x > box.right || p.y < box.top || p.y > box.bottom) continue;
    for (const i of bands[bandOf(p.y, box.top, bandHeight, bands.length)]!) {
      const a = ring[i]!;
      const b = ring[i === 0 ? ring.length - 1 : i - 1]!;
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

/** The point of a box's border nearest to p: where a leader line meets its label. */
export function nearestOnBox(p: Point, box: Rect): Point {
  return { x: Math.min(Math.max(p.x, box.left), box.right), y: Math.min(Math.max(p.y, box.top), box.bottom) };
}

/** Do segments a–b and c–d cross? */
export function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  const side = (p: Point, q: Point, r: Point) => Math.sign((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x));
  return side(a, b, c) !== side(a, b, d) && side(c, d, a) !== side(c, d, b);
}

/**
 * Where a tooltip of `size` stands next to `anchor` (its top-left corner) inside `area`: right of the
 * anchor, or left of it where the right side has no room, centred on it vertically, and moved
 * inwards so it never hangs past the area's edges (a 390 px phone has little room either side).
 */
export function tooltipPosition(anchor: Point, size: { width: number; height: number }, area: Rect, gap = 12, margin = 4): Point {
  const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(value, high));
  const right = anchor.x + gap;
  const x = right + size.width <= area.right - margin ? right : anchor.x - gap - size.width;
  return {
    x: clamp(x, area.left + margin, area.right - margin - size.width),
    y: clamp(anchor.y - size.height / 2, area.top + margin, area.bottom - margin - size.height),
  };
}
