import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { collectErrors, waitForMap } from "./helpers";
import type { Deck } from "../../src/present/deckSchema";
import { PRESENTER_CHANNEL } from "../../src/present/presenterChannel";
import { PRESENTER_PROTOCOL } from "../../src/present/presenterMessages";
import { editionText } from "../editionFiles";

/** Issue 24, points 1, 4 and 5: windows and tabs of one page, and views that are links. */
const deck = JSON.parse(editionText("deck.json")) as Deck;
const count = deck.slides.length;

test.use({ viewport: { width: 1280, height: 720 } });

/** A page of the same origin that is not the app (a data file): it can post anything on the presenter channel. */
async function outsider(page: Page): Promise<(message: unknown) => Promise<void>> {
  const spoofer = await page.context().newPage();
  await spoofer.goto("/geo/labels.json");
  return (message) =>
    spoofer.evaluate(
      ([name, m]) => {
        const channel = new BroadcastChannel(name as string);
        channel.postMessage(m);
        channel.close();
      },
      [PRESENTER_CHANNEL, message] as const,
    );
}

test("spoofed presenter-channel messages leave both windows working and the link valid", async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  const errors = collectErrors(page);
  await page.goto("/?present=1&slide=2");
  await waitForMap(page);
  const presenter = await page.context().newPage();
  const presenterErrors = collectErrors(presenter);
  await presenter.goto("/?presenter=1");
  await expect(presenter.getByTestId("presenter-counter")).toHaveText(`2 / ${count}`);
  const send = await outsider(page);
  const oneSlide = { ...deck, slides: deck.slides.slice(0, 1) };
  const tiny = { view: "", title: { sv: "x", en: "x" }, caption: { sv: "c", en: "c" } };

  // The messages: no deck, a deck of words, 200,000 slides — ignored, counted, the view stays.
  await send({ type: "state", slide: 1, lang: "sv", present: true, deck: null });
  await send({ v: PRESENTER_PROTOCOL, type: "state", slide: 1, lang: "sv", present: true, deck: null });
  await send({ v: PRESENTER_PROTOCOL, type: "state", slide: 1, lang: "sv", present: true, deck: { slides: "abc" } });
  await send({
    v: PRESENTER_PROTOCOL,
    type: "state",
    slide: 1,
    lang: "sv",
    present: true,
    deck: { ...deck, slides: Array(200_000).fill(tiny) },
  });
  await expect(presenter.getByTestId("presenter")).toHaveAttribute("data-ignored-messages", "4");
  await expect(presenter.getByTestId("presenter-counter")).toHaveText(`2 / ${count}`);
  // A picture from anywhere but this page is not shown (the CSP would have stopped it; the code does first).
  await send({ v: PRESENTER_PROTOCOL, type: "pictures", slide: 2, current: "https://example.com/x.png", next: "javascript:alert(1)" });
  await send({ v: PRESENTER_PROTOCOL, type: "pictures", slide: 2, current: "data:image/svg+xml;base64,PHN2Zz4=" });
  // A well-formed state of a one-slide deck at slide 99: "1 / 1", never "99 / 1".
  await send({ v: PRESENTER_PROTOCOL, type: "state", slide: 99, lang: "sv", present: true, deck: oneSlide });
  await expect(presenter.getByTestId("presenter-counter")).toHaveText("1 / 1");
  await expect(presenter.locator("img[src^='https:'], img[src^='javascript:'], img[src^='data:image/svg']")).toHaveCount(0);
  await presenter.screenshot({ path: testInfo.outputPath("presenter-after-spoof.png") });

  // Slides asked of the presentation window: 0 is no slide (ignored), 150 is past its end (the last slide).
  await send({ type: "go", slide: 0 });
  await send({ v: PRESENTER_PROTOCOL, type: "go", slide: 0 });
  await send({ v: PRESENTER_PROTOCOL, type: "go", slide: "3" });
  await expect(page).toHaveURL(/present=1&slide=2$/);
  await send({ v: PRESENTER_PROTOCOL, type: "go", slide: 150 });
  await expect(page).toHaveURL(new RegExp(`present=1&slide=${count}$`));
  await expect(page.getByTestId("slide-counter")).toHaveText(`${count} / ${count}`);
  expect(await page.evaluate(() => document.documentElement.dataset.presenterIgnored)).toBe("2");

  // Both windows still work together: the presentation moves, the presenter view follows with the real deck.
  await page.keyboard.press("PageUp");
  await expect(page).toHaveURL(new RegExp(`present=1&slide=${count - 1}$`));
  await expect(presenter.getByTestId("presenter-counter")).toHaveText(`${count - 1} / ${count}`);
  await expect(presenter.getByTestId("presenter-title")).toHaveText(deck.slides[count - 2]!.title.sv);
  await presenter.keyboard.press("PageUp");
  await expect(page.getByTestId("slide-counter")).toHaveText(`${count - 2} / ${count}`);

  // A window of the earlier protocol (no version) is named, with what to do.
  await send({ type: "state", slide: 1, lang: "sv", present: true, deck });
  await expect(presenter.getByTestId("presenter-version")).toHaveText("Presentationsfönstret är från en äldre version — ladda om det.");
  await expect(presenter.getByTestId("presenter-counter")).toHaveText(`${count - 2} / ${count}`);
  await presenter.screenshot({ path: testInfo.outputPath("presenter-older-version.png") });
  await send({ type: "hello" });
  await expect(page.getByTestId("presenter-message")).toHaveText("Talarvyn är från en äldre version — ladda om den.");
  expect(errors).toEqual([]);
  expect(presenterErrors).toEqual([]);
});

