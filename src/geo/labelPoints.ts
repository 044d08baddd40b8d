import polylabel from "polylabel";
import area from "@turf/area";
import { z } from "../data/zod";
import type { CountyCollection } from "./counties";

export type LabelPoint = { code: string; lngLat: [number, number]; area: number };

/**
 * Where each county's name goes: the pole of inaccessibility (polylabel) of
 * its largest part, so the label sits well inside the county, never in the
 * sea of a bay.
 */
export function computeLabelPoints(counties: CountyCollection): LabelPoint[] {
  return counties.features.map((feature) => {
    const parts = feature.geometry.type === "Polygon" ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    const sized = parts.map((rings) => ({ rings, area: area({ type: "Polygon", coordinates: rings }) }));
    const largest = sized.reduce((a, b) => (b.area > a.area ? b : a));
    const [lng, lat] = polylabel(largest.rings, 0.01);
    return { code: feature.properties.code, lngLat: [lng, lat], area: sized.reduce((sum, p) => sum + p.area, 0) };
  });
}

/**
 * The label points, precomputed by `npm run geo` (scripts/build-neighbours.mjs)
 * into public/geo/labels.json: computing them took 50–65 ms of the main
 * thread at every load (cold polylabel and turf), before the map could start.
 * A unit test proves the committed file equals computeLabelPoints(counties)
 * as serialised; the app computes them itself when the file is missing,
 * invalid or not for the counties it loaded.
 */
export const LABELS_URL = `${import.meta.env.BASE_URL}geo/labels.json`;

export const labelFileSchema = z.array(z.object({ code: z.string(), lngLat: z.tuple([z.number(), z.number()]), area: z.number() }));

export type LabelFile = z.infer<typeof labelFileSchema>;

const round = (value: number, decimals: number) => Number(value.toFixed(decimals));

/** The file's exact text: one county per line in the counties' order, 5 decimals (~1 m), areas in whole m². */
export function serializeLabelPoints(points: readonly LabelPoint[]): string {
  const lines = points.map(({ code, lngLat: [lng, lat], area: m2 }) =>
    JSON.stringify({ code, lngLat: [round(lng, 5), round(lat, 5)], area: Math.round(m2) }),
  );
  return `[\n${lines.join(",\n")}\n]\n`;
}

/** The precomputed points when they are for exactly these counties, in their order; otherwise computed now. */
export function resolveLabelPoints(
  counties: CountyCollection,
  file: LabelFile | undefined,
): { points: LabelPoint[]; source: "file" | "computed" } {
  const fits =
    file !== undefined &&
    file.length === counties.features.length &&
    file.every((point, i) => point.code === counties.features[i]?.properties.code);
  return fits ? { points: file, source: "file" } : { points: computeLabelPoints(counties), source: "computed" };
}
