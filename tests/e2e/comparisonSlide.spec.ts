import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { committedDataset } from "./data";
import { parseDeckText } from "../../src/present/deckSchema";
import { knownValuesOf, parseView } from "../../src/state/url";
import { waitForMap } from "./helpers";
import { editionText } from "../editionFiles";

/**
 * The default deck's comparison slide in the room (issue 23): the map and, beside it, the table of the compared
 * regions, whole at a projector's 1920 × 1080 and at 1280 × 720 — a clicker cannot scroll — in Swedish and English.
 * Which regions, and that every one of them is a column, come from the deck file.
 */
const data = committedDataset();
const parsed = parseDeckText(editionText("deck.json"), knownValuesOf(data));
if (!parsed.ok) throw new Error("the default deck is invalid");
const slides = parsed.deck.slides;
const index = slides.findIndex((s) => parseView(s.view, knownValuesOf(data)).view.compare.length >= 2);
const compared = parseView(slides[index]!.view, knownValuesOf(data)).view.compare;
const names = compared.map((code) => data.regions.find((r) => r.code === code)!.name);

/** Every cell of the panel's table and its note, or every heading and item of its lists, inside the panel's visible box. */
async function cutCells(page: Page): Promise<string[]> {
  return page.getByTestId("slide-panel").evaluate((panel) => {
    const box = panel.getBoundingClientRect();
    return [...panel.querySelectorAll("caption, th, td, .slide-comparison-note, h3, li")]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.bottom > box.bottom + 1 || r.right > box.right + 1 || r.top < box.top - 1;
      })
      .map((el) => el.textContent ?? "");
  });
}

for (const size of [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
]) {
  for (const lang of ["sv", "en"] as const) {
    test(`the comparison slide at ${size.width}×${size.height} (${lang}): the compared regions' table beside the map, whole`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      await page.goto(`/?present=1&slide=${index + 1}${lang === "en" ? "&lang=en" : ""}`);
      await waitForMap(page);
      const panel = page.getByTestId("slide-panel");
      const table = panel.getByTestId("slide-comparison");
      await expect(table.locator("thead th")).toHaveText(names);
      await expect(table.locator("tbody tr").first()).toBeVisible();
      await expect(panel).not.toHaveAttribute("data-fit", "overflow");
      expect(await cutCells(page)).toEqual([]);
      // Not scrolled: a clicker cannot scroll, so nothing may hide below the panel's edge.
      expect(await panel.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
    });
  }
}

// The report's national lists (2.2.9) beside the map: every item on the slide at both sizes, in both languages.
const listSlides = slides.flatMap((s, i) => (s.panel ? [i + 1] : []));
for (const size of [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
]) {
  for (const lang of ["sv", "en"] as const) {
    test(`the lists' slides at ${size.width}×${size.height} (${lang}): every item inside the panel, none to scroll to`, async ({
      page,
    }) => {
      expect(listSlides.length).toBeGreaterThan(0);
      await page.setViewportSize(size);
      for (const n of listSlides) {
        await page.goto(`/?present=1&slide=${n}${lang === "en" ? "&lang=en" : ""}`);
        await waitForMap(page);
        const panel = page.getByTestId("slide-panel");
        await expect(panel.locator("li").first()).toBeVisible();
        // In English the lists' translation comes after the first paint, and the panel is fitted again for it.
        if (lang === "en") await expect(panel).toContainText("Unofficial translation");
        await expect(panel).not.toHaveAttribute("data-fit", "overflow");
        await expect.poll(() => cutCells(page), { message: `slide ${n}` }).toEqual([]);
        await expect.poll(() => panel.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
        // Both lists whole: as many items as the report's two lists have.
        await expect(panel.locator("li")).toHaveCount(data.findings.challenges.length + data.findings.successFactors.length);
      }
    });
  }
}
