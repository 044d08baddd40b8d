import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { keyBox, placeLabels } from "../../src/domain/labelPlacement";
import type { LabelRegion, PlacedLabel } from "../../src/domain/labelTypes";
import {
  boundsOf,
  indexRings,
  overlaps,
  pointInIndexedRings,
  pointInRings,
  projectRings,
  type Point,
  type Rect,
} from "../../src/domain/screenGeometry";

/** A rectangle region in screen px. */
const rect = (code: string, left: number, top: number, right: number, bottom: number, width = 60, height = 16): LabelRegion => ({
  code,
  width,
  height,
  anchor: { x: (left + right) / 2, y: (top + bottom) / 2 },
  area: (right - left) * (bottom - top),
  rings: [
    [
      { x: left, y: top },
      { x: right, y: top },
      { x: right, y: bottom },
      { x: left, y: bottom },
    ],
  ],
});
const box = (l: PlacedLabel): Rect => ({
  left: l.x - l.width / 2,
  top: l.y - l.height / 2,
  right: l.x + l.width / 2,
  bottom: l.y + l.height / 2,
});
const size = { width: 600, height: 400 };
const keySize = (codes: readonly string[]) => ({ width: 80, height: codes.length * 16 + 10 });
const byCode = (labels: PlacedLabel[]) => Object.fromEntries(labels.map((l) => [l.code, l]));

/** Every placed label names its own region: its anchor lies in it; and no two labels overlap. */
function expectTrustworthy(regions: LabelRegion[], labels: PlacedLabel[]) {
  for (const label of labels.filter((l) => l.visible)) {
    const region = regions.find((r) => r.code === label.code)!;
    expect(pointInRings(label.anchor, region.rings), `${label.code} anchor`).toBe(true);
    if (label.kind === "inside") {
      // The middle of an inside label is on its region, never on another.
      for (const fx of [-0.24, 0, 0.24]) {
        const p: Point = { x: label.x + fx * label.width, y: label.y };
        for (const other of regions.filter((r) => r.code !== label.code))
          expect(pointInRings(p, other.rings), `${label.code} over ${other.code}`).toBe(false);
      }
    }
  }
  const shown = labels.filter((l) => l.visible);
  for (let i = 0; i < shown.length; i++)
    for (let j = i + 1; j < shown.length; j++)
      expect(overlaps(box(shown[i]!), box(shown[j]!)), `${shown[i]!.code}/${shown[j]!.code}`).toBe(false);
}

