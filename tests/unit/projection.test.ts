import { describe, expect, it } from "vitest";
import { REGION_MAX_ZOOM } from "../../src/domain/camera";
import { SWEDEN_BOUNDS } from "../../src/geo/projection";
import { WORLD, fitViewBox, geometryBounds, geometryPath, mercator, toScreen } from "../../src/geo/projection";
import { realCounties } from "./fixtures";

const size = { width: 1000, height: 800 };
const padding = { top: 16, right: 16, bottom: 16, left: 320 };

describe("mercator", () => {
  it("maps the origin to the world's centre and the antimeridian to its edge", () => {
    expect(mercator(0, 0)).toEqual([WORLD / 2, WORLD / 2]);
    expect(mercator(180, 0)[0]).toBeCloseTo(WORLD, 6);
    expect(mercator(-180, 0)[0]).toBeCloseTo(0, 6);
  });

  it("is symmetric about the equator and grows southward, as on screen", () => {
    const [, north] = mercator(15, 60);
    const [, south] = mercator(15, -60);
    expect(north + south).toBeCloseTo(WORLD, 6);
    expect(mercator(15, 55)[1]).toBeGreaterThan(mercator(15, 69)[1]);
  });
});

describe("fitViewBox (MapLibre's fitBounds)", () => {
  it("puts Sweden's box inside the padded room, touching it on the tighter axis, centred on the other", () => {
    const view = fitViewBox(SWEDEN_BOUNDS, size, padding);
    const [west, south, east, north] = SWEDEN_BOUNDS;
    const nw = toScreen([west, north], view, size);
    const se = toScreen([east, south], view, size);
    // Sweden is tall: the height fills exactly between the paddings …
    expect(nw.y).toBeCloseTo(padding.top, 6);
    expect(se.y).toBeCloseTo(size.height - padding.bottom, 6);
    // … and the width is centred in the room right of the legend.
    expect(nw.x).toBeGreaterThanOrEqual(padding.left);
    expect(se.x).toBeLessThanOrEqual(size.width - padding.right);
    expect((nw.x + se.x) / 2).toBeCloseTo(padding.left + (size.width - padding.left - padding.right) / 2, 6);
  });

  it("keeps the element's aspect ratio (uniform scale, no stretching)", () => {
    const view = fitViewBox(SWEDEN_BOUNDS, size, padding);
    expect(view.width / view.height).toBeCloseTo(size.width / size.height, 9);
  });

  it("caps the zoom as MapLibre's maxZoom does: 512·2^z px per world", () => {
    const tiny: [number, number, number, number] = [18.0, 59.3, 18.1, 59.35];
    const view = fitViewBox(tiny, size, padding, REGION_MAX_ZOOM);
    const pxPerWorld = (size.width / view.width) * WORLD;
    expect(pxPerWorld).toBeCloseTo(512 * 2 ** REGION_MAX_ZOOM, 6);
    // Without the cap the box would fill the room.
    const uncapped = fitViewBox(tiny, size, padding);
    expect(uncapped.width).toBeLessThan(view.width);
  });

  it("survives a container with no room left (no NaN, no division by zero)", () => {
    const view = fitViewBox(SWEDEN_BOUNDS, { width: 100, height: 50 }, { top: 40, right: 40, bottom: 40, left: 80 });
    expect(Object.values(view).every(Number.isFinite)).toBe(true);
  });
});

describe("geometryPath and geometryBounds", () => {
  const square = [
    [10, 60],
    [12, 60],
    [12, 62],
    [10, 62],
    [10, 60],
  ];
  const hole = [
    [10.5, 60.5],
    [11, 60.5],
    [11, 61],
    [10.5, 60.5],
  ];

  it("writes one closed subpath per ring, holes included", () => {
    const d = geometryPath({ type: "Polygon", coordinates: [square, hole] });
    expect(d.match(/M/g)).toHaveLength(2);
    expect(d.match(/Z/g)).toHaveLength(2);
    const [x, y] = mercator(10, 60).map((n) => Math.round(n * 10) / 10);
    expect(d.startsWith(`M${x},${y}L`)).toBe(true);
  });

  it("draws every part of a multipolygon", () => {
    const d = geometryPath({ type: "MultiPolygon", coordinates: [[square], [hole]] });
    expect(d.match(/M/g)).toHaveLength(2);
  });

  it("bounds a multipolygon", () => {
    expect(geometryBounds({ type: "MultiPolygon", coordinates: [[square], [hole]] })).toEqual([10, 60, 12, 62]);
  });

  it("draws all 21 real counties inside Sweden's bounds", () => {
    const counties = realCounties();
    expect(counties.features).toHaveLength(21);
    const [w, s, e, n] = SWEDEN_BOUNDS;
    for (const feature of counties.features) {
      expect(geometryPath(feature.geometry).length, feature.properties.code).toBeGreaterThan(100);
      const [west, south, east, north] = geometryBounds(feature.geometry);
      expect(west >= w && south >= s && east <= e && north <= n, feature.properties.code).toBe(true);
    }
  });
});
