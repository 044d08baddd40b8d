import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { committedDataset } from "./data";
import { classify } from "../../src/domain/classify";
import { BIVARIATE_COLORS } from "../../src/domain/palettes";
import { MACRO_LINE_COLOR } from "../../src/map/macroLayer";
import {
  collectErrors,
  colorDistance,
  hexToRgb,
  mapCanvasShot,
  placeOnMap,
  samplePng,
  viewBoundsOf,
  waitForMap,
  waitForMapAtRest,
  type Rgb,
} from "./helpers";

const root = (path: string) => resolve(process.cwd(), path);
const data = committedDataset();
const nameOf = (code: string) => data.regions.find((r) => r.code === code)!.name;

const A = "macro-regional-perspectives";
const B = "spatial-planning";

type Geometry = { type: "Polygon"; coordinates: number[][][] } | { type: "MultiPolygon"; coordinates: number[][][][] };
const counties: { properties: { code: string }; geometry: Geometry }[] = JSON.parse(
  readFileSync(root("public/geo/counties.geojson"), "utf8"),
).features;

/** The middle one of the vertices two counties share: a point on their common border. */
function borderPoint(a: string, b: string): [number, number] {
  const vertices = (code: string) => {
    const g = counties.find((f) => f.properties.code === code)!.geometry;
    return (g.type === "Polygon" ? g.coordinates : g.coordinates.flat()).flat();
  };
  const inB = new Set(vertices(b).map((p) => `${p[0]},${p[1]}`));
  const shared = vertices(a).filter((p) => inB.has(`${p[0]},${p[1]}`));
  expect(shared.length, `${a}/${b} share a border`).toBeGreaterThan(4);
  const p = shared[Math.floor(shared.length / 2)]!;
  return [p[0]!, p[1]!];
}

/** The darkest pixel within ±2 px of each point (the line is ~3 px wide; rounding may miss its centre). */
async function darkestNear(page: Page, png: Buffer, points: { x: number; y: number }[]): Promise<Rgb[]> {
  const offsets = [-2, -1, 0, 1, 2].flatMap((dx) => [-2, -1, 0, 1, 2].map((dy) => ({ dx, dy })));
  const out: Rgb[] = [];
  for (const { x, y } of points) {
    const samples = await samplePng(
      page,
      png,
      offsets.map(({ dx, dy }) => ({ x: x + dx, y: y + dy })),
    );
    out.push(samples.reduce((best, s) => (s[0] + s[1] + s[2] < best[0] + best[1] + best[2] ? s : best)));
  }
  return out;
}

for (const size of [
  { width: 1920, height: 1080 },
  { width: 1280, height: 800 },
]) {
  test(`two practices on one map: 2×2 legend, counts, regions and colours at ${size.width}×${size.height}`, async ({ page }, testInfo) => {
    const errors = collectErrors(page);
    await page.setViewportSize(size);
    await page.goto(`/?color=practice&practice=${A}`);
    await waitForMap(page);

    // The second-practice picker turns the map bivariate and puts practice2 in the link.
    await page.getByTestId("practice2-picker").selectOption(B);
    await expect(page).toHaveURL(new RegExp(`practice=${A}&practice2=${B}`));
    const legend = page.getByTestId("legend");
    await expect(legend).toHaveAttribute("data-bivariate", "true");

    const expected = classify(data, { color: "practice", practice: A, practice2: B }, "sv");
    for (const cls of expected.classes) {
      const cell = legend.locator(`td[data-key="${cls.key}"]`);
      await expect(cell.getByTestId("bivariate-count")).toHaveText(
        cls.regions.length === 1 ? "1 region" : `${cls.regions.length} regioner`,
      );
      const names = cls.regions.map(nameOf).sort((x, y) => x.localeCompare(y, "sv"));
      await expect(cell.getByTestId("bivariate-names")).toHaveText(names.join(", "));
    }
    await expect(legend.getByRole("columnheader")).toHaveText(["B nämns", "B nämns inte"]);
    await expect(legend.getByRole("rowheader")).toHaveText(["A nämns", "A nämns inte"]);
    // The sentence for screen readers names the classes too.
    await expect(page.getByTestId("map-summary")).toContainText("Nämns bara i B: 2 regioner (Västra Götaland, Värmland)");

    await page.screenshot({ path: testInfo.outputPath(`bivariate-${size.width}.png`) });
    // The link reopens the same view; reloading also puts the map back at the national view after
    // the toolbar grew a row (placeOnMap assumes it).
    await page.reload();
    await waitForMap(page);
    await expect(legend).toHaveAttribute("data-bivariate", "true");
    // The map's own pixels: Östergötland named for both, Jönköping for A only, Västra Götaland for B only,
    // Norrbotten for neither.
    const places: [string, [number, number], string][] = [
      ["both", [16.0, 58.45], BIVARIATE_COLORS.both], // Östergötland, inland
      ["onlyB", [12.94, 57.72], BIVARIATE_COLORS.onlyB], // Borås, Västra Götaland
      ["onlyA", [14.6, 57.5], BIVARIATE_COLORS.onlyA], // Jönköping county
      ["neither", [20.5, 67.0], BIVARIATE_COLORS.neither], // Norrbotten
    ];
    const points = await Promise.all(places.map(([, lonLat]) => placeOnMap(page, lonLat)));
    // The colours fade in over 300 ms: sample until every place shows its class's colour (the places still off, with their distance).
    await expect
      .poll(async () => {
        const pixels = await samplePng(page, await mapCanvasShot(page), points);
        return places.flatMap(([key, , hex], i) => {
          const distance = colorDistance(pixels[i]!, hexToRgb(hex));
          return distance <= 12 ? [] : [`${key}: ${distance}`];
        });
      })
      .toEqual([]);
    // "None" returns to the one-practice map and drops practice2 from the link.
    await page.getByTestId("practice2-picker").selectOption("");
    await expect(legend).not.toHaveAttribute("data-bivariate", "true");
    await expect(page).not.toHaveURL(/practice2=/);
    expect(errors).toEqual([]);
  });
}

