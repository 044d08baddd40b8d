import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import type { Deck } from "../../src/present/deckSchema";
import { collectErrors, waitForMap } from "./helpers";
import { editionText } from "../editionFiles";

const defaultDeck = JSON.parse(editionText("deck.json")) as Deck;
/** The default deck's length, from its file. */
const DEFAULT_SLIDES = defaultDeck.slides.length;
/** Its pictures: one per view (two slides that show one view share their picture). */
const DEFAULT_PICTURES = new Set(defaultDeck.slides.map((slide) => slide.view)).size;

const threeSlides: Deck = {
  version: 1,
  title: { sv: "Tre bilder att ordna", en: "Three slides to order" },
  slides: [
    { view: "color=status", title: { sv: "Först: läget", en: "First: status" }, caption: { sv: "Läget 2026.", en: "Status." } },
    {
      view: "color=practice&practice=open-indicator-platforms",
      title: { sv: "Öppna indikatorplattformar", en: "Open indicator platforms" },
      caption: { sv: "Öppna plattformar.", en: "Open platforms." },
    },
    { view: "color=year", title: { sv: "År då strategierna antogs", en: "Years adopted" }, caption: { sv: "År.", en: "Year." } },
  ],
};
const TITLES = threeSlides.slides.map((s) => s.title.sv);

async function openBuilder(page: Page) {
  await page.getByTestId("deck-editor-open").click();
  await expect(page.getByTestId("deck-editor")).toBeVisible();
  return page.getByTestId("deck-slides").locator(":scope > li");
}

/** A deck file dropped on the builder, as from the file manager: it must still open the deck beside the rows' drags. */
async function dropDeckFile(page: Page, deck: Deck) {
  const transfer = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], "tre.json", { type: "application/json" }));
    return data;
  }, JSON.stringify(deck));
  await page.getByTestId("deck-editor").dispatchEvent("drop", { dataTransfer: transfer });
  await expect(page.getByTestId("deck-status")).toHaveText("tre.json: 3 bilder inlästa.");
}

const titlesOf = (rows: Locator) => rows.getByTestId("deck-slide-title").allTextContents();

/** The presentation's slides in order, from its first: it follows the deck as the builder left it. */
async function presentedTitles(page: Page, count: number) {
  await page.getByTestId("deck-present").click();
  const seen: string[] = [];
  for (let i = 1; i <= count; i++) {
    await expect(page.getByTestId("slide-counter")).toHaveText(`${i} / ${count}`);
    seen.push((await page.getByTestId("slide-title").textContent()) ?? "");
    if (i < count) await page.keyboard.press("ArrowRight");
  }
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("slide-counter")).toBeHidden();
  return seen;
}

test.use({ viewport: { width: 1920, height: 1080 } });

test("every row of the deck builder shows its slide's map, the view as small text beside it", async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const errors = collectErrors(page);
  // When each picture is encoded (the picture pipeline ends in canvas.toBlob), and when the builder is opened.
  await page.addInitScript(() => {
    const encoded: number[] = ((window as unknown as { __encoded: number[] }).__encoded = []);
    const toBlob = HTMLCanvasElement.prototype.toBlob;
    HTMLCanvasElement.prototype.toBlob = function (...args) {
      encoded.push(performance.now());
      return toBlob.apply(this, args);
    };
  });
  await page.goto("/?color=status");
  await waitForMap(page);
  const openedAt = await page.evaluate(() => performance.now());
  const rows = await openBuilder(page);
  await expect(rows).toHaveCount(DEFAULT_SLIDES);
  const titles = await titlesOf(rows);
  for (let i = 0; i < DEFAULT_SLIDES; i++) {
    const picture = rows.nth(i).getByTestId("deck-slide-thumbnail");
    await expect.poll(() => picture.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0))).toBeGreaterThan(0);
    await expect(picture).toHaveAttribute("alt", `Kartan på bilden ”${titles[i]}”`);
    // The picture has the box its placeholder had: a row does not jump when its picture arrives.
    const box = (await picture.boundingBox())!;
    expect(Math.round(box.width)).toBe(112);
    expect(Math.round(box.height)).toBe(63);
  }
  await expect(rows.getByTestId("deck-slide-thumbnail-pending")).toHaveCount(0);
  // A closed builder draws no picture: the rows' pictures were all made after it was opened, one a view.
  const encoded = await page.evaluate(() => (window as unknown as { __encoded: number[] }).__encoded);
  expect(encoded.filter((at) => at < openedAt)).toEqual([]);
  expect(encoded).toHaveLength(DEFAULT_PICTURES);
  // The view stays for those who read links: one small line, whole in its tooltip.
  await expect(rows.first().locator("code")).toHaveAttribute("title", /^color=/);
  await page.getByTestId("deck-slides").scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath("deck-builder-thumbnails-1920.png") });
  expect(errors).toEqual([]);
});

