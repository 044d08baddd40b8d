import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { collectErrors, hasColour, imageColours, waitForMap } from "./helpers";
import { axeViolations } from "./axe";
import type { Deck } from "../../src/present/deckSchema";
import { classify } from "../../src/domain/classify";
import { knownValuesOf, parseView } from "../../src/state/url";
import { committedDataset } from "./data";
import { editionText } from "../editionFiles";

const deck = JSON.parse(editionText("deck.json")) as Deck;
const count = deck.slides.length;

test.use({ viewport: { width: 1920, height: 1080 } });

/** The presenter view opened by key S in the presentation. */
async function openPresenter(page: Page, how: () => Promise<void>): Promise<Page> {
  const [presenter] = await Promise.all([page.context().waitForEvent("page"), how()]);
  await presenter.waitForLoadState();
  return presenter;
}

/** Both windows show slide n: the presentation's counter and link, the presenter view's title, next slide and notes. */
async function expectBothAt(page: Page, presenter: Page, n: number, lang: "sv" | "en" = "sv") {
  await expect(page.getByTestId("slide-counter")).toHaveText(`${n} / ${count}`);
  await expect(page).toHaveURL(new RegExp(`present=1&slide=${n}$`));
  await expect(presenter.getByTestId("presenter-counter")).toHaveText(`${n} / ${count}`);
  await expect(presenter.getByTestId("presenter-title")).toHaveText(deck.slides[n - 1]!.title[lang]);
  await expect(presenter.getByTestId("presenter-next")).toHaveText(n < count ? deck.slides[n]!.title[lang] : /Sista bilden|Last slide/);
  await expect(presenter.getByTestId("presenter-notes")).toHaveText(deck.slides[n - 1]!.notes![lang]);
}

test("S opens the presenter view; the clicker in either window moves both; leaving the presentation closes it", async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000);
  const errors = collectErrors(page);
  await page.goto("/?present=1&slide=2");
  await waitForMap(page);
  const presenter = await openPresenter(page, () => page.keyboard.press("s"));
  const presenterErrors = collectErrors(presenter);
  await expectBothAt(page, presenter, 2);
  await expect(presenter.getByTestId("presenter-elapsed")).toHaveText(/^00:0\d$/);
  await presenter.screenshot({ path: testInfo.outputPath("presenter-view.png") });
  expect(await axeViolations(presenter)).toEqual([]);

  // The clicker in the presenter view moves the presentation.
  await presenter.keyboard.press("PageDown");
  await expectBothAt(page, presenter, 3);
  await presenter.keyboard.press("ArrowRight");
  await expectBothAt(page, presenter, 4);
  // …and in the presentation, the presenter view follows.
  await page.keyboard.press("PageUp");
  await expectBothAt(page, presenter, 3);
  await page.keyboard.press(" ");
  await expectBothAt(page, presenter, 4);
  // A number and Enter in the presenter view jump; so do its own buttons.
  await presenter.keyboard.press("1");
  await presenter.keyboard.press("0");
  await presenter.keyboard.press("Enter");
  await expectBothAt(page, presenter, 10);
  await presenter.getByRole("button", { name: /Föregående/ }).click();
  await expectBothAt(page, presenter, 9);

  // The time runs, and starts again from 00:00 on reset.
  await expect(presenter.getByTestId("presenter-elapsed")).not.toHaveText("00:00");
  await expect(presenter.getByTestId("presenter-elapsed")).not.toHaveText("00:01");
  await presenter.getByTestId("presenter-reset").click();
  await expect(presenter.getByTestId("presenter-elapsed")).toHaveText(/^00:0[01]$/);

  // Leaving the presentation closes the presenter view it opened.
  const closed = presenter.waitForEvent("close");
  await page.keyboard.press("Escape");
  await closed;
  expect(page.url()).not.toContain("present=");
  expect(errors).toEqual([]);
  expect(presenterErrors).toEqual([]);
});

