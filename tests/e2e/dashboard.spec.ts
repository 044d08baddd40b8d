import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { committedDataset } from "./data";
import { classify, type ColorChoice } from "../../src/domain/classify";
import {
  collectErrors,
  colorDistance,
  hexToRgb,
  mapCanvasShot,
  placeOnMap,
  samplePng,
  viewBoundsOf,
  waitForMap,
  waitForMapAtRest,
} from "./helpers";

const data = committedDataset();

const NORRBOTTEN: [number, number] = [20.5, 67.0];
const DALARNA: [number, number] = [14.2, 61.3];

async function pixelsAt(page: Page, points: [number, number][]) {
  const at = await Promise.all(points.map((p) => placeOnMap(page, p)));
  return samplePng(page, await mapCanvasShot(page), at);
}

/** The map shows the classification's colours for Norrbotten and Dalarna. */
async function expectMapColours(page: Page, choice: ColorChoice) {
  const c = classify(data, choice, "sv");
  const expected = [c.colorOf["SE-BD"]!, c.colorOf["SE-W"]!].map(hexToRgb);
  await expect
    .poll(
      async () => {
        const pixels = await pixelsAt(page, [NORRBOTTEN, DALARNA]);
        return Math.max(...pixels.map((px, i) => colorDistance(px, expected[i]!)));
      },
      { timeout: 10_000 },
    )
    .toBeLessThan(12);
}

test.describe("colour modes", () => {
  test("each mode through the UI changes the legend and the map's colours", async ({ page }, testInfo) => {
    const errors = collectErrors(page);
    await page.goto("/");
    await waitForMap(page);
    const mode = page.getByLabel("Färglägg kartan efter");
    const legendTitle = page.getByTestId("legend").getByRole("heading");
    await expectMapColours(page, { color: "status" });

    await mode.selectOption("year");
    await expect(legendTitle).toHaveText("År då strategin antogs");
    await expect(page.getByTestId("legend").locator(".legend-class")).toHaveCount(8);
    await expectMapColours(page, { color: "year" });
    await expect(page).toHaveURL(/\?color=year$/);
    await page.screenshot({ path: testInfo.outputPath("mode-year.png") });

    await mode.selectOption("horizon");
    await expect(legendTitle).toHaveText("Strategins tidshorisont (slutår i titeln)");
    await expect(page.getByTestId("legend")).toContainText("Inget slutår i titeln");
    await expectMapColours(page, { color: "horizon" });
    await page.screenshot({ path: testInfo.outputPath("mode-horizon.png") });

    await mode.selectOption("practice");
    await page.getByLabel("Sök arbetssätt").fill("indikator");
    await page.getByTestId("practice-picker").selectOption("open-indicator-platforms");
    await expect(legendTitle).toHaveText("Öppna indikatorplattformar och interaktiva publikationer");
    await expect(page.getByTestId("legend")).toContainText("7 av 21 regioner");
    await expect(page.getByTestId("map-labels").locator(".map-label-marked")).toHaveCount(7);
    await expectMapColours(page, { color: "practice", practice: "open-indicator-platforms" });
    await expect(page).toHaveURL(/color=practice&practice=open-indicator-platforms/);
    await page.screenshot({ path: testInfo.outputPath("mode-practice.png") });

    await mode.selectOption("question");
    await page.getByTestId("question-picker").selectOption("8");
    await expect(legendTitle).toContainText("2.2.8");
    await expectMapColours(page, { color: "question", q: 8 });
    await page.screenshot({ path: testInfo.outputPath("mode-question.png") });

    await mode.selectOption("status");
    await expectMapColours(page, { color: "status" });
    await expect(page).toHaveURL(/\/$/);
    expect(errors).toEqual([]);
  });

  test("a practice map opens from its link, with the regions that have it marked", async ({ page }) => {
    await page.goto("/?color=practice&practice=s3-own-strategy");
    await waitForMap(page);
    await expect(page.getByTestId("legend").getByRole("heading")).toHaveText(data.practices.find((p) => p.id === "s3-own-strategy")!.sv);
    // "exempelvis Östergötland, Blekinge och Värmland": examples, counted as such, not as a share of 21 (issue 22).
    const legend = page.getByTestId("legend");
    await expect(legend).toContainText("Nämns som ett av flera exempel, avsnitt 2.2.1: 3 regioner");
    await expect(legend).not.toContainText("av 21");
    await expect(page.getByTestId("map-summary")).toContainText("Östergötland");
    await expectMapColours(page, { color: "practice", practice: "s3-own-strategy" });
  });

  test("the legend with its data notes open stays on the map, and its last note can be read", async ({ page }) => {
    for (const viewport of [
      { width: 1920, height: 1080 },
      { width: 1280, height: 720 },
    ]) {
      await page.setViewportSize(viewport);
      // The map of adoption years has the most notes: §2.1 against the listing, and two titles' periods.
      await page.goto("/?color=year");
      await waitForMap(page);
      const overlay = page.locator(".map-overlay");
      await overlay.getByTestId("data-notes").locator("summary").click();
      const notes = overlay.locator(".data-note");
      await expect(notes).toHaveCount(data.notes.filter((note) => note.affects.includes("year")).length);
      // Taller than the map, it scrolls within the map: the region list and the source line below stay uncovered.
      const [legend, map, regions] = await Promise.all(
        [overlay, page.getByTestId("map"), page.getByTestId("region-list")].map((l) => l.boundingBox()),
      );
      expect(legend!.y + legend!.height, `${viewport.width}`).toBeLessThanOrEqual(map!.y + map!.height);
      expect(legend!.y + legend!.height).toBeLessThanOrEqual(regions!.y);
      await notes.last().scrollIntoViewIfNeeded();
      await expect(notes.last()).toBeInViewport();
      await expect(page.getByTestId("region-list")).toBeInViewport();
    }
  });
});

