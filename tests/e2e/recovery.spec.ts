import { readFileSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import {
  changeFileInPage,
  collectErrors,
  mapCanvasShot,
  openOwnDeck,
  pixelsDiffering,
  placeOnMap,
  settledMapShot,
  viewBoundsOf,
  waitForMap,
} from "./helpers";
import { editionText } from "../editionFiles";

/**
 * Issue 11's faults that are about the view and the way back (1, 3, 4, 7, 8), each reproduced as the tester found it.
 * The dataset, deck and CSV faults are in hostile.spec.ts.
 */
const DIST = resolve(process.env.E2E_DIST ?? "dist");
const SKANE: [number, number] = [13.6, 55.95];
const NORTH_OF_LULEA = 67.5;

/** A later edition in which Skåne's code and the smart-specialisation practice are renamed, wherever they are named. */
function renamedDataset(): string {
  return editionText("dataset.json").replaceAll('"SE-M"', '"SE-MX"').replaceAll('"s3-own-strategy"', '"s3-renamed"');
}

async function openDataset(page: Page, text: string) {
  await page.getByTestId("dataset-file-input").setInputFiles({ name: "ny.json", mimeType: "application/json", buffer: Buffer.from(text) });
}

const northOf = async (page: Page) => Number((await viewBoundsOf(page))!.split(",")[3]);

test.describe("fault 1: a view is exactly its link", () => {
  test("P from a zoomed region with NUTS 2 opens the national first slide; Escape gives the view back", async ({ page }) => {
    await page.goto("/?region=SE-AB&macro=nuts2");
    await waitForMap(page);
    await page.keyboard.press("p");
    await expect(page).toHaveURL(/\?present=1&slide=1$/);
    await expect(page.getByTestId("macro-key")).toHaveCount(0);
    // The whole of Sweden, Norrbotten included, not Stockholm.
    await expect.poll(() => northOf(page)).toBeGreaterThan(NORTH_OF_LULEA);
    await page.keyboard.press("PageDown");
    await expect(page).toHaveURL(/\?color=year&present=1&slide=2$/);
    await page.keyboard.press("Escape");
    await expect(page).toHaveURL(/\?region=SE-AB&macro=nuts2$/);
    await expect(page.getByTestId("macro-key")).toBeVisible();
  });

  test("a hash link, a selection, then Back: the selection goes with its entry", async ({ page }) => {
    await page.goto("/");
    await waitForMap(page);
    await page.evaluate(() => (window.location.hash = "x"));
    const box = (await page.getByTestId("map").boundingBox())!;
    const at = await placeOnMap(page, SKANE);
    await page.mouse.click(box.x + at.x, box.y + at.y);
    await expect(page).toHaveURL(/\?region=SE-M#x$/);
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.locator("#side-panel").getByRole("heading", { level: 2, name: "Skåne" })).toHaveCount(0);
  });

  test("a deck's slides never take over each other's region and outlines, whichever way they are reached", async ({ page }) => {
    const deck = {
      version: 1,
      title: { sv: "Två", en: "Two" },
      slides: [
        { view: "region=SE-M&macro=nuts2", title: { sv: "Skåne", en: "Skåne" }, caption: { sv: "a", en: "a" } },
        { view: "color=year", title: { sv: "År", en: "Year" }, caption: { sv: "b", en: "b" } },
      ],
    };
    await page.goto("/");
    await waitForMap(page);
    await openOwnDeck(page, "tva.json", deck);
    await page.getByTestId("deck-present").click();
    await expect(page).toHaveURL(/\?region=SE-M&macro=nuts2&present=1&slide=1$/);
    for (const key of ["PageDown", "PageUp", "PageDown"]) await page.keyboard.press(key);
    await expect(page).toHaveURL(/\?color=year&present=1&slide=2$/);
    await expect(page.getByTestId("macro-key")).toHaveCount(0);
    await expect.poll(() => northOf(page)).toBeGreaterThan(NORTH_OF_LULEA);
  });

  test("a new dataset without the linked region drops it from the view and the link, for good", async ({ page }) => {
    await page.goto("/?region=SE-M");
    await waitForMap(page);
    await expect(page.locator("#side-panel").getByRole("heading", { level: 2, name: "Skåne" })).toBeVisible();
    await openDataset(page, renamedDataset());
    await expect(page).toHaveURL(/\/$/);
    await expect(page.locator("#side-panel").getByRole("heading", { level: 2, name: "Skåne" })).toHaveCount(0);
    await page.getByLabel("Färglägg kartan efter").selectOption("year");
    await expect(page).toHaveURL(/\?color=year$/);
  });
});

test.describe("fault 3: never a blank page", () => {
  test("the build works from a subfolder of a static server", async ({ page }) => {
    const errors = collectErrors(page);
    // The built folder served under /rus/ (as a ministry intranet might), every path relative to it.
    await page.route(/\/rus\//, async (route) => {
      const path = new URL(route.request().url()).pathname.replace(/^\/rus\/?/, "") || "index.html";
      const file = join(DIST, path);
      const types: Record<string, string> = {
        ".html": "text/html",
        ".js": "text/javascript",
        ".css": "text/css",
        ".json": "application/json",
      };
      try {
        await route.fulfill({ body: readFileSync(file), contentType: types[extname(file)] ?? "application/json" });
      } catch {
        await route.fulfill({ status: 404, body: "" });
      }
    });
    await page.goto("/rus/?region=SE-M");
    await waitForMap(page);
    await expect(page.locator("#side-panel").getByRole("heading", { level: 2, name: "Skåne" })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test("index.html opened from disk says what to do instead of staying blank", async ({ page }) => {
    await page.goto(pathToFileURL(join(DIST, "index.html")).href);
    const message = page.getByTestId("boot-failed");
    await expect(message).toContainText("RUS-kartan kunde inte starta");
    await expect(message).toContainText("could not start");
    await expect.poll(() => message.evaluate((el) => getComputedStyle(el).opacity), { timeout: 15_000 }).toBe("1");
  });

  test("on a normal load the app replaces the message before it shows", async ({ page }) => {
    await page.goto("/");
    await waitForMap(page);
    await expect(page.getByTestId("boot-failed")).toHaveCount(0);
  });
});

test.describe("faults 3 and 4: MapLibre that cannot start leaves the SVG map, with a note", () => {
  for (const [what, pattern] of [
    ["maplibre-gl's chunk", /\/maplibre-gl-[^/]*\.js$/],
    ["the map's worker", /\/maplibre-gl-worker-[^/]*\.js$/],
  ] as const) {
    test(`${what} failing to load`, async ({ page }) => {
      await page.route(pattern, (route) => route.abort());
      await page.goto("/");
      await waitForMap(page);
      await expect(page.locator(".map-stage")).toHaveAttribute("data-map-phase", "failed");
      await expect(page.getByTestId("map")).toHaveAttribute("data-renderer", "svg");
      await expect(page.getByTestId("map-note")).toHaveText("Förenklad karta visas (den fullständiga kartan kunde inte starta)");
      // The SVG map is reported as the map that stays: the side panel comes at once, not after its 5 s fallback.
      await expect.poll(() => page.evaluate(() => performance.getEntriesByName("rus:map-ready").length)).toBe(1);
      // It is the map: a click selects.
      const box = (await page.getByTestId("map").boundingBox())!;
      const at = await placeOnMap(page, SKANE);
      await page.mouse.click(box.x + at.x, box.y + at.y);
      await expect(page).toHaveURL(/\?region=SE-M$/);
    });
  }
});

test.describe("fault 7: decks are re-checked against the data", () => {
  test("a slide naming a practice the new dataset lacks says so, on the slide and in the deck builder", async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto("/");
    await waitForMap(page);
    await openDataset(page, renamedDataset());
    await page.getByTestId("deck-editor-open").click();
    const misfits = page.getByTestId("deck-slide-misfit");
    await expect(misfits.first()).toContainText("practice=s3-own-strategy");
    await page.keyboard.press("Escape");
    const deck = JSON.parse(editionText("deck.json")) as { slides: { view: string }[] };
    const n = deck.slides.findIndex((s) => s.view.includes("practice=s3-own-strategy")) + 1;
    await page.goto(`/?present=1&slide=${n}`);
    await waitForMap(page);
    // The page reloaded with the shipped dataset: the slide fits again, and says nothing.
    await expect(page.getByTestId("slide-misfit")).toHaveCount(0);
    await openDataset(page, renamedDataset());
    await expect(page.getByTestId("slide-misfit")).toContainText(
      "Bilden passar inte den inlästa datan, som saknar practice=s3-own-strategy",
    );
  });
});

test.describe("fault 8: a way back from every fault", () => {
  test("a failed dataset fetch shows Try again, which loads the page", async ({ page }) => {
    let fail = true;
    await page.route(/\/dataset-[^/]*\.json$/, (route) => (fail ? route.abort() : route.continue()));
    await page.goto("/");
    const alert = page.getByTestId("dataset-error");
    await expect(alert).toBeVisible();
    // Said in the interface's words, not as a list of wrong fields with the browser's "TypeError: Failed to fetch".
    await expect(alert).toContainText("Kartans data kunde inte läsas in.");
    await expect(alert).toContainText("Kunde inte hämta datafilen — kontrollera nätverket och försök igen.");
    await expect(alert).not.toContainText(/Följande fält|Failed to fetch/);
    fail = false;
    await alert.getByRole("button", { name: "Försök igen" }).click();
    await waitForMap(page);
  });

  test("a failed geometry fetch shows Try again, which draws the map", async ({ page }) => {
    let fail = true;
    // The page carries the geometry in itself: without that copy it fetches the file, and the fetch fails.
    await changeFileInPage(page, "geo/counties.geojson", () => undefined);
    await page.route(/\/geo\/counties\.geojson$/, (route) => (fail ? route.abort() : route.continue()));
    await page.goto("/");
    const alert = page.locator(".map-message[role=alert]");
    await expect(alert).toContainText("Kartgeometrin kunde inte läsas in.");
    fail = false;
    await alert.getByRole("button", { name: "Försök igen" }).click();
    await waitForMap(page);
  });

  test("offline after the first load, the charts, the table and the comparison still open", async ({ page, context }) => {
    const preloaded = page.waitForResponse(/\/CompareChart-[^/]*\.js$/, { timeout: 30_000 });
    await page.goto("/");
    await waitForMap(page);
    await preloaded;
    await context.setOffline(true);
    const box = (await page.getByTestId("map").boundingBox())!;
    const at = await placeOnMap(page, SKANE);
    await page.mouse.click(box.x + at.x, box.y + at.y);
    await expect(page.locator(".region-charts svg").first()).toBeVisible();
    await page.getByTestId("compare-neighbours").click();
    await expect(page.getByTestId("compare-chart").or(page.locator(".compare-chart svg")).first()).toBeVisible();
    await page.getByRole("button", { name: "Tabell" }).click();
    await expect(page.getByRole("table").first()).toBeVisible();
    await expect(page.getByTestId("error-boundary")).toHaveCount(0);
  });

  test("a comparison chart that cannot load leaves the comparison standing", async ({ page }) => {
    await page.route(/\/CompareChart-[^/]*\.js$/, (route) => route.abort());
    await page.goto("/?compare=SE-M,SE-N");
    await waitForMap(page);
    const fallback = page.locator('[data-testid="error-boundary"][data-name="comparison chart"]');
    await expect(fallback).toContainText("Den här delen kunde inte visas.");
    await expect(page.locator("#side-panel").getByRole("table").first()).toBeVisible();
  });

  test("a lost WebGL context brings the SVG map; MapLibre takes over again when it is restored, as it was", async ({ page }) => {
    await page.goto("/?region=SE-M");
    await waitForMap(page);
    // Chosen after the first style: the colours and outlines are feature state, which MapLibre's restored style does not keep.
    await page.getByLabel("Färglägg kartan efter").selectOption("year");
    await expect(page).toHaveURL(/\?color=year&region=SE-M$/);
    const before = await settledMapShot(page);
    await page.evaluate(() => {
      const gl = document.querySelector<HTMLCanvasElement>(".maplibregl-canvas")!.getContext("webgl2")!;
      const lose = gl.getExtension("WEBGL_lose_context")!;
      (window as unknown as { lose: WEBGL_lose_context }).lose = lose;
      lose.loseContext();
    });
    await expect(page.locator(".map-stage")).toHaveAttribute("data-map-phase", "lost");
    await expect(page.getByTestId("map")).toHaveAttribute("data-renderer", "svg");
    await expect(page.getByTestId("map-note")).toHaveText("Förenklad karta visas tills webbläsaren ger tillbaka WebGL");
    await page.evaluate(() => (window as unknown as { lose: WEBGL_lose_context }).lose.restoreContext());
    await expect(page.locator(".map-stage")).toHaveAttribute("data-map-phase", "maplibre");
    await expect(page.getByTestId("map")).toHaveAttribute("data-renderer", "maplibre");
    await expect(page).toHaveURL(/\?color=year&region=SE-M$/);
    await expect
      .poll(async () => pixelsDiffering(page, before, await mapCanvasShot(page)), { message: "the map as it was before the loss" })
      .toBeLessThan(0.01);
  });
});
