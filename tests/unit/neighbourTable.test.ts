import { booleanIntersects, pointToLineDistance, polygonToLine, point } from "@turf/turf";
import type { Feature, LineString, MultiLineString } from "geojson";
import { describe, expect, it } from "vitest";
import { SEA_NEIGHBOUR_KM, boundaryDistanceKm, computeNeighbourTable } from "../../src/geo/neighbourTable";
import type { CountyFeature } from "../../src/geo/counties";
import { realCounties } from "./fixtures";

const counties = realCounties();
const byCode = new Map(counties.features.map((f) => [f.properties.code, f]));
const county = (code: string) => byCode.get(code)!;

const started = performance.now();
const table = computeNeighbourTable(counties);
const elapsed = performance.now() - started;

describe("neighbour table (land and sea)", () => {
  it("is cheap enough to build at start-up", () => {
    // Logged, not asserted: timing belongs to the benchmark, not to a test that may run on a busy machine.
    console.log(`computeNeighbourTable: ${elapsed.toFixed(1)} ms for ${counties.features.length} counties`);
    expect(Object.keys(table.land)).toHaveLength(21);
  });

  it("knows the land facts", () => {
    expect(table.land["SE-BD"]).toEqual(["SE-AC"]);
    expect(table.land["SE-M"]).toEqual(["SE-G", "SE-K", "SE-N"]);
    expect(table.land["SE-AB"]).not.toContain("SE-U");
    expect(table.land["SE-I"]).toEqual([]);
  });

  it("gives Gotland its neighbours across the sea, and only Gotland", () => {
    expect(table.sea["SE-I"]).toEqual(["SE-AB", "SE-D", "SE-E", "SE-H"]); // Stockholm, Sörmland, Östergötland, Kalmar
    for (const code of ["SE-AB", "SE-D", "SE-E", "SE-H"]) expect(table.sea[code]).toEqual(["SE-I"]);
    const withSea = Object.entries(table.sea)
      .filter(([, list]) => list.length > 0)
      .map(([code]) => code)
      .sort();
    expect(withSea).toEqual(["SE-AB", "SE-D", "SE-E", "SE-H", "SE-I"]);
  });

  it("is symmetric, and no county is its own neighbour", () => {
    for (const kind of ["land", "sea"] as const) {
      for (const [code, list] of Object.entries(table[kind])) {
        expect(list).not.toContain(code);
        for (const other of list) expect(table[kind][other]).toContain(code);
      }
    }
  });

  it("applies the stated distance: the next counties out stay out", () => {
    // Blekinge and Uppsala are the nearest counties beyond the threshold.
    expect(boundaryDistanceKm(county("SE-I"), county("SE-K"))).toBeGreaterThan(SEA_NEIGHBOUR_KM);
    expect(boundaryDistanceKm(county("SE-I"), county("SE-C"))).toBeGreaterThan(SEA_NEIGHBOUR_KM);
    // A smaller reach gives fewer neighbours: the rule really is the distance.
    expect(computeNeighbourTable(counties, 70).sea["SE-I"]).toEqual(["SE-H"]);
  });
});

function boundaryLines(feature: CountyFeature): Feature<LineString>[] {
  const lines = polygonToLine(feature as never) as
    Feature<LineString | MultiLineString> | { features: Feature<LineString | MultiLineString>[] };
  const list = "features" in lines ? lines.features : [lines];
  return list.flatMap((l) =>
    l.geometry.type === "LineString"
      ? [l as Feature<LineString>]
      : l.geometry.coordinates.map((c) => ({
          type: "Feature" as const,
          properties: {},
          geometry: { type: "LineString" as const, coordinates: c },
        })),
  );
}

describe("cross-checks against turf", () => {
  it("the shared-vertex land table equals turf booleanIntersects for every pair", () => {
    const codes = [...byCode.keys()].sort();
    const disagreements: string[] = [];
    for (let i = 0; i < codes.length; i++) {
      for (let j = i + 1; j < codes.length; j++) {
        const [a, b] = [codes[i]!, codes[j]!];
        const turfSays = booleanIntersects(county(a) as never, county(b) as never);
        const tableSays = table.land[a]!.includes(b);
        if (turfSays !== tableSays) disagreements.push(`${a}|${b}: turf ${turfSays}, table ${tableSays}`);
      }
    }
    expect(disagreements).toEqual([]);
  });

  it("the boundary distance agrees with turf pointToLineDistance within 1 km", () => {
    const gotland = county("SE-I");
    for (const code of ["SE-H", "SE-AB", "SE-E", "SE-D", "SE-K"]) {
      const lines = boundaryLines(county(code));
      let turfBest = Infinity;
      const ring = gotland.geometry.type === "Polygon" ? gotland.geometry.coordinates : gotland.geometry.coordinates.flat();
      for (const r of ring) {
        for (const p of r) {
          for (const line of lines) turfBest = Math.min(turfBest, pointToLineDistance(point(p), line, { units: "kilometers" }));
        }
      }
      // One-way from Gotland's vertices is an upper bound on the two-way minimum.
      const ours = boundaryDistanceKm(gotland, county(code));
      expect(ours).toBeLessThanOrEqual(turfBest + 1);
      expect(turfBest - ours).toBeLessThan(5);
    }
  });
});