test.describe("region panel", () => {
  test("clicking a county opens its panel; Escape and the sea clear it", async ({ page }, testInfo) => {
    await page.goto("/");
    await waitForMap(page);
    const national = await viewBoundsOf(page);
    await page.getByTestId("map").click({ position: await placeOnMap(page, [13.6, 55.95]) });
    const panel = page.locator("#side-panel");
    await expect(panel.getByRole("heading", { level: 2, name: "Skåne" })).toBeVisible();
    await expect(panel).toContainText("Det öppna Skåne");
    await expect(panel).toContainText("2024");
    await expect(page).toHaveURL(/region=SE-M/);
    await waitForMapAtRest(page, { changedFrom: national }); // the camera's fit to the region
    await page.screenshot({ path: testInfo.outputPath("region-skane.png") });
    await page.keyboard.press("Escape");
    await expect(page).not.toHaveURL(/region=/);
    await expect(panel.getByRole("heading", { level: 2, name: "Skåne" })).toHaveCount(0);
  });

  test("?region=SE-M&lang=en opens Skåne in English", async ({ page }, testInfo) => {
    await page.goto("/?region=SE-M&lang=en");
    await waitForMap(page);
    const panel = page.locator("#side-panel");
    await expect(panel.getByRole("heading", { level: 2, name: "Skåne" })).toBeVisible();
    await expect(panel).toContainText("Det öppna Skåne");
    await expect(page.getByTestId("legend").getByRole("heading")).toHaveText("Status of the regional development strategy");
    await expect(page.getByLabel("Colour the map by")).toBeVisible();
    // Report quotes in their unofficial translation, labelled so; the strategy's title stays Swedish.
    await expect(panel.locator('blockquote[lang="en"]').first()).toBeVisible();
    await expect(panel.getByText("Unofficial translation").first()).toBeVisible();
    await expect(panel.locator('cite[lang="sv"]')).toContainText("Det öppna Skåne");
    await waitForMapAtRest(page); // the camera's fit to the region
    await page.screenshot({ path: testInfo.outputPath("region-skane-en.png") });
  });

  test("keyboard only: open the table, select a region from it, read its panel", async ({ page }, testInfo) => {
    await page.goto("/");
    await waitForMap(page);
    await page.getByRole("button", { name: "Tabell" }).focus();
    await page.keyboard.press("Enter");
    const table = page.getByRole("table", { name: /Rapportens förteckningar och exempel per region/ });
    await expect(table).toBeVisible();
    await expect(table.locator("tbody tr")).toHaveCount(21);
    await page.screenshot({ path: testInfo.outputPath("matrix.png") });
    // Tab to Blekinge's row button and press Enter, without a mouse.
    const blekinge = table.getByRole("button", { name: "Blekinge", exact: true });
    for (let i = 0; i < 200; i++) {
      if (await blekinge.evaluate((el) => el === document.activeElement)) break;
      await page.keyboard.press("Tab");
    }
    await expect(blekinge).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("#side-panel").getByRole("heading", { level: 2, name: "Blekinge" })).toBeVisible();
    await expect(page).toHaveURL(/region=SE-K/);
  });

  test("reload reproduces the exact view", async ({ page }) => {
    await page.goto("/?lang=en&color=question&q=6&region=SE-AB");
    await waitForMap(page);
    await page.reload();
    await waitForMap(page);
    await expect(page).toHaveURL(/\?lang=en&color=question&q=6&region=SE-AB$/);
    await expect(page.getByTestId("legend").getByRole("heading")).toContainText("2.2.6");
    await expect(page.locator("#side-panel").getByRole("heading", { level: 2, name: "Stockholm" })).toBeVisible();
  });
});
