import { readFileSync } from "node:fs";
import { chromium, type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { CHROME_ARGS, resolveTestChromePath } from "../../scripts/chrome-path.mjs";
import { collectErrors, holdMapLibre, holdRequests, placeOnMap, viewBoundsOf, waitForMap, waitForMapAtRest } from "./helpers";

/**
 * Issue 14: the SVG map is the first map, it works while MapLibre loads behind it, and MapLibre takes over with
 * the same selection and framing. Every view draws alike on both renderers.
 */
const SKANE: [number, number] = [13.6, 55.95];
const NORRBOTTEN: [number, number] = [20.5, 67.0];
const COUNTIES = (
  JSON.parse(readFileSync("public/geo/counties.geojson", "utf8")) as { features: { properties: { code: string; name: string } }[] }
).features;
const NORRBOTTEN_INDEX = COUNTIES.findIndex((f) => f.properties.code === "SE-BD");
const NORRBOTTEN_NAME = COUNTIES[NORRBOTTEN_INDEX]!.properties.name;

const boundsOf = async (page: Page) => (await viewBoundsOf(page))!.split(",").map(Number);

/** Two views the same to within 0.5 % of their extent: nothing jumps when MapLibre takes over. */
function expectSameFrame(actual: number[], expected: number[]) {
  const [west, south, east, north] = expected as [number, number, number, number];
  const tolerance = [east - west, north - south, east - west, north - south].map((span) => span * 0.005);
  actual.forEach((value, i) => expect(Math.abs(value - expected[i]!), `bound ${i}: ${actual} vs ${expected}`).toBeLessThan(tolerance[i]!));
}

test("the SVG map comes first and works; MapLibre takes over with the same selection and framing", async ({ page }) => {
  const errors = collectErrors(page);
  // MapLibre's view is held back until the SVG map has been used.
  const release = await holdMapLibre(page);
  await page.goto("/");
  const stage = page.locator(".map-stage");
  await expect(stage).toHaveAttribute("data-map-phase", "loading");
  const map = page.getByTestId("map");
  await expect(map).toHaveAttribute("data-renderer", "svg");
  await expect(map).toHaveAttribute("data-ready", "true");
  await expect(page.getByTestId("legend").getByRole("heading")).toHaveText("Status för den regionala utvecklingsstrategin");
  // No note: this is not the simplified map, it stands in for the full one.
  await expect(page.getByTestId("map-note")).toHaveCount(0);

  const svgNational = await boundsOf(page);
  const box = (await map.boundingBox())!;
  const norrbotten = await placeOnMap(page, NORRBOTTEN);
  await page.mouse.move(box.x + norrbotten.x, box.y + norrbotten.y);
  await expect(page.getByTestId("map-tooltip")).toHaveText("Norrbotten: Beslut om ny strategi 2025");
  const skane = await placeOnMap(page, SKANE);
  await page.mouse.click(box.x + skane.x, box.y + skane.y);
  await expect(page).toHaveURL(/\?region=SE-M$/);
  // Answered by the SVG map: the region's panel, while MapLibre is still held back.
  await expect(page.locator("#side-panel").getByRole("heading", { level: 2, name: "Skåne" })).toBeVisible();
  await expect(stage).toHaveAttribute("data-map-phase", "loading");
  await page.mouse.move(0, 0);
  const svgBounds = await boundsOf(page);

  release();
  await waitForMap(page);
  await expect(stage).toHaveAttribute("data-map-phase", "maplibre");
  await expect(map).toHaveAttribute("data-renderer", "maplibre");
  await expect(page).toHaveURL(/\?region=SE-M$/);
  await expect(page.locator("#side-panel").getByRole("heading", { level: 2, name: "Skåne" })).toBeVisible();
  // The same framing: MapLibre shows what the SVG map showed.
  expectSameFrame((await waitForMapAtRest(page)).split(",").map(Number), svgBounds);
  // And the national view, back from the region.
  const atSkane = await boundsOf(page);
  await page.keyboard.press("Escape");
  expectSameFrame((await waitForMapAtRest(page, { changedFrom: atSkane.join(",") })).split(",").map(Number), svgNational);
  expect(errors).toEqual([]);
});

/**
 * Opens the bare address with MapLibre's view and the app's entry script held back, and clicks Norrbotten on the
 * prerendered map: the click lands before the app has a handler. Returns what releases each.
 */
async function clickNorrbottenBeforeTheApp(page: Page) {
  const releaseMapLibre = await holdMapLibre(page);
  const releaseApp = await holdRequests(page, /\/assets\/index-[^/]*\.js$/);
  await page.goto("/", { waitUntil: "commit" });
  await expect(page.locator("#prerendered")).toBeVisible();
  // Norrbotten's shape on the prerendered map (its counties in the geometry's order; no test ids there).
  const at = await page.locator("#prerendered .map-svg svg > g:nth-of-type(2) > path").nth(NORRBOTTEN_INDEX).boundingBox();
  await page.mouse.click(at!.x + at!.width / 2, at!.y + at!.height / 2);
  return { releaseMapLibre, releaseApp };
}

test("a click on the prerendered map, before the app's scripts have run, is answered by the SVG map while MapLibre loads", async ({
  page,
}) => {
  const errors = collectErrors(page);
  const { releaseMapLibre, releaseApp } = await clickNorrbottenBeforeTheApp(page);
  releaseApp();

  const heading = page.locator("#side-panel").getByRole("heading", { level: 2, name: "Norrbotten" });
  await expect(heading).toBeVisible();
  await expect(page).toHaveURL(/\?region=SE-BD$/);
  await expect(page.locator(".map-stage")).toHaveAttribute("data-map-phase", "loading");
  await expect(page.getByTestId("map")).toHaveAttribute("data-renderer", "svg");

  releaseMapLibre();
  await waitForMap(page);
  await expect(page.getByTestId("map")).toHaveAttribute("data-renderer", "maplibre");
  await expect(heading).toBeVisible();
  await expect(page).toHaveURL(/\?region=SE-BD$/);
  // Answered first: MapLibre's code (its evaluation a long task) was asked for only once the app's panel of the region
  // was painted (the last mark: the prerender's answer to the click has its own before it).
  const [panelPainted, mapLibreAsked] = await page.evaluate(() => [
    performance.getEntriesByName("rus:panel-ready").at(-1)!.startTime,
    performance.getEntriesByType("resource").find((r) => /\/MapView-[^/]*\.js/.test(r.name))!.startTime,
  ]);
  expect(mapLibreAsked).toBeGreaterThanOrEqual(panelPainted!);
  expect(errors).toEqual([]);
});

/**
 * Installed before the page's scripts: what the side panel showed at every frame (read in the frame's rendering step,
 * as prerender.spec's recordFrames does): the name of the region whose panel it shows, "loading", or "nothing".
 */
function recordPanels() {
  const w = window as unknown as { __panels: string[] };
  w.__panels = [];
  const frame = () => {
    const observer = new ResizeObserver(() => {
      observer.disconnect();
      const heading = document.querySelector("#side-panel .region-panel h2");
      const shown = heading && heading.getClientRects().length > 0 ? heading.textContent : null;
      w.__panels.push(shown ?? (document.querySelector("#side-panel .panel-pending") ? "loading" : "nothing"));
      if (w.__panels.length < 3000) requestAnimationFrame(frame);
    });
    observer.observe(document.documentElement);
  };
  requestAnimationFrame(frame);
}

test("a click on the prerendered map is answered at once with the region's panel, which stays until the app's own takes its place", async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.addInitScript(recordPanels);
  // The answer comes from the page as the build wrote it, before any of the app has run.
  const { releaseMapLibre, releaseApp } = await clickNorrbottenBeforeTheApp(page);

  const answer = page.locator("#prerendered #side-panel .region-panel h2");
  await expect(answer).toHaveText(NORRBOTTEN_NAME);
  // Styled as the app's panel (its own stylesheet, loaded by the boot script), and marked as painted for the bench.
  await expect(page.locator("#prerendered #side-panel .region-panel-header")).toHaveCSS("display", "flex");
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByName("rus:panel-ready").map((m) => (m as PerformanceMark).detail as unknown)))
    .toEqual(["SE-BD"]);
  const answered = (await answer.boundingBox())!;

  releaseApp();
  const heading = page.locator("#side-panel").getByRole("heading", { level: 2, name: NORRBOTTEN_NAME });
  await expect(heading).toBeVisible();
  await expect(page).toHaveURL(/\?region=SE-BD$/);
  // The app's panel took the answer's place: where it stood, the one panel in the page, nothing carried over.
  const own = (await heading.boundingBox())!;
  expect(Math.abs(own.x - answered.x) + Math.abs(own.y - answered.y)).toBeLessThan(1);
  await expect(page.locator(".region-panel")).toHaveCount(1);
  await expect(page.locator(".carried-answer")).toHaveCount(0);
  // From the answer on, every frame showed Norrbotten's panel: never "loading", never an empty panel between.
  const panels = await page.evaluate(() => (window as unknown as { __panels: string[] }).__panels);
  const from = panels.indexOf(NORRBOTTEN_NAME);
  expect(from).toBeGreaterThanOrEqual(0);
  expect(panels.slice(from).filter((shown) => shown !== NORRBOTTEN_NAME)).toEqual([]);

  releaseMapLibre();
  await waitForMap(page);
  await expect(heading).toBeVisible();
  expect(errors).toEqual([]);
});