describe("placeLabels", () => {
  it("puts a name inside its region where it fits", () => {
    const regions = [rect("A", 100, 100, 300, 200), rect("B", 300, 100, 500, 200)];
    const { labels, key } = placeLabels({ regions, size, badge: 20, keySize });
    expect(labels.map((l) => l.kind)).toEqual(["inside", "inside"]);
    expect(byCode(labels).A).toMatchObject({ x: 200, y: 150 });
    expect(key).toBeUndefined();
    expectTrustworthy(regions, labels);
  });

  it("moves a name within its region when the middle is taken, never onto the neighbour", () => {
    // B is a thin strip across A's middle: A's name goes above or below it, still on A.
    const a = rect("A", 100, 50, 400, 350, 80);
    const b = rect("B", 100, 190, 400, 210, 200, 16);
    a.rings.push(b.rings[0]!); // B is a hole in A
    const regions = [a, b];
    const { labels } = placeLabels({ regions, size, badge: 20, keySize });
    expect(byCode(labels).A!.kind).toBe("inside");
    expectTrustworthy(regions, labels);
  });

  it("sets a name off land with a leader line when its region is too small", () => {
    const regions = [rect("big", 100, 100, 300, 300), rect("isle", 400, 190, 410, 200)];
    const { labels } = placeLabels({ regions, size, badge: 20, keySize });
    const isle = byCode(labels).isle!;
    expect(isle.kind).toBe("leader");
    expect(pointInRings(isle.anchor, regions[1]!.rings)).toBe(true);
    // Off land: no corner of the box on any region.
    for (const r of regions) expect(pointInRings({ x: isle.x, y: isle.y }, r.rings)).toBe(false);
    expectTrustworthy(regions, labels);
  });

  it("on a thorough placement, starts a leader from another point of its region where its label point is out of a leader's reach of the sea", () => {
    // A long narrow region between two others, open to the sea only at its east end, 100 px from its label point
    // (Västernorrland on a small slide): too narrow for its name, too far for a leader from its middle.
    const regions = [rect("north", 0, 0, 200, 130), rect("strip", 0, 130, 200, 150, 400), rect("south", 0, 150, 200, 400)];
    const { labels } = placeLabels({ regions, size, badge: 20, keySize, thorough: true });
    const strip = byCode(labels).strip!;
    expect(strip.kind).toBe("leader");
    // Not from its label point (the strip's middle, x = 100): from a point of the strip nearer its open end.
    expect(strip.anchor.x).toBeGreaterThan(100);
    expect(strip.anchor.y).toBeGreaterThan(130);
    expect(strip.anchor.y).toBeLessThan(150);
    // Off land, as the placement samples a box (its outermost points at 48 % of its width from its centre).
    expect(strip.x - 0.48 * strip.width).toBeGreaterThanOrEqual(200);
    expectTrustworthy(regions, labels);
  });

  it("numbers a region with no room inside and none off land nearby, and keeps room for the key", () => {
    // A small region enclosed by a big one: no sea within reach of a leader.
    const outer = rect("outer", 20, 20, 580, 380, 60);
    const inner = rect("inner", 290, 190, 300, 200);
    outer.rings.push(inner.rings[0]!);
    const regions = [outer, inner];
    const { labels, key } = placeLabels({ regions, size, badge: 20, keySize });
    expect(byCode(labels).inner).toMatchObject({ kind: "number", number: 1 });
    expect(key).toBeDefined();
    for (const l of labels) expect(overlaps(box(l), key!)).toBe(false);
    expectTrustworthy(regions, labels);
  });

  it("puts the key below a reserved box in its corner (the simplified map's note), never under it", () => {
    const outer = rect("outer", 20, 20, 580, 380, 60);
    const inner = rect("inner", 290, 190, 300, 200);
    outer.rings.push(inner.rings[0]!);
    const regions = [outer, inner];
    const note: Rect = { left: 400, top: 8, right: 592, bottom: 28 };
    const { labels, key } = placeLabels({ regions, size, badge: 20, keySize, reserved: [note] });
    expect(byCode(labels).inner!.kind).toBe("number");
    expect(key).toBeDefined();
    expect(overlaps(key!, note)).toBe(false);
    expect(key!.top).toBeGreaterThanOrEqual(note.bottom);
    // Still in the corner: against the right edge, just below the note.
    expect(key!.right).toBe(size.width - 8);
    expect(key!.top).toBeLessThan(note.bottom + 10);
    for (const l of labels) expect(overlaps(box(l), key!)).toBe(false);
  });

  it("names no region by half a number: a sliver at the view's edge is left unnamed", () => {
    // A neighbour of a zoomed view: 6 px of it show along the top edge, under a badge of 20 px, with land all
    // around it (no room off land for its name).
    const sliver = rect("edge", 200, -300, 260, 6);
    const inView = rect("A", 0, 6, 600, 400);
    const { labels } = placeLabels({ regions: [sliver, inView], size, badge: 20, keySize });
    const edge = byCode(labels).edge!;
    expect(edge.visible).toBe(false);
    expect(byCode(labels).A!.kind).toBe("inside");
    // Where its name or a whole badge fits by the part in view, it is named, inside the view.
    const corner = rect("corner", 200, -300, 260, 30, 200);
    const land = rect("A", 0, 30, 600, 400);
    const placed = byCode(placeLabels({ regions: [corner, land], size, badge: 20, keySize }).labels).corner!;
    expect(placed.visible).toBe(true);
    expect(box(placed).top).toBeGreaterThanOrEqual(0);
  });

  it("finds the key's place below each box in turn", () => {
    const note: Rect = { left: 500, top: 0, right: 600, bottom: 20 };
    const below: Rect = { left: 550, top: 22, right: 600, bottom: 60 };
    const key = keyBox(size, { width: 80, height: 42 }, [below, note]);
    expect([note, below].some((r) => overlaps(r, key))).toBe(false);
    expect(key.top).toBe(64);
  });

  it("sets a two-word name on two lines when one line does not fit", () => {
    const narrow = { ...rect("VG", 200, 100, 240, 220, 100, 16), wrapped: { width: 38, height: 32 } };
    const { labels } = placeLabels({ regions: [narrow], size, badge: 20, keySize });
    expect(labels[0]).toMatchObject({ kind: "inside", wrapped: true, width: 38, height: 32 });
  });

  it("keeps out of reserved boxes (the legend) and the view's edges", () => {
    const regions = [rect("A", 0, 0, 300, 300, 80)];
    const legend: Rect = { left: 0, top: 0, right: 200, bottom: 200 };
    const { labels } = placeLabels({ regions, size, badge: 20, keySize, reserved: [legend] });
    const a = labels[0]!;
    expect(a.kind).toBe("inside");
    expect(overlaps(box(a), legend)).toBe(false);
    expect(box(a).left).toBeGreaterThanOrEqual(0);
  });

  it("hides a region outside the view, and answers in the order asked", () => {
    const regions = [rect("far", 900, 900, 1000, 1000), rect("A", 100, 100, 300, 200)];
    const { labels } = placeLabels({ regions, size, badge: 20, keySize });
    expect(labels.map((l) => [l.code, l.visible])).toEqual([
      ["far", false],
      ["A", true],
    ]);
  });

  it("holds its promises on a crowded random map (property)", () => {
    // A grid of small regions of random sizes: every label is trustworthy, whatever its kind.
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let run = 0; run < 20; run++) {
      const regions: LabelRegion[] = [];
      for (let i = 0; i < 4; i++) {
        for (let j = 0; j < 4; j++) {
          const w = 20 + random() * 60;
          const h = 20 + random() * 40;
          regions.push(rect(`r${i}${j}`, 100 + i * 90, 60 + j * 70, 100 + i * 90 + w, 60 + j * 70 + h, 40 + random() * 50, 14));
        }
      }
      const { labels } = placeLabels({ regions, size, badge: 18, keySize });
      expect(labels.every((l) => l.visible)).toBe(true);
      expectTrustworthy(regions, labels);
    }
  });
});