test("a hash written like a query is the link; a slide past the deck is said; the table is a link", async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  await page.goto("/#region=SE-M&lang=en");
  await waitForMap(page);
  await expect(page).toHaveURL(/\/\?lang=en&region=SE-M$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByTestId("url-notice")).toHaveCount(0);

  await page.goto("/?present=1&slide=999");
  await waitForMap(page);
  await expect(page.getByTestId("slide-counter")).toHaveText(`${count} / ${count}`);
  await expect(page).toHaveURL(new RegExp(`present=1&slide=${count}$`));
  await expect(page.getByTestId("slide-notice")).toBeVisible();
  await expect(page.getByTestId("slide-notice")).toContainText(
    `Länken bad om bild 999, men bildspelet har ${count} bilder: den sista visas.`,
  );
  await page.screenshot({ path: testInfo.outputPath("slide-999-notice.png") });
  await page.getByTestId("slide-notice").getByRole("button", { name: "Stäng meddelandet" }).click();
  await expect(page.getByTestId("slide-notice")).toHaveCount(0);

  await page.goto("/?color=year");
  await waitForMap(page);
  await page.getByRole("button", { name: "Tabell", exact: true }).click();
  await expect(page).toHaveURL(/\?color=year&view=table$/);
  await page.reload();
  await expect(page.getByRole("button", { name: "Tabell", exact: true })).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator("main.dashboard-table")).toBeVisible();
  await page.getByRole("button", { name: "Karta", exact: true }).click();
  await expect(page).toHaveURL(/\?color=year$/);
});

/** Renames the deck in the open deck editor (an edit of the tab's own). */
async function rename(page: Page, title: string) {
  await page.getByTestId("deck-rename").click();
  const form = page.getByTestId("deck-title-form");
  await form.locator("input").first().fill(title);
  await form.getByRole("button", { name: "Spara" }).click();
  await expect(page.getByTestId("deck-title")).toHaveText(title);
}

