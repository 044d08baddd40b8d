import { expect, test } from "./fixtures";
import { editionText } from "../editionFiles";
import type { Page } from "@playwright/test";
import { placeOnMap, waitForMap } from "./helpers";

/** The default deck's last slide (the national findings), from its file. */
const LAST_SLIDE = (JSON.parse(editionText("deck.json")) as { slides: unknown[] }).slides.length;

/** A phone: 390 × 844 CSS px, with a phone's viewport (its layout widens to whatever the page's content needs). */
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

const JAMTLAND: [number, number] = [14.2, 63.0];

/** The page is no wider than the screen: nothing, shown or hidden, makes it scroll sideways. */
async function expectNoSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => ({ inner: window.innerWidth, scroll: document.documentElement.scrollWidth }))).toEqual({
    inner: 390,
    scroll: 390,
  });
}

test.describe("at 390 × 844", () => {
  test.use(PHONE);

  test("no view is wider than the screen", async ({ page }) => {
    await page.goto("/");
    await waitForMap(page);
    // The overview's charts come last, with their table for screen readers (1225 px wide, hidden).
    await expect(page.locator(".overview table.sr-only")).toBeAttached();
    await expectNoSidewaysScroll(page);

    for (const url of [
      "/?region=SE-Z",
      "/?compare=SE-Z,SE-C,SE-AB,SE-AC",
      "/?read=2.2",
      "/?present=1",
      "/?present=1&slide=12",
      `/?present=1&slide=${LAST_SLIDE}`,
    ]) {
      await page.goto(url);
      await waitForMap(page);
      await expect(page.locator(".side-panel, .slide-header").first()).not.toBeEmpty();
      await expectNoSidewaysScroll(page);
    }
  });

  test("the map stays where it was first drawn when the header's actions arrive", async ({ page }) => {
    // Where the map's box is at each layout shift, from the first frame: recorded before any of the page's scripts.
    await page.addInitScript(() => {
      const tops: number[] = [];
      (window as unknown as { mapTops: number[] }).mapTops = tops;
      new MutationObserver(() => {
        // Not while the prerendered first paint is still hidden, being parsed (scripts/prerender.mjs): nothing shows.
        const map = [...document.querySelectorAll(".map-stage")].find((el) => getComputedStyle(el).visibility !== "hidden");
        const top = map ? Math.round(map.getBoundingClientRect().top + window.scrollY) : undefined;
        if (top !== undefined && top !== tops[tops.length - 1]) tops.push(top);
      }).observe(document, { childList: true, subtree: true, attributes: true });
    });
    await page.goto("/");
    await waitForMap(page);
    await expect(page.getByTestId("present")).toBeVisible();
    await expect(page.getByTestId("deck-editor-open")).toBeVisible();
    // One position only: the actions took the room kept for them (they once pushed the map 86 px down).
    expect(await page.evaluate(() => (window as unknown as { mapTops: number[] }).mapTops)).toHaveLength(1);
  });

  test("choosing a region on the map brings its panel into view, and the panel leads back to the map", async ({ page }) => {
    await page.goto("/");
    await waitForMap(page);
    const map = page.getByTestId("map");
    await map.scrollIntoViewIfNeeded();
    const box = (await map.boundingBox())!;
    const at = await placeOnMap(page, JAMTLAND);
    await page.mouse.click(box.x + at.x, box.y + at.y);
    await expect(page).toHaveURL(/region=SE-Z/);

    const heading = page.locator(".side-panel h2").first();
    await expect(heading).toContainText("Jämtland Härjedalen");
    await expect(heading).toBeInViewport();
    const back = page.getByRole("button", { name: "Till kartan" });
    await expect(back).toBeInViewport();

    await back.click();
    await expect(map).toBeInViewport({ ratio: 0.5 });
    await expect(heading).not.toBeInViewport();
  });

  test("the comparison's region names stay in their own columns", async ({ page }) => {
    await page.goto("/?compare=SE-Z,SE-C,SE-AB,SE-AC");
    await waitForMap(page);
    const headers = page.locator(".compare-practices thead .compare-col");
    await expect(headers).toHaveCount(4);
    // Each name's text, as laid out, within its own header cell: none runs over its neighbour.
    const spill = await headers.evaluateAll((cells) =>
      cells.map((cell) => {
        const range = document.createRange();
        range.selectNodeContents(cell);
        const text = range.getBoundingClientRect();
        const own = cell.getBoundingClientRect();
        return { name: cell.textContent, over: Math.max(0, own.left - text.left, text.right - own.right) };
      }),
    );
    expect(spill.filter((s) => s.over > 0.5)).toEqual([]);
  });

  test("the comparison breaks no region name and no practice mid-word", async ({ page }) => {
    // Stockholm, Kalmar, Jönköping and Östergötland share or hold the practices with the longest words
    // ("arbetsmarknadsregioner,", "näringslivsutveckling", "Utvecklingsdagar/konferenser").
    await page.goto("/?compare=SE-AB,SE-H,SE-F,SE-E");
    await waitForMap(page);
    const words = page.locator(".compare-practices .compare-col-name, .compare-practices .compare-disclosure");
    await expect(words.first()).toBeVisible();
    // A word laid out on two lines has boxes on two lines; after a slash is a break between words.
    const broken = await words.evaluateAll((elements) =>
      elements.flatMap((element) => {
        const vertical = getComputedStyle(element).writingMode.startsWith("vertical");
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        const found: string[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const match of (node.textContent ?? "").matchAll(/[^\s/]+\/?/g)) {
            const range = document.createRange();
            range.setStart(node, match.index);
            range.setEnd(node, match.index + match[0].length);
            const lines = new Set(
              [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0).map((r) => Math.round(vertical ? r.left : r.top)),
            );
            if (lines.size > 1) found.push(match[0]);
          }
        }
        return found;
      }),
    );
    expect(broken).toEqual([]);
    // Every word counted: the test sees the long ones it is about.
    await expect(words.filter({ hasText: "arbetsmarknadsregioner," })).toHaveCount(1);
  });

  test("a presentation keeps its exit button and slide number in sight", async ({ page }) => {
    for (const slide of [1, 3, 12]) {
      await page.goto(`/?present=1&slide=${slide}`);
      await waitForMap(page);
      await expect(page.getByRole("button", { name: "Avsluta presentationen" })).toBeInViewport({ ratio: 1 });
      await expect(page.getByTestId("slide-counter")).toBeInViewport({ ratio: 1 });
      // The title has the width to be read, not one letter a line.
      expect((await page.getByTestId("slide-title").boundingBox())!.width).toBeGreaterThan(300);
    }
    await page.getByRole("button", { name: "Avsluta presentationen" }).click();
    await expect(page).not.toHaveURL(/present=1/);
  });
});

test.describe("a 390 px wide window", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the tooltip stays inside the screen, even for a region at its right edge", async ({ page }) => {
    await page.goto("/");
    await waitForMap(page);
    await page.getByTestId("map").evaluate((el) => el.scrollIntoView({ block: "end" }));
    const tooltip = page.getByTestId("map-tooltip");
    // The keyboard's way to a region: its tooltip stands at its label, Gotland's near the right edge.
    for (const code of ["SE-I", "SE-BD", "SE-M"]) {
      await page.locator(`.region-list li[data-code="${code}"]`).evaluate((li) => (li as HTMLElement).focus({ preventScroll: true }));
      await expect(tooltip).toContainText(code === "SE-I" ? "Gotland" : code === "SE-BD" ? "Norrbotten" : "Skåne");
      const tip = (await tooltip.boundingBox())!;
      expect(tip.x).toBeGreaterThanOrEqual(0);
      expect(tip.x + tip.width).toBeLessThanOrEqual(390);
      expect(tip.y).toBeGreaterThanOrEqual(0);
      expect(tip.y + tip.height).toBeLessThanOrEqual(844);
    }
  });
});
