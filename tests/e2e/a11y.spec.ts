import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { axeViolations } from "./axe";
import { waitForMap } from "./helpers";
import { committedDataset } from "./data";
import { classify } from "../../src/domain/classify";

/** Loads a view, waits for its map (or table), lets late content settle, and audits it. */
async function audit(page: Page, url: string, ready: (page: Page) => Promise<void> = waitForMap) {
  await page.goto(url);
  await ready(page);
  await page.evaluate(() => document.fonts.ready);
  expect(await axeViolations(page), url).toEqual([]);
}

const VIEWS: { name: string; url: string; ready?: (page: Page) => Promise<void> }[] = [
  { name: "overview", url: "/" },
  { name: "overview in English", url: "/?lang=en" },
  { name: "selected region", url: "/?region=SE-M" },
  { name: "colour by year", url: "/?color=year" },
  { name: "colour by horizon", url: "/?color=horizon" },
  { name: "colour by practice", url: "/?color=practice&practice=s3-own-strategy" },
  { name: "colour by question", url: "/?color=question&q=2" },
  { name: "comparison", url: "/?compare=SE-M,SE-N" },
  { name: "presentation", url: "/?present=1" },
  { name: "ignored link parts notice", url: "/?color=nope&region=SE-XX" },
];

for (const view of VIEWS) {
  test(`axe finds no WCAG A/AA violation: ${view.name}`, async ({ page }) => {
    await audit(page, view.url, view.ready);
  });
}

test("axe finds no WCAG A/AA violation: the table view", async ({ page }) => {
  await page.goto("/");
  await waitForMap(page);
  await page.getByRole("button", { name: "Tabell" }).click();
  await expect(page.locator(".table-area table")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test("axe finds no WCAG A/AA violation: practice mode before a practice is chosen", async ({ page }) => {
  await page.goto("/?color=practice");
  await waitForMap(page);
  expect(await axeViolations(page)).toEqual([]);
});

test("keyboard: the skip link jumps to the panel, focus is visible on every stop", async ({ page }) => {
  await page.goto("/");
  await waitForMap(page);
  await page.keyboard.press("Tab");
  const skip = page.locator(".skip-link");
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.locator("#side-panel")).toBeFocused();

  // Every tab stop from the top shows a focus indicator (outline or box-shadow).
  await page.locator("body").focus();
  const invisible: string[] = [];
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press("Tab");
    const state = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const shown = (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== "none";
      return {
        shown,
        name: `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(" ")[0]}` : ""} ${el.textContent?.slice(0, 30) ?? ""}`,
      };
    });
    if (state && !state.shown) invisible.push(state.name);
  }
  expect(invisible).toEqual([]);
});

test.describe("zoom", () => {
  test("at 200 % zoom (640 × 400 CSS px) the layout stacks and stays usable", async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 640, height: 400 });
    await page.goto("/?region=SE-M");
    await waitForMap(page);
    // Nothing is wider than the viewport: no sideways scrolling.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // The map keeps a usable height, and the panel follows it in the page.
    const map = (await page.getByTestId("map").boundingBox())!;
    expect(map.height).toBeGreaterThan(200);
    await page.screenshot({ path: testInfo.outputPath("zoom200-full.png"), fullPage: true });
    await page.locator("#side-panel").scrollIntoViewIfNeeded();
    await expect(page.locator("#side-panel h2").first()).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath("zoom200-panel.png") });
    expect(await axeViolations(page)).toEqual([]);
  });
});

test("forced colours (Windows high contrast) keep the legend's swatches in the map's colours", async ({ page }) => {
  const expected = classify(committedDataset(), { color: "status" }, "sv").classes.map((c) => c.color);
  await page.emulateMedia({ forcedColors: "active" });
  await page.goto("/");
  await waitForMap(page);
  const swatches = await page
    .getByTestId("legend")
    .locator(".legend-swatch")
    .evaluateAll((els) => els.map((el) => getComputedStyle(el).backgroundColor));
  const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(", ")})`;
  expect(swatches).toEqual(expected.map(rgb));
});
