import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { CHROME_ARGS, resolveTestChromePath } from "../../scripts/chrome-path.mjs";
import { committedDataset } from "./data";
import { classify } from "../../src/domain/classify";
import { axeViolations } from "./axe";
import { colorDistance, hexToRgb, mapCanvasShot, placeOnMap, samplePng, waitForMap } from "./helpers";
import { expectEveryRegionNamedOnItself } from "./labelChecks";

const data = committedDataset();

// Chromium without WebGL, as on a government laptop without a GPU: MapLibre cannot start.
test.use({ launchOptions: { executablePath: resolveTestChromePath(), args: [...CHROME_ARGS, "--disable-3d-apis"] } });

const NORRBOTTEN: [number, number] = [20.5, 67.0];
const DALARNA: [number, number] = [14.2, 61.3];
const BALTIC_SEA: [number, number] = [19.0, 56.0];

/** Uncaught errors, and console errors other than the failed WebGL attempt the fallback answers. */
function collectUnexpected(page: Page) {
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  page.on("pageerror", (err) => pageErrors.push(err.message));
  page.on("console", (msg) => {
    if (msg.type() === "error" && !/webgl/i.test(msg.text())) consoleErrors.push(msg.text());
  });
  return { pageErrors, consoleErrors };
}

test("without WebGL the SVG map shows the 21 counties coloured by status, and says it is simplified", async ({ page }, testInfo) => {
  const errors = collectUnexpected(page);
  // WebGL2 is probed before MapLibre is asked for: its code and its worker are never downloaded here.
  const requested: string[] = [];
  page.on("request", (request) => requested.push(new URL(request.url()).pathname));
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto("/");
  await waitForMap(page);
  const map = page.getByTestId("map");
  await expect(map).toHaveAttribute("data-renderer", "svg");
  await expect(page.getByRole("img", { name: "Karta över Sveriges 21 regioner" })).toBeVisible();
  await expect(page.getByTestId("map-note")).toHaveText("Förenklad karta visas (WebGL saknas)");
  await expect(page.locator(".map-stage")).toHaveAttribute("data-map-phase", "no-webgl");

  // Every county is drawn once, in its classification colour: the same classify() as the WebGL map.
  const status = classify(data, { color: "status" }, "sv");
  const fills = await map
    .locator("path[data-code]")
    .evaluateAll((paths) => Object.fromEntries(paths.map((p) => [p.getAttribute("data-code"), p.getAttribute("fill")])));
  expect(Object.keys(fills).sort()).toEqual(data.regions.map((r) => r.code).sort());
  for (const region of data.regions) expect(fills[region.code], region.code).toBe(status.colorOf[region.code]);

  // The projection is MapLibre's: a place lands where the WebGL map would draw it.
  const at = await Promise.all([NORRBOTTEN, DALARNA].map((p) => placeOnMap(page, p)));
  const pixels = await samplePng(page, await mapCanvasShot(page), at);
  expect(colorDistance(pixels[0]!, hexToRgb(status.colorOf["SE-BD"]!))).toBeLessThan(12);
  expect(colorDistance(pixels[1]!, hexToRgb(status.colorOf["SE-W"]!))).toBeLessThan(12);

  // Legend, labels, summary: the rest of the dashboard is unchanged.
  await expect(page.getByTestId("legend").getByRole("heading")).toHaveText("Status för den regionala utvecklingsstrategin");
  await expect(page.getByTestId("map-labels").locator('[data-code="SE-BD"]')).toHaveText("Norrbotten");
  await page.screenshot({ path: testInfo.outputPath("nowebgl-1920.png") });

  // A colour mode recolours the same paths.
  await page.getByLabel("Färglägg kartan efter").selectOption("year");
  const year = classify(data, { color: "year" }, "sv");
  await expect(map.locator('path[data-code="SE-W"]')).toHaveAttribute("fill", year.colorOf["SE-W"]!);

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByTestId("map-note")).toHaveText("Simplified map shown (WebGL unavailable)");
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: testInfo.outputPath("nowebgl-1280-en.png") });

  expect(errors.pageErrors).toEqual([]);
  expect(errors.consoleErrors).toEqual([]);
  // The page has loaded all it needs (its panels, charts and fonts) by now.
  expect(requested.length).toBeGreaterThan(10);
  expect(requested.filter((path) => /maplibre|MapView/.test(path))).toEqual([]);
});