test("slides are reordered with the keys and by dragging a row; the presentation follows; a dropped file still opens a deck", async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const errors = collectErrors(page);
  await page.goto("/?color=status");
  await waitForMap(page);
  const rows = await openBuilder(page);
  await dropDeckFile(page, threeSlides);
  await expect(rows).toHaveCount(3);
  expect(await titlesOf(rows)).toEqual(TITLES);

  // Keys: Alt+↑ twice on the last row's button brings it to the top, the focus with it.
  await rows.nth(2).getByRole("button", { name: "Redigera" }).focus();
  await page.keyboard.press("Alt+ArrowUp");
  await expect(page.getByTestId("deck-status")).toHaveText("Flyttad till plats 2.");
  await page.keyboard.press("Alt+ArrowUp");
  await expect(page.getByTestId("deck-status")).toHaveText("Flyttad till plats 1.");
  await expect(rows.nth(0).getByRole("button", { name: "Redigera" })).toBeFocused();
  const byKeys = [TITLES[2], TITLES[0], TITLES[1]];
  await expect.poll(() => titlesOf(rows)).toEqual(byKeys);
  expect(await presentedTitles(page, 3)).toEqual(byKeys);

  // Drag: the first row dropped on the lower half of the last one goes after it.
  await expect(page.getByTestId("deck-editor")).toBeVisible();
  const last = (await rows.nth(2).boundingBox())!;
  await rows.nth(0).dragTo(rows.nth(2), { targetPosition: { x: last.width / 2, y: last.height - 6 } });
  const byDrag = [TITLES[0], TITLES[1], TITLES[2]];
  await expect.poll(() => titlesOf(rows)).toEqual(byDrag);
  await expect(page.getByTestId("deck-status")).toHaveText("Flyttad till plats 3.");
  // …and the upper half of the first row: before it.
  await rows.nth(2).dragTo(rows.nth(0), { targetPosition: { x: 40, y: 6 } });
  const byDragUp = [TITLES[2], TITLES[0], TITLES[1]];
  await expect.poll(() => titlesOf(rows)).toEqual(byDragUp);
  // A row's drag is not a file: no deck was opened, no dataset refused, no file outline left behind.
  await expect(page.getByTestId("deck-issues")).toHaveCount(0);
  await expect(page.getByText("Nuvarande data visas fortfarande")).toHaveCount(0);
  await expect(page.getByTestId("deck-editor")).not.toHaveClass(/deck-editor-dragging/);
  await expect(rows.locator(".deck-slide-dragged")).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath("deck-builder-dragged-1920.png") });
  expect(await presentedTitles(page, 3)).toEqual(byDragUp);

  // A file dropped on the builder after all that still opens as a deck (once the edits not in a file may go).
  await expect(page.getByTestId("deck-editor")).toBeVisible();
  const asked: string[] = [];
  page.once("dialog", (question) => {
    asked.push(question.type());
    void question.accept();
  });
  await dropDeckFile(page, threeSlides);
  expect(asked).toEqual(["confirm"]);
  await expect.poll(() => titlesOf(rows)).toEqual(TITLES);
  expect(errors).toEqual([]);
});

test.describe("where the builder sits", () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test("at 1280×720 the builder leaves the map's middle in view", async ({ page }, testInfo) => {
    await page.goto("/?color=status");
    await waitForMap(page);
    const rows = await openBuilder(page);
    await expect(rows).toHaveCount(DEFAULT_SLIDES);
    const map = (await page.getByTestId("map").boundingBox())!;
    const dialog = (await page.getByTestId("deck-editor").boundingBox())!;
    const centre = { x: map.x + map.width / 2, y: map.y + map.height / 2 };
    const under =
      centre.x >= dialog.x && centre.x <= dialog.x + dialog.width && centre.y >= dialog.y && centre.y <= dialog.y + dialog.height;
    expect(under, `map centre ${JSON.stringify(centre)}, builder ${JSON.stringify(dialog)}`).toBe(false);
    // What is on top there is the map, not the builder.
    const top = await page.evaluate(({ x, y }) => !!document.elementFromPoint(x, y)?.closest('[data-testid="map"]'), centre);
    expect(top).toBe(true);
    await page.screenshot({ path: testInfo.outputPath("deck-builder-1280.png") });
  });

  test("at 390×844 the builder may cover the map but stays usable", async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/?color=status");
    await waitForMap(page);
    const rows = await openBuilder(page);
    await expect(rows).toHaveCount(DEFAULT_SLIDES);
    const dialog = (await page.getByTestId("deck-editor").boundingBox())!;
    expect(dialog.x).toBeGreaterThanOrEqual(0);
    expect(dialog.x + dialog.width).toBeLessThanOrEqual(390);
    expect(dialog.y + dialog.height).toBeLessThanOrEqual(844);
    // A row's buttons are within the row; its move buttons work.
    await rows.nth(1).scrollIntoViewIfNeeded();
    const row = (await rows.nth(1).boundingBox())!;
    const play = (await rows.nth(1).locator('[data-action="present"]').boundingBox())!;
    expect(play.x + play.width).toBeLessThanOrEqual(row.x + row.width + 0.5);
    const second = await rows.nth(1).getByTestId("deck-slide-title").textContent();
    await rows.nth(1).locator('[data-action="up"]').click();
    await expect(rows.nth(0).getByTestId("deck-slide-title")).toHaveText(second!);
    await page.screenshot({ path: testInfo.outputPath("deck-builder-390.png") });
    await page.getByTestId("deck-editor").getByRole("button", { name: "Stäng" }).click();
    await expect(page.getByTestId("deck-editor")).toBeHidden();
  });
});
