import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect, test } from "./fixtures";
import { waitForMap, waitForMapAtRest } from "./helpers";

/**
 * A comparison is framed on all its regions together, never on the region it was started from (issue 23): with
 * region=SE-AB (Stockholm) and Skåne far to the south in the comparison, every compared county's whole extent is in
 * view at the projector's sizes. The counties' extents are read from the committed geometry, not from the app.
 */
type Feature = { properties: { code: string }; geometry: { type: string; coordinates: unknown } };
const counties = JSON.parse(readFileSync(resolve(process.cwd(), "public/geo/counties.geojson"), "utf8")) as { features: Feature[] };
const COMPARED = ["SE-AB", "SE-O", "SE-M"];

function extentOf(code: string): [number, number, number, number] {
  const feature = counties.features.find((f) => f.properties.code === code)!;
  const points = (JSON.stringify(feature.geometry.coordinates).match(/-?\d+(\.\d+)?,-?\d+(\.\d+)?/gu) ?? []).map((p) =>
    p.split(",").map(Number),
  );
  const xs = points.map((p) => p[0]!);
  const ys = points.map((p) => p[1]!);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

for (const size of [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
]) {
  test(`a comparison of Stockholm, Västra Götaland and Skåne started from Stockholm shows all three at ${size.width}×${size.height}`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await page.goto(`/?region=SE-AB&compare=${COMPARED.join(",")}`);
    await waitForMap(page);
    const [west, south, east, north] = (await waitForMapAtRest(page)).split(",").map(Number) as [number, number, number, number];
    for (const code of COMPARED) {
      const [w, s, e, n] = extentOf(code);
      expect({ code, inView: w >= west && s >= south && e <= east && n <= north }).toEqual({ code, inView: true });
    }
    // Framed on them, not on Sweden: the north of the country is out of view.
    expect(north).toBeLessThan(66);
  });
}
