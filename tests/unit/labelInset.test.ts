import { describe, expect, it } from "vitest";
import {
  INSET_FACTORS,
  INSET_SOUTH_OF,
  detailsToTry,
  insetArea,
  insetBox,
  placeWithInset,
  placeWithInsetSteps,
} from "../../src/domain/labelInset";
import type { LabelRegion } from "../../src/domain/labelTypes";
import { overlaps, type Point } from "../../src/domain/screenGeometry";
import { runStepsInSlices } from "../../src/domain/steps";

/** A square region of `side` px at (x, y), as the placement sees it. */
function square(code: string, x: number, y: number, side: number, label = 60): LabelRegion {
  return {
    code,
    width: label,
    height: 16,
    anchor: { x: x + side / 2, y: y + side / 2 },
    area: side * side,
    rings: [
      [
        { x, y },
        { x: x + side, y },
        { x: x + side, y: y + side },
        { x, y: y + side },
        { x, y },
      ],
    ],
  };
}

/** Two tiny southern regions side by side, too small for their names on the map, and a large northern one. */
function southAndNorth() {
  const onMap = (lngLat: [number, number]) => ({ x: (lngLat[0] - 10) * 20, y: (70 - lngLat[1]) * 20 });
  const areas = [
    { code: "N", lngLat: [15, 66] as const, bounds: [10, 62, 20, 70] as [number, number, number, number] },
    { code: "S1", lngLat: [13, 57] as const, bounds: [12.5, 56.5, 13.5, 57.5] as [number, number, number, number] },
    { code: "S2", lngLat: [14, 57] as const, bounds: [13.5, 56.5, 14.5, 57.5] as [number, number, number, number] },
  ];
  const regionsFor = (project: (lngLat: [number, number]) => Point, only?: readonly string[]) =>
    areas
      .filter((a) => !only || only.includes(a.code))
      .map((a) => {
        const [w, s, e, n] = a.bounds;
        const nw = project([w, n]);
        const se = project([e, s]);
        const region = square(a.code, nw.x, nw.y, se.x - nw.x);
        return { ...region, anchor: project([a.lngLat[0], a.lngLat[1]]) };
      });
  const regions = regionsFor(onMap);
  const size = { width: 900, height: 300 };
  return { regions, size, badge: 20, areas, project: onMap, regionsFor };
}