test("two tabs editing one deck never lose edits unseen", async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  await page.goto("/");
  await waitForMap(page);
  const other = await page.context().newPage();
  await other.goto("/");
  await waitForMap(other);
  for (const tab of [page, other]) {
    await tab.getByTestId("deck-editor-open").click();
    await expect(tab.getByTestId("deck-editor")).toBeVisible();
  }

  // One tab edits: the other, with nothing of its own, shows the change and says so.
  await rename(page, "Flik A: å ä ö");
  await expect(other.getByTestId("deck-title")).toHaveText("Flik A: å ä ö");
  await expect(other.getByTestId("deck-changed-elsewhere")).toBeVisible();
  // It edits on top of that: the first tab's edit is in it, so the first tab takes it over without a question.
  await rename(other, "Flik B");
  await expect(page.getByTestId("deck-title")).toHaveText("Flik B");
  await expect(page.getByTestId("deck-conflict-editor")).toHaveCount(0);

  // A write beside this tab's own edits (an older tab, writing without revisions): asked, nothing replaced unasked.
  const older = await page.context().newPage();
  await older.goto("/geo/labels.json");
  const writeAsOlderTab = async (title: string) => {
    const kept = JSON.parse((await page.evaluate(() => localStorage.getItem("rus-kartan.deck.v1")))!);
    const theirs = { deck: { ...kept.deck, title: { sv: title, en: title } }, origin: "edited", unsaved: true };
    await older.evaluate((text) => localStorage.setItem("rus-kartan.deck.v1", text), JSON.stringify(theirs));
  };
  await rename(page, "Flik A igen");
  await writeAsOlderTab("Gammal flik");
  const conflict = page.getByTestId("deck-conflict-editor");
  await expect(conflict).toContainText("Presentationen ändrades i en annan flik, och den här fliken har egna ändringar.");
  await expect(page.getByTestId("deck-title")).toHaveText("Flik A igen");
  // The tab without edits of its own simply shows the older tab's deck.
  await expect(other.getByTestId("deck-title")).toHaveText("Gammal flik");
  await page.screenshot({ path: testInfo.outputPath("deck-conflict.png") });
  // Keeping this tab's deck writes it again; the tab without edits of its own follows.
  await conflict.getByRole("button", { name: "Behåll den här flikens" }).click();
  await expect(conflict).toHaveCount(0);
  await expect(other.getByTestId("deck-title")).toHaveText("Flik A igen");
  await expect(other.getByTestId("deck-conflict-editor")).toHaveCount(0);

  // The other answer: the other tab's deck stands.
  await rename(page, "Flik A tre");
  await writeAsOlderTab("Gammal flik två");
  await conflict.getByRole("button", { name: "Använd den andra flikens" }).click();
  await expect(page.getByTestId("deck-title")).toHaveText("Gammal flik två");
  await expect(conflict).toHaveCount(0);
  await expect(other.getByTestId("deck-title")).toHaveText("Gammal flik två");
});

// Issue 24, point 1: whatever breaks the presenter view, its window says so and "Återanslut" starts it afresh.
test("a presenter view whose code did not load says so, and Återanslut brings it back at the presentation's slide", async ({
  page,
}, testInfo) => {
  await page.goto("/?present=1&slide=3");
  await waitForMap(page);
  const presenter = await page.context().newPage();
  const presenterErrors = collectErrors(presenter);
  // The view's chunk fails to load, as on a dropped connection or a redeploy while the window was open.
  const chunk = /\/assets\/PresenterView-[^/?]+\.js/u;
  const aborted: string[] = [];
  await presenter.route(chunk, (route) => {
    aborted.push(route.request().url());
    return route.abort("connectionreset");
  });
  await presenter.goto("/?presenter=1");
  const failed = presenter.getByTestId("presenter-failed");
  await expect(failed).toHaveText("Talarvyn slutade fungera. Anslut igen till presentationsfönstret för att fortsätta.");
  expect(aborted.length).toBeGreaterThan(0);
  await expect(presenter.getByTestId("presenter-counter")).toHaveCount(0);
  await presenter.screenshot({ path: testInfo.outputPath("presenter-failed.png") });

  // The network is back: Återanslut loads the view anew, and the presentation window tells it the slide.
  await presenter.unroute(chunk);
  await presenter.getByRole("button", { name: "Återanslut" }).click();
  await expect(presenter.getByTestId("presenter-counter")).toHaveText(`3 / ${count}`);
  await expect(failed).toHaveCount(0);
  await presenter.keyboard.press("PageDown");
  await expect(page).toHaveURL(/[?&]slide=4(&|$)/u);
  await expect(presenter.getByTestId("presenter-counter")).toHaveText(`4 / ${count}`);
  await presenter.screenshot({ path: testInfo.outputPath("presenter-reconnected.png") });
  // Only the failed load itself was said in the console.
  expect(
    presenterErrors.every((e) => /PresenterView|dynamically imported module|presenter view|Failed to fetch|ERR_CONNECTION_RESET/iu.test(e)),
  ).toBe(true);
});