test("a region chosen while MapLibre loads is answered first: MapLibre's map is made once the region's panel is painted", async ({
  page,
}) => {
  const errors = collectErrors(page);
  const releaseMapLibre = await holdMapLibre(page);
  // The panel's code held too, so the answer is not painted until the test says.
  const releasePanel = await holdRequests(page, /\/SidePanel-[^/]*\.js$/);
  await page.goto("/");
  const map = page.getByTestId("map");
  await expect(map).toHaveAttribute("data-ready", "true");
  const box = (await map.boundingBox())!;
  const skane = await placeOnMap(page, SKANE);
  await page.mouse.click(box.x + skane.x, box.y + skane.y);
  await expect(page).toHaveURL(/\?region=SE-M$/);

  // MapLibre's code is in, and its map waits for the answer: not made, the SVG map is the map.
  releaseMapLibre();
  const stage = page.locator(".map-stage");
  await expect(stage).toHaveAttribute("data-maplibre-held", "answer");
  await expect(page.getByTestId("map-standby")).toHaveCount(0);
  await expect(map).toHaveAttribute("data-renderer", "svg");

  // The answer is painted: MapLibre is made, and takes over with the region chosen.
  releasePanel();
  await expect(page.locator("#side-panel").getByRole("heading", { level: 2, name: "Skåne" })).toBeVisible();
  await waitForMap(page);
  await expect(stage).toHaveAttribute("data-map-phase", "maplibre");
  await expect(stage).not.toHaveAttribute("data-maplibre-held");
  await expect(page).toHaveURL(/\?region=SE-M$/);
  expect(errors).toEqual([]);
});