describe("the inset of the dense south", () => {
  it("names the regions whose label point lies south of its latitude, and shows a box beyond their union", () => {
    const regions = [
      { code: "N", lngLat: [17, 66] as const, bounds: [12, 63, 24, 69] as [number, number, number, number], rings: [] },
      { code: "S1", lngLat: [13.5, 55.8] as const, bounds: [12.5, 55.3, 14.5, 56.5] as [number, number, number, number], rings: [] },
      { code: "S2", lngLat: [17, 59.5] as const, bounds: [16, 58.5, 19, 60.3] as [number, number, number, number], rings: [] },
    ];
    const area = insetArea(regions)!;
    expect(area.codes).toEqual(["S1", "S2"]);
    expect(INSET_SOUTH_OF).toBeGreaterThan(59.5);
    const [w, s, e, n] = area.bounds;
    expect(w).toBeLessThan(12.5);
    expect(s).toBeLessThan(55.3);
    expect(e).toBeGreaterThan(19);
    expect(n).toBeGreaterThan(60.3);
  });

  it("as a detail, names only the regions listed (those the map alone numbers), and shows a box beyond their union", () => {
    const regions = [
      { code: "N", lngLat: [17, 66] as const, bounds: [12, 63, 24, 69] as [number, number, number, number] },
      { code: "S1", lngLat: [13.5, 55.8] as const, bounds: [12.5, 55.3, 14.5, 56.5] as [number, number, number, number] },
      { code: "S2", lngLat: [17, 59.5] as const, bounds: [16, 58.5, 19, 60.3] as [number, number, number, number] },
    ];
    const area = insetArea(regions, "detail", ["S2"])!;
    expect(area.codes).toEqual(["S2"]);
    const [w, s, e, n] = area.bounds;
    expect([w < 16, s < 58.5, e > 19, n > 60.3]).toEqual([true, true, true, true]);
    // Well short of the whole south's box: S1 is not in it.
    expect(w).toBeGreaterThan(14.5);
    expect(insetArea(regions, "detail", [])).toBeUndefined();
  });

  it("tries a detail of the regions the map alone numbers, then of all it shows whole, then of all of them but one", () => {
    const box = (w: number, s: number, e: number, n: number): [number, number, number, number] => [w, s, e, n];
    const regions = [
      { code: "N", lngLat: [17, 66] as const, bounds: box(12, 63, 24, 69) },
      { code: "A", lngLat: [13, 58] as const, bounds: box(12.5, 57.5, 14, 59) },
      { code: "B", lngLat: [16, 57] as const, bounds: box(15, 56, 17, 58) },
      // Its label point lies in A's and B's box: a detail of A and B draws it whole.
      { code: "C", lngLat: [14.8, 57.8] as const, bounds: box(14, 57.3, 15.5, 58.4) },
    ];
    const tried = detailsToTry(regions, ["A", "B"]);
    expect(tried.map((t) => t.codes)).toEqual([["A", "B"], ["A", "B", "C"], ["B"], ["A"]]);
    // The numbered and the shown in every room; each of the all-but-one in the first only (each try is a placement).
    expect(tried.map((t) => t.rooms.length)).toEqual([2, 2, 1, 1]);
    expect(tried[2]!.rooms[0]).toEqual(tried[0]!.rooms[0]);
    // Nothing numbered, no detail; one numbered, no all-but-one; nothing more shown, no second try of the same.
    expect(detailsToTry(regions, [])).toEqual([]);
    expect(detailsToTry(regions, ["N"]).map((t) => t.codes)).toEqual([["N"]]);
    // Five numbered: too many for an all-but-one each.
    const many = ["A", "B", "C", "D", "E"].map((code, i) => ({
      code,
      lngLat: [12 + i, 57] as const,
      bounds: box(11.5 + i, 56.5, 12.5 + i, 57.5),
    }));
    expect(detailsToTry(many, ["A", "B", "C", "D", "E"]).map((t) => t.codes)).toEqual([["A", "B", "C", "D", "E"]]);
  });

  it("takes the largest scale whose box finds room clear of land, the legend and the frame", () => {
    const size = { width: 1000, height: 480 };
    const frame = { left: 100, top: 300, right: 200, bottom: 450 };
    const land: Point[][] = square("L", 80, 20, 160).rings;
    const legend = { left: 0, top: 0, right: 60, bottom: 300 };
    const spot = insetBox(size, frame, land, [legend])!;
    expect(INSET_FACTORS).toContain(spot.factor);
    // 3 × 150 px of frame, the caption and the margins do not fit 480 px; 2.5 × does.
    expect(spot.factor).toBe(2.5);
    for (const blocked of [frame, legend, { left: 80, top: 20, right: 240, bottom: 180 }]) expect(overlaps(spot.box, blocked)).toBe(false);
    expect(spot.box.right).toBeLessThanOrEqual(size.width);
    expect(spot.box.bottom).toBeLessThanOrEqual(size.height);
  });

  it("finds no room on a view too small, and the map then names as before", () => {
    const frame = { left: 10, top: 10, right: 190, bottom: 190 };
    expect(insetBox({ width: 200, height: 200 }, frame, [], [])).toBeUndefined();
  });

  it("places the north on the map and the south in the inset, each by name, on its own region", () => {
    const placement = placeWithInset(southAndNorth());
    expect(placement.inset?.codes).toEqual(["S1", "S2"]);
    const byCode = new Map(placement.labels.map((l) => [l.code, l]));
    expect(byCode.get("N")!.inset).toBeUndefined();
    for (const code of ["S1", "S2"]) {
      const label = byCode.get(code)!;
      expect(label.inset).toBe(true);
      expect(label.kind).not.toBe("number");
      // Inside the inset's map box.
      const box = placement.inset!.mapBox;
      expect(label.anchor.x).toBeGreaterThanOrEqual(box.left);
      expect(label.anchor.x).toBeLessThanOrEqual(box.right);
    }
  });

  it("is the same placement made across tasks, giving way between its parts", async () => {
    let givenWay = 0;
    const inSlices = await runStepsInSlices(placeWithInsetSteps(southAndNorth()), {
      sliceMs: 0,
      giveWay: async () => void givenWay++,
    });
    expect(inSlices).toEqual(placeWithInset(southAndNorth()));
    // The map's names, the inset's, each a placement of its own (at least).
    expect(givenWay).toBeGreaterThanOrEqual(2);
  });
});
