import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { mapCanvasShot, openOwnDeck, pixelsDiffering, waitForMap } from "./helpers";
import type { Deck } from "../../src/present/deckSchema";
import { knownValuesOf, parseView, serializeView } from "../../src/state/url";
import { committedDataset } from "./data";
import { editionText } from "../editionFiles";

/**
 * Issue 15, point 3: a slide is exactly what was saved. Every slide is reached by every route — PageDown, PageUp, the
 * G grid, a link, its number and Enter — each time from another dashboard state, and must give the same picture: the
 * link, the legend, the map's framing (data-view-bounds), the labels with their selection and marks, the NUTS 2 key,
 * and (for the deck of one's own) the map's pixels. Escape then gives back the view the user had.
 *
 * Framing is not stored in a slide: both renderers derive it from the view (the nation, or the selected region) and
 * the window, so the same view in the same window is the same framing — which the bounds compared here show.
 */
const known = knownValuesOf(committedDataset());
const defaultDeck = JSON.parse(editionText("deck.json")) as Deck;

const words = (sv: string) => ({ sv, en: sv });
/** Slides that differ in mode, a second practice, grouping, selection and comparison. */
const ownDeck: Deck = {
  version: 1,
  title: words("Fem vyer"),
  slides: [
    {
      view: "color=practice&practice=thematic-strategies-sector-plans&practice2=action-plans-annual-cycle&macro=nuts2",
      title: words("Två förteckningar, NUTS 2"),
      caption: words("a"),
    },
    { view: "color=question&q=3&region=SE-M", title: words("Fråga 3, Skåne"), caption: words("b") },
    { view: "color=year&compare=SE-AB,SE-M,SE-BD", title: words("År, tre jämförda"), caption: words("c") },
    { view: "region=SE-BD&macro=landsdel", title: words("Norrbotten, landsdelar"), caption: words("d") },
    { view: "color=horizon", title: words("Horisont"), caption: words("e") },
  ],
};

/** Dashboard states to start from, in turn: each differs from every slide in selection, grouping, mode or comparison. */
const STARTS = [
  "?region=SE-N&macro=nuts2",
  "?color=practice&practice=open-indicator-platforms&compare=SE-AB,SE-O",
  "?color=question&q=7&region=SE-BD&macro=landsdel",
  "?color=year&region=SE-AC",
];

const ROUTES = ["PageDown", "PageUp", "grid", "link", "number"] as const;
type Route = (typeof ROUTES)[number];

/** What a slide looks like, in words: link, legend, framing, labels (with selection and marks), NUTS 2 key. One read. */
async function fingerprint(page: Page): Promise<string> {
  const seen = await page.evaluate(() => ({
    url: location.search,
    legend: document.querySelector<HTMLElement>("[data-testid=legend]")?.innerText ?? null,
    bounds: document.querySelector("[data-testid=map]")?.getAttribute("data-view-bounds") ?? null,
    labels: [...document.querySelectorAll(".map-label")]
      .map((el) => `${el.getAttribute("data-code")}:${el.getAttribute("data-kind")}:${el.className}`)
      .sort(),
    macroKey: document.querySelectorAll("[data-testid=macro-key]").length,
  }));
  return JSON.stringify({
    ...seen,
    // To 10⁻⁴ degree (metres, far below a pixel): the two renderers' float arithmetic differs further down.
    bounds: seen.bounds
      ?.split(",")
      .map((x) => Number(x).toFixed(4))
      .join(","),
  });
}

/**
 * A settled picture: the same reading four times running, 300 ms apart. The reading holds the camera's bounds, which
 * both renderers write at every label layout (every frame of a move), so an unchanged reading is a camera at rest; and
 * labels are placed again once MapLibre's style is idle after a recolour, which on a busy machine is later than one
 * frame.
 */
async function settled(page: Page): Promise<string> {
  let same = 0;
  let now = "";
  await expect
    .poll(
      async () => {
        const reading = await fingerprint(page);
        same = reading === now ? same + 1 : 0;
        now = reading;
        return same >= 3;
      },
      { intervals: [300], timeout: 30_000 },
    )
    .toBe(true);
  return now;
}

/** The dashboard at a view, set as Back/Forward sets it (the store reads the address on popstate). */
async function dashboardAt(page: Page, query: string) {
  await page.evaluate((q) => {
    history.pushState(null, "", `${location.pathname}${q}`);
    dispatchEvent(new PopStateEvent("popstate"));
  }, query);
  await expect(page).toHaveURL(new RegExp(`${query.replace(/[?.]/g, "\\$&")}$`));
}

async function typeNumber(page: Page, n: number) {
  for (const digit of String(n)) await page.keyboard.press(digit);
  await page.keyboard.press("Enter");
}

