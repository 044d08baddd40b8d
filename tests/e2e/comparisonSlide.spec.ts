import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { committedDataset } from "./data";
import { parseDeckText } from "../../src/present/deckSchema";
import { knownValuesOf, parseView } from "../../src/state/url";
import { openOwnDeck, waitForMap } from "./helpers";
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

// Six regions compared (the cap) on a 1280 × 720 slide: even the smallest type does not hold the table, so it
// continues on the next click, page by page, each row whole on exactly one page, the heading row on every page.
const SIX = ["SE-AB", "SE-O", "SE-M", "SE-E", "SE-F", "SE-H"];
const sixDeck = {
  version: 1,
  title: { sv: "Sex jämförda", en: "Six compared" },
  slides: [
    {
      view: `compare=${SIX.join(",")}`,
      title: { sv: "Sex regioner", en: "Six regions" },
      caption: { sv: "Sida vid sida.", en: "Side by side." },
    },
    { view: "color=year", title: { sv: "Antagandeår", en: "Year adopted" }, caption: { sv: "Nästa bild.", en: "Next slide." } },
  ],
};

/** The panel's page: which it is, and the text of each block shown whole inside the panel above its page line. */
async function shownPage(page: Page) {
  return page.getByTestId("slide-panel").evaluate((panel) => {
    const box = panel.getBoundingClientRect();
    const line = panel.querySelector(".slide-panel-page")?.getBoundingClientRect();
    const foot = line ? line.top : box.bottom;
    const shown = [...panel.querySelectorAll<HTMLElement>(".slide-comparison caption, .slide-comparison tbody tr, .slide-comparison-note")]
      .filter((el) => getComputedStyle(el).visibility !== "hidden")
      .map((el) => ({ text: el.textContent ?? "", r: el.getBoundingClientRect() }));
    const head = panel.querySelector("thead")!.getBoundingClientRect();
    return {
      page: panel.dataset.page,
      pages: panel.dataset.pages,
      rows: shown.map((s) => s.text),
      cut: shown.filter((s) => s.r.top < box.top - 1 || s.r.bottom > foot + 1 || s.r.right > box.right + 1).map((s) => s.text),
      // The heading row in sight at the panel's top part, above every row shown.
      headInSight:
        head.top >= box.top - 1 && head.bottom <= foot && shown.every((s) => s.r.top >= head.bottom - 1 || s.r.bottom <= head.top + 1),
    };
  });
}

test("six regions compared at 1280×720: the table continues on the next click, every row whole on exactly one page, from the presenter view too", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto("/");
  await waitForMap(page);
  await openOwnDeck(page, "sex.json", sixDeck);
  await page.getByTestId("deck-present").click();
  await expect(page.getByTestId("slide-counter")).toHaveText("1 / 2");
  const panel = page.getByTestId("slide-panel");
  await expect(panel.getByTestId("slide-comparison").locator("thead th")).toHaveCount(SIX.length);
  await expect(panel).toHaveAttribute("data-pages", /^[2-9]$/);
  const pages = Number(await panel.getAttribute("data-pages"));
  const everyRow = await panel
    .locator(".slide-comparison caption, .slide-comparison tbody tr, .slide-comparison-note")
    .evaluateAll((els) => els.map((el) => el.textContent ?? ""));
  // Its PNG loses no word either: six regions' lists do not fit the legend column even at its least type, so the
  // picture grows taller than a slide, and its name says its size.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /som PNG/ }).click()]);
  const png = readFileSync(await download.path());
  const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
  expect(width).toBe(1920);
  expect(height).toBeGreaterThan(1080);
  expect(download.suggestedFilename()).toMatch(new RegExp(`-${width}x${height}\\.png$`));
  const seen: string[] = [];
  for (let n = 1; n <= pages; n++) {
    await expect(panel).toHaveAttribute("data-page", String(n));
    await expect(panel.getByTestId("slide-panel-page")).toHaveText(
      n < pages ? `Sida ${n} av ${pages} – forts. vid nästa klick` : `Sida ${n} av ${pages} (forts.)`,
    );
    const shown = await shownPage(page);
    expect(shown.cut, `page ${n}`).toEqual([]);
    expect(shown.headInSight, `page ${n}: the heading row`).toBe(true);
    seen.push(...shown.rows);
    // Still the same slide: the click went to the table's next page.
    await expect(page.getByTestId("slide-counter")).toHaveText("1 / 2");
    await page.keyboard.press("PageDown");
  }
  expect([...seen].sort()).toEqual([...everyRow].sort());
  // After the last page, the next slide; back again, the table from its first page.
  await expect(page.getByTestId("slide-counter")).toHaveText("2 / 2");
  await page.keyboard.press("PageUp");
  await expect(page.getByTestId("slide-counter")).toHaveText("1 / 2");
  await expect(panel).toHaveAttribute("data-page", "1");
  await page.keyboard.press("PageUp");
  await expect(page.getByTestId("slide-counter")).toHaveText("1 / 2");
  // A clicker at the presenter view steps the same way: the table's pages first, then the next slide.
  const [presenter] = await Promise.all([page.context().waitForEvent("page"), page.keyboard.press("s")]);
  await presenter.waitForLoadState();
  await expect(presenter.getByTestId("presenter-counter")).toHaveText("1 / 2");
  // The presenter sees which page the audience sees, and that the click continues the table.
  const presenterPage = presenter.getByTestId("presenter-panel-page");
  await expect(presenterPage).toHaveText(`Panelen på publikens skärm: sida 1 av ${pages}. Nästa klick visar sida 2.`);
  await expect(presenter.getByTestId("presenter-picture")).toHaveAttribute("src", /^blob:/, { timeout: 30_000 });
  await presenter.screenshot({ path: test.info().outputPath("presenter-panel-page.png") });
  for (let n = 2; n <= pages; n++) {
    await presenter.keyboard.press("PageDown");
    await expect(panel).toHaveAttribute("data-page", String(n));
    await expect(page.getByTestId("slide-counter")).toHaveText("1 / 2");
    await expect(presenterPage).toContainText(`sida ${n} av ${pages}.`);
  }
  await expect(presenterPage).toContainText("Nästa klick går till nästa bild.");
  await presenter.keyboard.press("PageDown");
  await expect(page.getByTestId("slide-counter")).toHaveText("2 / 2");
  await expect(presenter.getByTestId("presenter-counter")).toHaveText("2 / 2");
  await expect(presenterPage).toHaveCount(0);
});
