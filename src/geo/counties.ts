import { z } from "../data/zod";

/**
 * The committed geometry (docs/DATA.md): one feature per county with properties
 * code, scb and name only. Validated at load like the dataset, so a broken
 * file gives a message rather than a blank map.
 */
type Position = number[];

const isPosition = (value: unknown): value is Position =>
  Array.isArray(value) && value.length >= 2 && value.every((n) => typeof n === "number" && Number.isFinite(n));

/**
 * A closed ring of at least 4 positions, checked in one plain loop: parsing
 * each of the ~10k positions as a zod array took 30–50 ms at every load, on
 * the main thread, before the map could start.
 */
const ring = z.custom<Position[]>(
  (value) => Array.isArray(value) && value.length >= 4 && value.every(isPosition),
  "must be a ring of at least 4 [longitude, latitude] positions",
);
const polygon = z.object({ type: z.literal("Polygon"), coordinates: z.array(ring).min(1) });
const multiPolygon = z.object({ type: z.literal("MultiPolygon"), coordinates: z.array(z.array(ring).min(1)).min(1) });
/** Chosen by `type`, so a broken polygon is reported as one, not as a failed MultiPolygon too. */
const geometry = z.discriminatedUnion("type", [polygon, multiPolygon]);

export const countyFeatureSchema = z.object({
  type: z.literal("Feature"),
  properties: z.object({ code: z.string(), scb: z.string(), name: z.string() }),
  geometry,
});

export const countyCollectionSchema = z.object({
  type: z.literal("FeatureCollection"),
  features: z.array(countyFeatureSchema),
});

const contextFeatureSchema = z.object({
  type: z.literal("Feature"),
  properties: z.object({ name: z.string() }).loose(),
  geometry,
});

export const contextCollectionSchema = z.object({
  type: z.literal("FeatureCollection"),
  features: z.array(contextFeatureSchema),
});

export type CountyFeature = z.infer<typeof countyFeatureSchema>;
export type CountyCollection = z.infer<typeof countyCollectionSchema>;
export type ContextCollection = z.infer<typeof contextCollectionSchema>;

export const COUNTIES_URL = `${import.meta.env.BASE_URL}geo/counties.geojson`;
export const CONTEXT_URL = `${import.meta.env.BASE_URL}geo/context.geojson`;

/** Dataset regions that have no feature in the geometry: listed with a warning, never a crash. */
export function regionsWithoutGeometry(regionCodes: readonly string[], counties: CountyCollection): string[] {
  const present = new Set(counties.features.map((f) => f.properties.code));
  return regionCodes.filter((code) => !present.has(code));
}