test("NUTS 2 outlines: drawn on a border between NUTS 2 regions, not on one inside a region", async ({ page }, testInfo) => {
  const errors = collectErrors(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto("/");
  await waitForMap(page);
  // Uppsala–Gävleborg separates SE12 and SE31; Dalarna–Värmland lies inside SE31.
  const between = await placeOnMap(page, borderPoint("SE-C", "SE-X"));
  const inside = await placeOnMap(page, borderPoint("SE-W", "SE-S"));
  const dark = hexToRgb(MACRO_LINE_COLOR);

  const before = await darkestNear(page, await mapCanvasShot(page), [between, inside]);
  expect(colorDistance(before[0]!, dark), "no thick line before").toBeGreaterThan(60);

  await page.getByTestId("macro-picker").selectOption("nuts2");
  await expect(page).toHaveURL(/macro=nuts2/);
  await expect(page.getByTestId("macro-key")).toContainText("NUTS 2");
  // The borders' source is added after the pick: sample until the line is drawn, then check the same picture inside SE31.
  let after: Rgb[] = [];
  await expect
    .poll(
      async () => {
        after = await darkestNear(page, await mapCanvasShot(page), [between, inside]);
        return colorDistance(after[0]!, dark);
      },
      { message: "thick line between NUTS 2 regions" },
    )
    .toBeLessThanOrEqual(40);
  expect(colorDistance(after[1]!, dark), "no thick line inside SE31").toBeGreaterThan(60);
  await page.screenshot({ path: testInfo.outputPath("nuts2-1920.png") });

  // Landsdelar: Uppsala–Gävleborg is also Svealand–Norrland.
  await page.getByTestId("macro-picker").selectOption("landsdel");
  await expect(page).toHaveURL(/macro=landsdel/);
  await expect
    .poll(async () => {
      const [landsdel] = await darkestNear(page, await mapCanvasShot(page), [between]);
      return colorDistance(landsdel!, dark);
    })
    .toBeLessThanOrEqual(40);
  const beforeResize = await viewBoundsOf(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await waitForMapAtRest(page, { changedFrom: beforeResize }); // the map refits Sweden to its new size
  await page.screenshot({ path: testInfo.outputPath("landsdel-1280.png") });
  expect(errors).toEqual([]);
});

test("a link with macro= draws the borders in the map's first style", async ({ page }) => {
  // The picker adds the borders' source after load (above); a link has them from the start.
  const errors = collectErrors(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/?macro=nuts2");
  await waitForMap(page);
  const between = await placeOnMap(page, borderPoint("SE-C", "SE-X"));
  const inside = await placeOnMap(page, borderPoint("SE-W", "SE-S"));
  const dark = hexToRgb(MACRO_LINE_COLOR);
  const [onBorder, withinSE31] = await darkestNear(page, await mapCanvasShot(page), [between, inside]);
  expect(colorDistance(onBorder!, dark), "thick line between NUTS 2 regions").toBeLessThanOrEqual(40);
  expect(colorDistance(withinSE31!, dark), "no thick line inside SE31").toBeGreaterThan(60);
  expect(errors).toEqual([]);
});

test("the overview's per-group table gives each NUTS 2 region's share of a practice", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/?macro=nuts2");
  await waitForMap(page);
  const table = page.getByTestId("macro-shares");
  await table.scrollIntoViewIfNeeded();
  await expect(table.locator("thead th")).toHaveText([
    "Förteckning",
    "SE11",
    "SE12",
    "SE21",
    "SE22",
    "SE23",
    "SE31",
    "SE32",
    "SE33",
    "Hela landet",
  ]);
  const row = table.locator(`tr[data-practice="${B}"] td`);
  // Spatial planning: Stockholm; Sörmland, Östergötland, Örebro; Kalmar; Blekinge; Västra Götaland; Värmland.
  await expect(row).toHaveText(["1/1", "3/5", "1/4", "1/2", "1/2", "1/3", "0/2", "0/2", "8/21"]);
  await table.screenshot({ path: testInfo.outputPath("shares-nuts2.png") });
  await table.getByRole("button", { name: "Landsdelar" }).click();
  await expect(table.locator("thead th")).toHaveText(["Förteckning", "Götaland", "Svealand", "Norrland", "Hela landet"]);
  await expect(row).toHaveText(["4/9", "4/7", "0/5", "8/21"]);
  await page.goto("/?lang=en&macro=landsdel");
  await waitForMap(page);
  await expect(page.getByTestId("macro-shares").locator("thead th").first()).toHaveText("List");
  await page.getByTestId("macro-shares").scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath("shares-en-1280.png") });
});