/** From a dashboard state, into the presentation, and to slide n by one route. */
async function arrive(page: Page, start: string, n: number, count: number, route: Route) {
  if (route === "link") {
    await page.goto(`/?present=1&slide=${n}`);
    await waitForMap(page);
    return;
  }
  await dashboardAt(page, start);
  // The last presentation's full screen has ended (its "fullscreenchange" would otherwise end the next one).
  await page.waitForFunction(() => document.fullscreenElement === null);
  await page.keyboard.press("p");
  await expect(page).toHaveURL(/present=1&slide=1$/);
  if (route === "PageDown" || route === "PageUp") {
    const from = route === "PageDown" ? n - 1 : n + 1;
    if (from !== 1) await typeNumber(page, from);
    await expect(page).toHaveURL(new RegExp(`present=1&slide=${from}$`));
    await page.keyboard.press(route);
  } else if (route === "grid") {
    await page.keyboard.press("g");
    await page
      .getByTestId("slide-grid")
      .getByRole("button")
      .nth(n - 1)
      .click();
  } else await typeNumber(page, n);
  await expect(page.getByTestId("slide-counter")).toHaveText(`${n} / ${count}`);
}

/**
 * The map's pixels come to equal the first route's. The legend and labels are React's and change at once; MapLibre
 * recolours once its style is idle, which on a loaded machine can come after the words have settled. A picture that
 * never comes to match fails, with both pictures attached.
 */
async function expectSamePixels(page: Page, image: Buffer, where: string) {
  let shot = image;
  let differing = 1;
  try {
    await expect
      .poll(
        async () => {
          shot = await mapCanvasShot(page);
          differing = await pixelsDiffering(page, image, shot);
          return differing;
        },
        { message: `${where}: the share of the map's pixels unlike the first route's`, intervals: [500], timeout: 20_000 },
      )
      .toBeLessThan(0.01);
  } catch (error) {
    await test.info().attach(`${where}: first route`, { body: image, contentType: "image/png" });
    await test.info().attach(`${where}: this route (${(differing * 100).toFixed(1)} % differ)`, { body: shot, contentType: "image/png" });
    throw error;
  }
}

/** Slide n by every route, each from another dashboard state (the starts taken in turn, from where slide n begins). */
async function everyRouteGivesTheSamePicture(page: Page, deck: Deck, n: number, compareImages: boolean) {
  const count = deck.slides.length;
  let turn = (n - 1) * ROUTES.length;
  // The slide's view as its link says it: canonical, defaults omitted.
  const expectedUrl = serializeView({ ...parseView(deck.slides[n - 1]!.view, known).view, present: true, slide: n });
  let reference: string | undefined;
  let image: Buffer | undefined;
  for (const route of ROUTES) {
    if ((route === "PageDown" && n === 1) || (route === "PageUp" && n === count)) continue;
    const start = STARTS[turn++ % STARTS.length]!;
    await arrive(page, start, n, count, route);
    const where = `slide ${n} by ${route} from ${start}`;
    expect(new URL(page.url()).search, where).toBe(expectedUrl);
    const seen = await settled(page);
    if (reference === undefined) reference = seen;
    else expect(JSON.parse(seen), where).toEqual(JSON.parse(reference));
    if (compareImages) {
      if (image === undefined) image = await mapCanvasShot(page);
      else await expectSamePixels(page, image, where);
    }
    // Escape gives back the view the user had (a link straight into the deck had the default view).
    await page.keyboard.press("Escape");
    await expect(page.getByTestId("slide-counter")).toHaveCount(0);
    expect(new URL(page.url()).search, `${where}, then Escape`).toBe(route === "link" ? "" : start);
  }
}

test.use({ viewport: { width: 1280, height: 800 }, ...(process.env.ZZ_RM ? { reducedMotion: "reduce" as const } : {}) });

// One test a slide (about 20 s each on a loaded 2-core machine, within the default timeout's reach): a slide that
// fails names itself, and the two workers share the slides.
test.describe("with reduced motion", () => {
  // A person who asks for reduced motion gets the camera's jumps (domain/camera.ts): the same slide by every route holds
  // for them too, and a jump draws a fraction of a flight's frames in software WebGL (the suite's largest CPU cost:
  // 64 -> 52 s for four of these slides). The flights themselves are the deck of one's own's, below.
  test.use({ reducedMotion: "reduce" });
  for (let n = 1; n <= defaultDeck.slides.length; n++) {
    test(`the default deck, slide ${n}: the same picture by PageDown, PageUp, the grid, a link and its number`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto("/");
      await waitForMap(page);
      await everyRouteGivesTheSamePicture(page, defaultDeck, n, false);
    });
  }
});

for (let n = 1; n <= ownDeck.slides.length; n++) {
  test(`a deck of one's own (mode, second practice, grouping, region, comparison), slide ${n}: the same picture, pixels too, by every route`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto("/");
    await waitForMap(page);
    await openOwnDeck(page, "fem.json", ownDeck);
    await page.getByTestId("deck-editor-open").click();
    // The deck is kept in the browser, so a link into the presentation opens this deck too.
    await everyRouteGivesTheSamePicture(page, ownDeck, n, true);
  });
}
