import type { CountyCollection, CountyFeature } from "./counties";
import { computeAdjacency, type Adjacency } from "./neighbours";

/**
 * A county without a land border (Gotland) gets "across the sea" neighbours:
 * the counties whose boundary comes within this distance of its own. 100 km
 * is a round figure that reaches the mainland coast facing Gotland; with the
 * committed geometry it gives Kalmar (≈59 km), Stockholm (≈78 km),
 * Östergötland (≈97 km) and Sörmland (≈97 km). Shown in the UI with the number.
 */
export const SEA_NEIGHBOUR_KM = 100;

/** Land neighbours (shared boundary) and sea neighbours (within SEA_NEIGHBOUR_KM), both symmetric. */
export type NeighbourTable = { land: Adjacency; sea: Adjacency };

const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

function rings(feature: CountyFeature): number[][][] {
  return feature.geometry.type === "Polygon" ? feature.geometry.coordinates : feature.geometry.coordinates.flat();
}

/**
 * Distance in km from a point to a segment, on a plane tangent at the point
 * (x scaled by cos latitude). Over ≤ 150 km this differs from turf's
 * great-circle pointToLineDistance by well under 1 km (tested), at a
 * hundredth of the cost, so the table is cheap enough to build at start-up.
 */
function pointSegmentKm(p: number[], a: number[], b: number[]): number {
  const k = Math.cos(p[1]! * RAD) * RAD * EARTH_RADIUS_KM;
  const ky = RAD * EARTH_RADIUS_KM;
  const ax = (a[0]! - p[0]!) * k;
  const ay = (a[1]! - p[1]!) * ky;
  const bx = (b[0]! - p[0]!) * k;
  const by = (b[1]! - p[1]!) * ky;
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
  return Math.hypot(ax + t * dx, ay + t * dy);
}

function ringBox(ring: number[][]): [number, number, number, number] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of ring) {
    w = Math.min(w, x!);
    s = Math.min(s, y!);
    e = Math.max(e, x!);
    n = Math.max(n, y!);
  }
  return [w, s, e, n];
}

function bboxOf(feature: CountyFeature): [number, number, number, number] {
  const boxes = rings(feature).map(ringBox);
  return [
    Math.min(...boxes.map((b) => b[0])),
    Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])),
    Math.max(...boxes.map((b) => b[3])),
  ];
}

/**
 * Shortest distance in km between two counties' boundaries (vertex to
 * segment, both ways). With `stopBelow`, the table's question "within
 * reach?": it returns as soon as a distance at or under it is found, and skips
 * rings whose box is out of reach (the answer is then only known to be larger).
 */
export function boundaryDistanceKm(a: CountyFeature, b: CountyFeature, stopBelow = -1): number {
  let best = Infinity;
  const oneWay = (from: CountyFeature, to: CountyFeature) => {
    const toRings = rings(to).map((ring) => ({ ring, box: ringBox(ring) }));
    const marginLat = stopBelow / 111;
    for (const ring of rings(from)) {
      for (const p of ring) {
        const marginLon = marginLat / Math.cos(p[1]! * RAD);
        for (const { ring: other, box } of toRings) {
          if (
            stopBelow >= 0 &&
            (p[0]! < box[0] - marginLon || p[0]! > box[2] + marginLon || p[1]! < box[1] - marginLat || p[1]! > box[3] + marginLat)
          )
            continue;
          for (let i = 1; i < other.length; i++) {
            const d = pointSegmentKm(p, other[i - 1]!, other[i]!);
            if (d < best) {
              best = d;
              if (best <= stopBelow) return true;
            }
          }
        }
      }
    }
    return false;
  };
  if (oneWay(a, b)) return best;
  oneWay(b, a);
  return best;
}

/**
 * The neighbour table, computed once per load. Land neighbours come from
 * computeAdjacency (shared boundary vertices, proven equal to turf's
 * booleanIntersects in the tests). Only counties with no land neighbour get
 * sea neighbours, and the relation is made symmetric (Kalmar lists Gotland).
 */
export function computeNeighbourTable(counties: CountyCollection, seaKm = SEA_NEIGHBOUR_KM): NeighbourTable {
  const land = computeAdjacency(counties);
  const sea: Adjacency = Object.fromEntries(counties.features.map((f) => [f.properties.code, [] as string[]]));
  // A degree of latitude is ≈111 km; the bbox test skips counties that cannot be in reach.
  const marginLat = seaKm / 111;
  for (const island of counties.features) {
    const code = island.properties.code;
    if ((land[code] ?? []).length > 0) continue;
    const [w, s, e, n] = bboxOf(island);
    const marginLon = marginLat / Math.cos(((s + n) / 2) * RAD);
    for (const other of counties.features) {
      const otherCode = other.properties.code;
      if (otherCode === code) continue;
      const [ow, os, oe, on] = bboxOf(other);
      if (ow > e + marginLon || oe < w - marginLon || os > n + marginLat || on < s - marginLat) continue;
      if (boundaryDistanceKm(island, other, seaKm) <= seaKm) {
        if (!sea[code]!.includes(otherCode)) sea[code]!.push(otherCode);
        if (!sea[otherCode]!.includes(code)) sea[otherCode]!.push(code);
      }
    }
  }
  for (const list of Object.values(sea)) list.sort();
  return { land, sea };
}

/** Land and sea neighbours of one county, each list sorted by code. */
export function neighboursOf(table: NeighbourTable, code: string): { land: string[]; sea: string[] } {
  return { land: table.land[code] ?? [], sea: table.sea[code] ?? [] };
}