test("without WebGL a click selects a county and fits it, the sea clears, hover names it", async ({ page }, testInfo) => {
  const errors = collectUnexpected(page);
  await page.goto("/");
  await waitForMap(page);
  const norrbotten = await placeOnMap(page, NORRBOTTEN);
  const map = page.getByTestId("map");
  const box = (await map.boundingBox())!;

  await page.mouse.move(box.x + norrbotten.x, box.y + norrbotten.y);
  const status = classify(data, { color: "status" }, "sv");
  await expect(page.getByTestId("map-tooltip")).toHaveText(`Norrbotten: ${status.valueOf["SE-BD"]}`);

  const before = await map.locator("svg").getAttribute("viewBox");
  await page.mouse.click(box.x + norrbotten.x, box.y + norrbotten.y);
  await expect(page).toHaveURL(/region=SE-BD/);
  await expect(page.getByTestId("svg-selected")).toHaveCount(1);
  await expect(page.locator("#side-panel")).toHaveAttribute("aria-label", "Norrbotten");
  // The view fits the region: the viewBox narrows to it.
  await expect.poll(() => map.locator("svg").getAttribute("viewBox")).not.toBe(before);
  await page.screenshot({ path: testInfo.outputPath("nowebgl-selected.png") });

  // Back at the national view, the sea clears the selection.
  await page.keyboard.press("Escape");
  await expect(page).not.toHaveURL(/region=/);
  await expect(map.locator("svg")).toHaveAttribute("viewBox", before!);
  const sea = await placeOnMap(page, BALTIC_SEA);
  await page.mouse.click(box.x + norrbotten.x, box.y + norrbotten.y);
  await expect(page).toHaveURL(/region=SE-BD/);
  await page.keyboard.press("Escape");
  await page.mouse.click(box.x + sea.x, box.y + sea.y);
  await expect(page).not.toHaveURL(/region=/);

  expect(errors.pageErrors).toEqual([]);
  expect(errors.consoleErrors).toEqual([]);
});

test("without WebGL the region list selects from the keyboard and outlines the region in focus", async ({ page }, testInfo) => {
  const errors = collectUnexpected(page);
  await page.goto("/");
  await waitForMap(page);
  const list = page.getByRole("listbox", { name: "Regioner på kartan" });
  await expect(list.getByRole("option")).toHaveCount(21);

  // Tab reaches the list: it is one stop in the page's order.
  await page.locator("body").focus();
  let reached = false;
  for (let i = 0; i < 40 && !reached; i++) {
    await page.keyboard.press("Tab");
    reached = await list.evaluate((el) => el.contains(document.activeElement));
  }
  expect(reached).toBe(true);
  await expect(page.getByTestId("svg-focused")).toHaveCount(1);
  await expect(page.getByTestId("map-tooltip")).toContainText("Blekinge");

  await page.keyboard.press("ArrowRight");
  await expect(list.getByRole("option", { name: "Dalarna" })).toBeFocused();
  await expect(page.getByTestId("map-tooltip")).toContainText("Dalarna");
  await page.keyboard.press("n");
  await expect(list.getByRole("option", { name: "Norrbotten" })).toBeFocused();
  await page.screenshot({ path: testInfo.outputPath("nowebgl-keyboard-focus.png") });
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/region=SE-BD/);
  await expect(list.getByRole("option", { name: "Norrbotten" })).toHaveAttribute("aria-selected", "true");
  await expect(page.getByTestId("svg-selected")).toHaveCount(1);
  // Focus stays on the list, so the next region is one key away.
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press(" ");
  await expect(page).toHaveURL(/region=SE-M/);

  // Leaving the list removes the dashed outline.
  await page.getByLabel("Färglägg kartan efter").focus();
  await expect(page.getByTestId("svg-focused")).toHaveCount(0);

  expect(errors.pageErrors).toEqual([]);
  expect(errors.consoleErrors).toEqual([]);
});

test("axe finds no WCAG A/AA violation on the SVG map, at the national view and with a region selected", async ({ page }) => {
  await page.goto("/");
  await waitForMap(page);
  await expect(page.getByTestId("map")).toHaveAttribute("data-renderer", "svg");
  expect(await axeViolations(page)).toEqual([]);
  await page.goto("/?region=SE-BD&color=year&lang=en");
  await waitForMap(page);
  expect(await axeViolations(page)).toEqual([]);
});

test("the SVG map names every region on its own region at 1280×720 and 390×844", async ({ page }, testInfo) => {
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(viewport);
    await page.goto("/");
    await waitForMap(page);
    await expect(page.getByTestId("map")).toHaveAttribute("data-renderer", "svg");
    await expectEveryRegionNamedOnItself(page, `svg ${viewport.width}`);
    await page.screenshot({ path: testInfo.outputPath(`labels-svg-${viewport.width}.png`) });
  }
});
