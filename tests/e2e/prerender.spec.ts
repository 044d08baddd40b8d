import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { collectErrors, holdMapLibre, waitForMap } from "./helpers";

/**
 * Issue 14, the map in the first paint: the build writes the default view into index.html (scripts/prerender.mjs),
 * framed in the page before its first paint (src/app/bootFrame.ts), and the app replaces it by the same view.
 */

/** What the page's map shows, read off its <svg>: whose it is (the prerender's or the app's), its frame and its size. */
async function mapFrame(page: Page) {
  return page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>(".map-svg svg");
    if (!svg) return null;
    return {
      prerendered: svg.closest("#prerendered") !== null,
      viewBox: svg.getAttribute("viewBox"),
      width: Number(svg.getAttribute("width")),
      height: Number(svg.getAttribute("height")),
    };
  });
}

/**
 * Installed before the page's own scripts: what the page showed at every frame (see frameStates), read as the frame is
 * rendered, after its layout and the page's own resize observers (which re-fit the map to its box before the paint):
 * a resize observer made in the frame's animation callback is called after the page's, made earlier, in the same
 * rendering step. (A task queued from the animation frame could run after another of the page's tasks had committed a
 * state that the next frame's observers mend before it is ever painted, and saw a move no one saw.)
 */
function recordFrames() {
  const w = window as unknown as { __frames: string[] };
  w.__frames = [];
  const record = () => {
    const svg = document.querySelector(".map-svg svg");
    const prerendered = document.getElementById("prerendered");
    const shown = (el: Element | null) => el !== null && getComputedStyle(el).visibility !== "hidden";
    const state = !svg || !shown(svg) ? "no map" : svg.closest("#prerendered") ? "prerendered" : "app";
    w.__frames.push(`${state} ${svg?.getAttribute("viewBox") ?? ""}${prerendered && shown(prerendered) ? " (prerender shown)" : ""}`);
  };
  const frame = () => {
    // A new observer's first observation is reported in this frame's rendering step, whatever the element's size.
    const observer = new ResizeObserver(() => {
      observer.disconnect();
      record();
      if (w.__frames.length < 2000) requestAnimationFrame(frame);
    });
    observer.observe(document.documentElement);
  };
  requestAnimationFrame(frame);
}

