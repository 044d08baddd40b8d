import { describe, expect, it } from "vitest";
import { computeLabelPoints } from "../../src/geo/labelPoints";
import { SWEDEN_BOUNDS, fitViewBox, toScreen } from "../../src/geo/projection";
import { SAME_VIEW_PX, layoutLabels, type LabelLayoutInput } from "../../src/map/measureLabel";
import { realCounties } from "./fixtures";

/**
 * A view placed a moment ago is not placed again (measureLabel.ts, recallPlacement): MapLibre, loading beneath the SVG
 * map, asks for the same view through a projection about 0.06 px off. Anything else that decides a placement places anew.
 */
const counties = realCounties();
const points = computeLabelPoints(counties);
const size = { width: 736, height: 520 };
const view = fitViewBox(SWEDEN_BOUNDS, size, { top: 16, right: 16, bottom: 16, left: 336 });

/** The view's layout input, its projection moved by `dx` px (the other renderer's rounding). */
const input = (dx: number, change: Partial<LabelLayoutInput> = {}): LabelLayoutInput => ({
  points,
  counties,
  project: (lngLat) => {
    const p = toScreen(lngLat, view, size);
    return { x: p.x + dx, y: p.y };
  },
  size,
  nameOf: (code) => code,
  isMarked: () => false,
  fontPx: 13,
  reserved: [{ left: 16, top: 16, right: 320, bottom: 390 }],
  ...change,
});

describe("layoutLabels recalls a view it has just placed", () => {
  it("through a projection that differs by less than SAME_VIEW_PX: the same placement, not placed again", () => {
    const first = layoutLabels(input(0));
    expect(first.labels.length).toBeGreaterThan(10);
    expect(layoutLabels(input(0.06))).toBe(first);
    expect(layoutLabels(input(-SAME_VIEW_PX / 2))).toBe(first);
    // MapLibre's box in whole px, the SVG map's in fractions: its points up to half a px away (0.3 px at 1440 × 900).
    expect(layoutLabels(input(0.06, { size: { width: 736, height: 519.6 } }))).toBe(first);
    expect(layoutLabels(input(0.3, { size: { width: 736, height: 519.6 } }))).toBe(first);
  });

  it("places anew when the view moved, or a name, a mark, the font, the box or the reserved boxes differ", () => {
    const first = layoutLabels(input(0));
    const changed = [
      input(1),
      input(0, { nameOf: (code) => (code === "SE-N" ? "Hallands län" : code) }),
      input(0, { isMarked: (code) => code === "SE-N" }),
      input(0, { fontPx: 20 }),
      input(0, { reserved: [] }),
      input(0, { size: { width: 738, height: 520 } }),
      input(0, { counties: realCounties() }),
    ];
    for (const other of changed) {
      const placement = layoutLabels(other);
      expect(placement).not.toBe(first);
      // And what it places is that input's: a fresh layout of it now comes back as itself.
      expect(layoutLabels(other)).toBe(placement);
    }
    // The one to place anew for a moved view is where the view moved to.
    const moved = layoutLabels(input(1)).labels.find((l) => l.code === "SE-BD")!;
    const before = first.labels.find((l) => l.code === "SE-BD")!;
    expect(moved.x - before.x).toBeCloseTo(1, 5);
  });
});