test("a hover on the SVG map carries over: MapLibre shows the same tooltip until the pointer moves", async ({ page }) => {
  const release = await holdMapLibre(page);
  await page.goto("/");
  const map = page.getByTestId("map");
  await expect(map).toHaveAttribute("data-ready", "true");
  const box = (await map.boundingBox())!;
  const norrbotten = await placeOnMap(page, NORRBOTTEN);
  await page.mouse.move(box.x + norrbotten.x, box.y + norrbotten.y);
  const tooltip = page.getByTestId("map-tooltip");
  await expect(tooltip).toHaveText("Norrbotten: Beslut om ny strategi 2025");
  const before = (await tooltip.boundingBox())!;

  release();
  await waitForMap(page);
  await expect(map).toHaveAttribute("data-renderer", "maplibre");
  // The pointer has not moved: the same region's tooltip, in the same place.
  await expect(tooltip).toHaveText("Norrbotten: Beslut om ny strategi 2025");
  const after = (await tooltip.boundingBox())!;
  expect(Math.abs(after.x - before.x) + Math.abs(after.y - before.y)).toBeLessThan(2);
  // And MapLibre follows the pointer from there.
  const skane = await placeOnMap(page, SKANE);
  await page.mouse.move(box.x + skane.x, box.y + skane.y);
  await expect(tooltip).toHaveText(/^Skåne: /);
});

// Views of every kind (modes, two practices, a question, outlines, a region, a comparison, the reader, a slide, English).
const VIEWS = [
  "",
  "color=year",
  "color=horizon",
  "color=practice&practice=s3-own-strategy",
  "color=practice&practice=open-indicator-platforms&practice2=thematic-strategies-sector-plans",
  "color=question&q=3",
  "macro=nuts2",
  "region=SE-BD",
  "compare=SE-M,SE-N",
  "read=2.2.7",
  "present=1&slide=4",
  "lang=en&color=year&macro=landsdelar",
];

// Four views a test, so that each stays well within 120 s on a loaded machine and the two workers share them.
const VIEW_GROUPS = Array.from({ length: Math.ceil(VIEWS.length / 4) }, (_, i) => VIEWS.slice(i * 4, i * 4 + 4));

for (const views of VIEW_GROUPS) {
  test(`every view draws alike on both renderers: the same legend, the same summary (${views.map((v) => v || "default").join("; ")})`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const browser = await chromium.launch({ executablePath: resolveTestChromePath(), args: [...CHROME_ARGS, "--disable-3d-apis"] });
    try {
      const svgPage = await browser.newPage({ viewport: page.viewportSize()!, baseURL: test.info().project.use.baseURL });
      for (const view of views) {
        const seen = [];
        for (const [p, renderer] of [
          [page, "maplibre"],
          [svgPage, "svg"],
        ] as const) {
          await p.goto(`/?${view}`);
          await waitForMap(p);
          await expect(p.getByTestId("map"), view).toHaveAttribute("data-renderer", renderer);
          // The reader colours the map by the passage at its reading line, once the report is in.
          if (view.startsWith("read=")) await expect(p.getByTestId("legend").first()).toContainText("2.2.7");
          seen.push({
            legend: await p.getByTestId("legend").first().innerText(),
            summary: await p.getByTestId("map-summary").textContent(),
            url: new URL(p.url()).search,
          });
        }
        expect(seen[1], view).toEqual(seen[0]);
      }
    } finally {
      await browser.close();
    }
  });
}
