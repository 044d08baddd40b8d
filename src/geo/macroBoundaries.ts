import type { Feature, FeatureCollection, MultiLineString, Position } from "geojson";
import type { CountyCollection, CountyFeature } from "./counties";
import { MACRO_GROUPINGS, MACRO_REGIONS, type MacroGroupingId } from "./macroRegions";

export type MacroBoundaryProps = { grouping: MacroGroupingId };
export type MacroBoundaries = FeatureCollection<MultiLineString, MacroBoundaryProps>;

function rings(feature: CountyFeature): number[][][] {
  return feature.geometry.type === "Polygon" ? feature.geometry.coordinates : feature.geometry.coordinates.flat();
}

/** Coordinates have ≤ 5 decimals: an exact integer key per vertex, cheaper than strings. */
const pointKey = (p: readonly number[]) => Math.round(p[0]! * 1e5) * 1e8 + Math.round(p[1]! * 1e5);

/** For every ring edge of every county, the index of the other county on that edge (-1: none, e.g. the coast). */
function edgeNeighbours(counties: CountyCollection): number[][][] {
  const vertexId = new Map<number, number>();
  const idOf = (p: readonly number[]) => {
    const key = pointKey(p);
    let id = vertexId.get(key);
    if (id === undefined) vertexId.set(key, (id = vertexId.size));
    return id;
  };
  const ringIds = counties.features.map((f) => rings(f).map((ring) => ring.map(idOf)));
  const edgeKey = (a: number, b: number) => (a < b ? a * 1e7 + b : b * 1e7 + a);
  const owners = new Map<number, number[]>();
  ringIds.forEach((featureRings, owner) => {
    for (const ids of featureRings)
      for (let i = 1; i < ids.length; i++) {
        const key = edgeKey(ids[i - 1]!, ids[i]!);
        const list = owners.get(key);
        if (!list) owners.set(key, [owner]);
        else if (!list.includes(owner)) list.push(owner);
      }
  });
  return ringIds.map((featureRings, owner) =>
    featureRings.map((ids) => ids.slice(1).map((id, i) => owners.get(edgeKey(ids[i]!, id))!.find((o) => o !== owner) ?? -1)),
  );
}

/**
 * The borders between groups of a grouping (NUTS 2, landsdelar), as lines:
 * the county edges whose two sides lie in different groups. The committed
 * counties keep their topology (shared borders are identical vertices, as
 * neighbours.ts relies on), so a shared edge is the same vertex pair in both
 * counties. This takes a few ms, where turf's union of the groups took ~1 s;
 * the coast needs no line, the sea shows it. One feature per grouping;
 * consecutive edges along a ring are chained into one line so joins are smooth.
 */
export function computeMacroBoundaries(counties: CountyCollection): MacroBoundaries {
  const others = edgeNeighbours(counties);
  const codes = counties.features.map((f) => f.properties.code);
  const features: Feature<MultiLineString, MacroBoundaryProps>[] = MACRO_GROUPINGS.map((grouping) => {
    const groupOf = new Map(MACRO_REGIONS[grouping].flatMap((g) => g.regions.map((code) => [code, g.id] as const)));
    const lines: Position[][] = [];
    counties.features.forEach((feature, index) => {
      const code = codes[index]!;
      rings(feature).forEach((ring, r) => {
        const other = others[index]![r]!;
        let line: Position[] | null = null;
        for (let i = 1; i < ring.length; i++) {
          const otherCode = codes[other[i - 1]!];
          // Each shared edge once: from the county with the smaller code.
          if (otherCode === undefined || code > otherCode || groupOf.get(code) === groupOf.get(otherCode)) {
            line = null;
            continue;
          }
          if (!line) {
            line = [ring[i - 1]!];
            lines.push(line);
          }
          line.push(ring[i]!);
        }
      });
    });
    return { type: "Feature", properties: { grouping }, geometry: { type: "MultiLineString", coordinates: lines } };
  });
  return { type: "FeatureCollection", features };
}

const computed = new WeakMap<CountyCollection, MacroBoundaries>();

/** computeMacroBoundaries, once per loaded geometry: switching groupings back and forth costs nothing. */
export function macroBoundariesOf(counties: CountyCollection): MacroBoundaries {
  let boundaries = computed.get(counties);
  if (!boundaries) computed.set(counties, (boundaries = computeMacroBoundaries(counties)));
  return boundaries;
}
