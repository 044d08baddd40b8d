import { expect, test } from "./fixtures";
import { committedDataset } from "./data";
import { classify } from "../../src/domain/classify";
import { parseDeckText } from "../../src/present/deckSchema";
import { knownValuesOf, parseView } from "../../src/state/url";
import { collectErrors, hasColour, imageColours, waitForMap } from "./helpers";
import { editionText } from "../editionFiles";

const data = committedDataset();
const known = knownValuesOf(data);
const deckResult = parseDeckText(editionText("deck.json"), known);
if (!deckResult.ok) throw new Error("the default deck is invalid");
const deck = deckResult.deck;

test.use({ viewport: { width: 1920, height: 1080 } });

test("the slide grid shows each slide's own map as a picture, whatever the screen shows", async ({ page }) => {
  const errors = collectErrors(page);
  // The screen shows another view than any slide: a zoomed region with NUTS 2 borders.
  await page.goto("/?present=1&slide=3");
  await waitForMap(page);
  const before = page.url();
  await page.keyboard.press("g");
  const thumbnails = page.getByTestId("slide-thumbnail");
  await expect(thumbnails).toHaveCount(deck.slides.length, { timeout: 30_000 });
  // Each picture carries the colours of its own slide's classes (and is not the screen's picture copied).
  const colours = await imageColours(thumbnails);
  deck.slides.forEach((slide, i) => {
    const classification = classify(data, parseView(slide.view, known).view, "sv");
    for (const cls of classification.classes.filter((c) => c.regions.length > 0)) {
      expect(hasColour(colours[i]!, cls.color), `slide ${i + 1}: ${cls.label} (${cls.color})`).toBe(true);
    }
  });
  // Choosing a tile goes to its slide; nothing of the grid's drawing touched the view on screen before.
  expect(page.url()).toBe(before);
  await page.getByTestId("slide-grid").locator("li").nth(4).getByRole("button").click();
  await expect(page).toHaveURL(/slide=5/);
  expect(errors).toEqual([]);
});