test("the presenter view shows the map of the slide shown and of the next one, each slide's own", async ({ page }) => {
  const errors = collectErrors(page);
  const data = committedDataset();
  await page.goto("/?present=1&slide=1");
  await waitForMap(page);
  const presenter = await openPresenter(page, () => page.keyboard.press("s"));
  const current = presenter.getByTestId("presenter-picture");
  const next = presenter.getByTestId("presenter-next-picture");
  await expect(current).toHaveAttribute("src", /^blob:/, { timeout: 30_000 });
  await expect(next).toHaveAttribute("src", /^blob:/);
  await expect(current).toHaveAccessibleName(`Kartan på bilden ”${deck.slides[0]!.title.sv}”`);
  // Each picture carries its own slide's class colours, and is sharp enough for its room (960 CSS px at most).
  const [nowColours, nextColours] = await imageColours(presenter.locator("img.presenter-picture"));
  for (const [n, colours] of [
    [1, nowColours!],
    [2, nextColours!],
  ] as const) {
    const classes = classify(data, parseView(deck.slides[n - 1]!.view, knownValuesOf(data)).view, "sv").classes;
    for (const cls of classes.filter((c) => c.regions.length > 0)) {
      expect(hasColour(colours, cls.color), `slide ${n}: ${cls.label} (${cls.color})`).toBe(true);
    }
  }
  expect(await current.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThanOrEqual(960);
  // Moving on, the next slide's picture becomes the one shown (drawn once); on the last slide there is no next.
  const nextSource = await next.getAttribute("src");
  await page.keyboard.press("PageDown");
  await expect(presenter.getByTestId("presenter-counter")).toHaveText(`2 / ${count}`);
  await expect(current).toHaveAttribute("src", nextSource!);
  for (const digit of String(count)) await presenter.keyboard.press(digit);
  await presenter.keyboard.press("Enter");
  await expect(presenter.getByTestId("presenter-counter")).toHaveText(`${count} / ${count}`);
  await expect(current).toHaveAttribute("src", /^blob:/);
  await expect(next).toHaveCount(0);
  expect(errors).toEqual([]);
});

test("the presenter view in English, opened by its button; a second one joins, and is told when the presentation ends", async ({
  page,
}) => {
  await page.goto("/?lang=en&present=1&slide=4");
  await waitForMap(page);
  const presenter = await openPresenter(page, () => page.getByTestId("open-presenter").click());
  await expectBothAt(page, presenter, 4, "en");
  await expect(presenter.getByRole("heading", { level: 1 })).toHaveText("Presenter view");
  await expect(presenter.locator("html")).toHaveAttribute("lang", "en");

  // A presenter view opened by hand (a copied link) joins the running presentation…
  const second = await page.context().newPage();
  await second.goto("/?presenter=1");
  await expect(second.getByTestId("presenter-title")).toHaveText(deck.slides[3]!.title.en);
  await second.keyboard.press("End");
  await expectBothAt(page, presenter, count, "en");
  // …and, not opened by the presentation, is told it has ended rather than closed.
  await page.keyboard.press("Escape");
  await expect.poll(() => presenter.isClosed()).toBe(true);
  await expect(second.getByTestId("presenter-status")).toHaveText("The presentation was ended in the main window.");
});

test("a presenter view with no presentation window says so", async ({ page }) => {
  await page.goto("/?presenter=1");
  await expect(page.getByTestId("presenter-status")).toHaveText("Väntar på presentationsfönstret …");
  await expect(page.getByTestId("presenter-status")).toContainText("Presentationsfönstret svarar inte.");
});

test("a blocked pop-up is said on the slide, and the presentation carries on", async ({ page }) => {
  await page.goto("/?present=1&slide=1");
  await waitForMap(page);
  await page.evaluate(() => {
    window.open = () => null;
  });
  await page.keyboard.press("S");
  await expect(page.getByTestId("presenter-message")).toHaveText(/webbläsaren blockerade fönstret/);
  await page.keyboard.press("PageDown");
  await expect(page.getByTestId("slide-counter")).toHaveText(`2 / ${count}`);
});

test("opening the presenter view from a full-screen presentation keeps the presentation (the browser drops full screen for a pop-up)", async ({
  page,
}) => {
  await page.goto("/");
  await waitForMap(page);
  await page.keyboard.press("p");
  await expect(page.getByTestId("slide-counter")).toHaveText(`1 / ${count}`);
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  const presenter = await openPresenter(page, () => page.keyboard.press("s"));
  await expect(presenter.getByTestId("presenter-title")).toHaveText(deck.slides[0]!.title.sv);
  // Chromium with a window manager drops full screen when a page opens a pop-up, and so does its headless shell; full
  // Chromium in headless mode keeps it, so there it is dropped here as the browser would. The presentation goes on,
  // and both windows move together.
  await page.evaluate(() => (document.fullscreenElement ? document.exitFullscreen() : undefined));
  await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
  await expect(page.getByTestId("slide-counter")).toHaveText(`1 / ${count}`);
  await presenter.keyboard.press("PageDown");
  await expectBothAt(page, presenter, 2);
});

test("Escape and at once P: the first presentation's full screen, ending a frame later, does not end the second", async ({ page }) => {
  await page.goto("/");
  await waitForMap(page);
  await page.keyboard.press("p");
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  // Both keys in one task, before the browser says the full screen ended (its event comes with the next frame).
  await page.evaluate(() => {
    for (const key of ["Escape", "p"]) dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true }));
  });
  await page.waitForFunction(() => document.fullscreenElement === null);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await expect(page).toHaveURL(/present=1&slide=1$/);
  await expect(page.getByTestId("slide-counter")).toHaveText(`1 / ${count}`);
});

test("B in the presenter view blacks the audience's screen and says so there; any key there brings the slide back", async ({ page }) => {
  await page.goto("/?present=1&slide=2");
  await waitForMap(page);
  const presenter = await openPresenter(page, () => page.keyboard.press("s"));
  await expectBothAt(page, presenter, 2);
  await presenter.keyboard.press("b");
  await expect(page.getByTestId("blank-screen")).toHaveAttribute("data-blank", "black");
  await expect(presenter.getByTestId("presenter-blank")).toHaveText(/Publiken ser en svart skärm/);
  // Any key brings it back, and only that: PageDown does not also move on.
  await presenter.keyboard.press("PageDown");
  await expect(page.getByTestId("blank-screen")).toHaveCount(0);
  await expect(presenter.getByTestId("presenter-blank")).toHaveCount(0);
  await expectBothAt(page, presenter, 2);
  await presenter.keyboard.press(",");
  await expect(page.getByTestId("blank-screen")).toHaveAttribute("data-blank", "white");
  await expect(presenter.getByTestId("presenter-blank")).toHaveText(/vit skärm/);
  await page.keyboard.press("x");
  await expect(presenter.getByTestId("presenter-blank")).toHaveCount(0);
});