describe("point in indexed rings (boxes and bands)", () => {
  // Stockholm's county as the map projects it: hundreds of islands, the case the boxes are for.
  const counties = JSON.parse(readFileSync("public/geo/counties.geojson", "utf8")) as {
    features: { properties: { code: string }; geometry: Parameters<typeof projectRings>[0] }[];
  };
  const stockholm = counties.features.find((f) => f.properties.code === "SE-AB")!;
  const rings = projectRings(stockholm.geometry, ([lng, lat]) => ({ x: (lng - 17) * 400, y: (60.5 - lat) * 800 }));
  const indexed = indexRings(rings);

  it("answers as the plain even-odd rule does, for points all over the county's box", () => {
    const all = boundsOf(rings);
    expect(rings.length).toBeGreaterThan(20);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (fx, fy) => {
        const p = { x: all.left + fx * (all.right - all.left), y: all.top + fy * (all.bottom - all.top) };
        expect(pointInIndexedRings(p, indexed)).toBe(pointInRings(p, rings));
      }),
      { numRuns: 2000 },
    );
    // And on the rings' own vertices, on the edges of boxes and bands.
    for (const ring of rings) for (const p of ring.slice(0, 5)) expect(pointInIndexedRings(p, indexed)).toBe(pointInRings(p, rings));
  });
});