const frameStates = (page: Page) => page.evaluate(() => (window as unknown as { __frames: string[] }).__frames);

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test("the bare address shows the default view's map before any script of the app has run, framed as the app frames it", async ({
      page,
      browser,
    }) => {
      // The app's scripts never arrive: what shows is the HTML and its one inline script.
      const bare = await browser.newPage({ viewport, baseURL: test.info().project.use.baseURL });
      await bare.route(/\/assets\/[^/]*\.js$/, (route) => route.abort());
      await bare.goto("/");
      await expect(bare.locator("#prerendered")).toBeVisible();
      const prerendered = await mapFrame(bare);
      expect(prerendered?.prerendered).toBe(true);
      // The 21 counties, each in its status colour, as the app's first map.
      const fills = await bare
        .locator("#prerendered .map-svg svg > g:nth-of-type(2) > path")
        .evaluateAll((paths) => paths.map((p) => p.getAttribute("fill")));
      expect(fills).toHaveLength(21);
      // Every shape drawn by the boot script from the geometry the page carries (the app reads the same: one copy).
      const shapes = await bare
        .locator("#prerendered .map-svg svg path")
        .evaluateAll((paths) => paths.map((p) => p.getAttribute("d") ?? ""));
      expect(shapes.filter((d) => !/^M[\d.,-]+L/.test(d))).toEqual([]);
      // The legend is there, and the map's first pixels are marked for the benchmark.
      await expect(bare.locator("#prerendered .map-overlay")).toContainText("Status för den regionala utvecklingsstrategin");
      expect(await bare.evaluate(() => performance.getEntriesByName("rus:map-first-pixels").length)).toBe(1);
      // A picture of the page, not the page: hidden from assistive technology, inert, with none of the page's test ids.
      await expect(bare.getByRole("button", { name: "Karta" })).toHaveCount(0);
      await expect(bare.locator("#prerendered")).toHaveAttribute("inert", "");
      await expect(bare.locator("#prerendered [data-testid]")).toHaveCount(0);
      await bare.screenshot({ path: test.info().outputPath("prerendered.png") });
      await bare.close();

      // The app's own SVG map (MapLibre held back), with the app's colours: the same frame and size.
      await holdMapLibre(page);
      await page.goto("/");
      await expect(page.getByTestId("map")).toHaveAttribute("data-ready", "true");
      const app = await mapFrame(page);
      expect(app).toEqual({ ...prerendered, prerendered: false });
      const appFills = await page
        .locator(".map-svg svg > g:nth-of-type(2) > path")
        .evaluateAll((paths) => paths.map((p) => p.getAttribute("fill")));
      expect(appFills).toEqual(fills);
    });

    test("the app takes over in one step: from the prerender's first frame a map is always shown, and it never moves", async ({ page }) => {
      const errors = collectErrors(page);
      await page.addInitScript(recordFrames);
      const release = await holdMapLibre(page);
      const geometryFetched: string[] = [];
      page.on("request", (request) => {
        if (/\/geo\/(counties|context)\.geojson/.test(request.url())) geometryFetched.push(request.url());
      });
      await page.goto("/");
      await expect(page.getByTestId("map")).toHaveAttribute("data-ready", "true");
      await page.waitForTimeout(300);
      const frames = await frameStates(page);
      const first = frames.findIndex((f) => f.startsWith("prerendered"));
      expect(first, frames.join("\n")).toBeGreaterThanOrEqual(0);
      const after = frames.slice(first);
      // Never a frame without a map; the prerender, then the app's map, in the same frame (one viewBox throughout).
      expect(
        after.filter((f) => f.startsWith("no map")),
        after.join("\n"),
      ).toEqual([]);
      expect(after.at(-1)).toMatch(/^app /);
      expect(new Set(after.map((f) => f.split(" ").slice(1, 5).join(" "))).size, after.join("\n")).toBe(1);
      release();
      await waitForMap(page);
      // The maps draw the geometry the page carries: it is not fetched again.
      expect(geometryFetched).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
}

test("a link to another view never shows the prerendered default view, not even for a frame", async ({ page, browser }) => {
  for (const link of ["/?color=year", "/?lang=en", "/#read=2.2.7", "/?region=SE-N"]) {
    const blocked = await browser.newPage({ baseURL: test.info().project.use.baseURL });
    await blocked.route(/\/assets\/[^/]*\.js$/, (route) => route.abort());
    await blocked.goto(link);
    await expect(blocked.locator("#prerendered"), link).toHaveCount(0);
    await blocked.close();

    await page.addInitScript(recordFrames);
    await page.goto(link);
    await waitForMap(page);
    const frames = await frameStates(page);
    expect(
      frames.filter((f) => f.includes("prerender")),
      `${link}\n${frames.join("\n")}`,
    ).toEqual([]);
  }
  // The last link's own view is what shows: Halland selected.
  await expect(page.locator("#side-panel").getByRole("heading", { level: 2, name: "Halland" })).toBeVisible();
});

test("the build has an answer for a click on every region of the prerendered map: that region's panel, with none of the live page's test ids", async ({
  request,
}) => {
  const counties = (
    JSON.parse(readFileSync("public/geo/counties.geojson", "utf8")) as { features: { properties: { code: string; name: string } }[] }
  ).features;
  const answers = (await (await request.get("/first-answers.json")).json()) as Record<string, string>;
  expect(Object.keys(answers).sort()).toEqual(counties.map((c) => c.properties.code).sort());
  for (const { code, name } of counties.map((c) => c.properties)) {
    const heading = /<h2\b[^>]*>(.*?)<\/h2>/.exec(answers[code]!)?.[1]?.replace(/<[^>]+>/g, "");
    expect(heading, code).toBe(name);
    expect(answers[code], code).not.toMatch(/data-testid/);
  }
});
