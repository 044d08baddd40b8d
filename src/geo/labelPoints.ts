import polylabel from "polylabel";
import { area, polygon as turfPolygon } from "@turf/turf";
import type { CountyCollection } from "./counties";

export type LabelPoint = { code: string; lngLat: [number, number]; area: number };

/**
 * Where each county's name goes: the pole of inaccessibility (polylabel) of
 * its largest part, so the label sits well inside the county, never in the
 * sea of a bay. Computed once per load.
 */
export function computeLabelPoints(counties: CountyCollection): LabelPoint[] {
  return counties.features.map((feature) => {
    const parts = feature.geometry.type === "Polygon" ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    const sized = parts.map((rings) => ({ rings, area: area(turfPolygon(rings)) }));
    const largest = sized.reduce((a, b) => (b.area > a.area ? b : a));
    const [lng, lat] = polylabel(largest.rings, 0.01);
    return { code: feature.properties.code, lngLat: [lng, lat], area: sized.reduce((sum, p) => sum + p.area, 0) };
  });
}
