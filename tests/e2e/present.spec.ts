import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures";
import { readCsv } from "../csvRead";
import { collectErrors, samplePng, waitForMap } from "./helpers";
import type { Dataset } from "../../src/data/schema";
import { editionText } from "../editionFiles";

const data = JSON.parse(editionText("dataset.json")) as Dataset;
/** The edition the page opens with, as its files name it: downloads are named after it ("rus-<id>-…"). */
const EDITION = data.edition.id;
/** The source line's citation of the report, from the edition's own fields: publisher (year), title, dnr. */
const { publisher, date, title, reference } = data.edition;
const SOURCE = `Källa: ${publisher} (${date.slice(0, 4)}), ${title}, dnr ${reference}.`;

const report = JSON.parse(editionText("report.json")) as { passages: { id: string; sentences: string[] }[] };
const english = JSON.parse(editionText("translation.en.json")) as { passages: Record<string, string[]> };
/** The translation of one sentence of the report, by its place in the parse. */
function englishOf(sentence: string): string {
  const passage = report.passages.find((p) => p.sentences.includes(sentence))!;
  return english.passages[passage.id]![passage.sentences.indexOf(sentence)]!;
}

const deck = JSON.parse(editionText("deck.json")) as {
  slides: { view: string; title: { sv: string; en: string } }[];
};

test.use({ viewport: { width: 1920, height: 1080 } });

test("steps through the default deck with PageDown, jumps with number + Enter, leaves with Escape", async ({ page }, testInfo) => {
  // Twelve slides, each waited for: more than the default budget on a shared 2-core machine.
  test.setTimeout(120_000);
  const errors = collectErrors(page);
  await page.goto("/?present=1");
  await waitForMap(page);
  const count = deck.slides.length;
  for (let i = 0; i < count; i++) {
    await expect(page.getByTestId("slide-title")).toHaveText(deck.slides[i]!.title.sv);
    await expect(page.getByTestId("slide-counter")).toHaveText(`${i + 1} / ${count}`);
    await expect(page).toHaveURL(new RegExp(`present=1&slide=${i + 1}$`));
    const legend = page.getByTestId("legend");
    await expect(legend).toBeVisible();
    const view = new URLSearchParams(deck.slides[i]!.view);
    // A practice map has two classes (named / not named); a statement the report makes of all regions has one.
    if (view.get("color") === "practice") {
      const practice = data.practices.find((p) => p.id === view.get("practice"))!;
      await expect(legend.locator(".legend-class")).toHaveCount(practice.evidence === "all" ? 1 : 2);
    }
    if ([0, 3, 11].includes(i)) await page.screenshot({ path: testInfo.outputPath(`slide-${i + 1}.png`) });
    await page.keyboard.press("PageDown");
  }
  // Projector sizes at 1920 × 1080.
  const titleSize = await page.getByTestId("slide-title").evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const captionSize = await page.getByTestId("slide-caption").evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(titleSize).toBeGreaterThanOrEqual(28);
  expect(captionSize).toBeGreaterThanOrEqual(18);
  await expect(page.locator(".toolbar")).toBeHidden();
  await expect(page.locator(".map-footer .source-line")).toContainText(SOURCE);
  await expect(page.locator(".map-footer .source-line")).toContainText(data.caveats.short.sv);

  await page.keyboard.press("4");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("slide-counter")).toHaveText(`4 / ${count}`);
  await expect(page.getByTestId("legend")).toContainText("Öppna indikatorplattformar");

  await page.keyboard.press("g");
  await expect(page.getByTestId("slide-grid")).toBeVisible();
  await page.getByTestId("slide-grid").getByRole("button").nth(1).click();
  await expect(page.getByTestId("slide-counter")).toHaveText(`2 / ${count}`);

  await page.keyboard.press("Escape");
  await expect(page.getByTestId("slide-title")).toBeHidden();
  await expect(page.locator(".toolbar")).toBeVisible();
  expect(page.url()).not.toContain("present=");
  expect(errors).toEqual([]);
});

test("English deck and key P from the dashboard", async ({ page }, testInfo) => {
  await page.goto("/?lang=en");
  await waitForMap(page);
  await page.keyboard.press("p");
  await expect(page.getByTestId("slide-title")).toHaveText(deck.slides[0]!.title.en);
  await page.keyboard.press("End");
  // The report's 2.2.9 lists in their unofficial translation, labelled, the Swedish one click away.
  const panel = page.getByTestId("slide-panel");
  const sv = data.findings.challenges.find((item) => item.includes("kompetensbrist"))!;
  await expect(panel).toContainText(englishOf(sv));
  await expect(panel).toContainText("Unofficial translation");
  await panel.getByRole("button", { name: "Show the Swedish original" }).first().click();
  await expect(panel).toContainText(sv);
  await page.screenshot({ path: testInfo.outputPath("slide-en-last.png") });
});

test("exports a 1920 × 1080 PNG whose map area is drawn", async ({ page }, testInfo) => {
  await page.goto("/?color=practice&practice=open-indicator-platforms");
  await waitForMap(page);
  await page.getByText("Exportera").click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("png-slide").click()]);
  expect(download.suggestedFilename()).toBe(`rus-${EDITION}-practice-open-indicator-platforms-1920x1080.png`);
  const png = readFileSync((await download.path())!);
  await download.saveAs(testInfo.outputPath("export-1920x1080.png"));
  expect(png.readUInt32BE(16)).toBe(1920);
  expect(png.readUInt32BE(20)).toBe(1080);
  // Points well inside the map area (right of the 500 px legend column), away from the white county
  // borders: Norrbotten, the Baltic Sea, the North Sea, Finland and Russia. Never the white page.
  const points = [
    { x: 1319, y: 264 },
    { x: 1385, y: 593 },
    { x: 791, y: 330 },
    { x: 1516, y: 303 },
    { x: 1714, y: 633 },
  ];
  const pixels = await samplePng(page, png, points);
  const nonWhite = pixels.filter(([r, g, b]) => r < 245 || g < 245 || b < 245);
  expect(nonWhite.length).toBe(points.length);
  // And not all one colour: counties, borders, sea.
  expect(new Set(pixels.map((p) => p.join())).size).toBeGreaterThan(1);
});

test("downloads the current view as CSV and reads it back", async ({ page }) => {
  await page.goto("/?color=status");
  await waitForMap(page);
  await page.getByText("Exportera").click();
  // Swedish Excel's separator is the Swedish interface's default.
  await expect(page.getByLabel("Semikolon (svensk Excel)")).toBeChecked();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("csv-view").click()]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^rus-${EDITION}-status-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
  const text = readFileSync((await download.path())!, "utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const rows = readCsv(text, ";");
  expect(rows[0]).toEqual(["Kod", "Region", "Värde: Status för den regionala utvecklingsstrategin"]);
  expect(rows.find((r) => r[0] === "SE-Z")).toEqual(["SE-Z", "Jämtland Härjedalen", expect.any(String)]);
  expect(rows.slice(1, 22)).toHaveLength(21);
  const note = rows.at(-1)![0]!;
  expect(note.slice(0, SOURCE.length + 1)).toBe(`${SOURCE} `);
  expect(note).toMatch(/ .*AI.* uttag \d{4}-\d{2}-\d{2}$/);

  await page.getByTestId("copy-link").click();
  await expect(page.getByTestId("export-status")).toHaveText(/Länk kopierad|Länken kunde inte kopieras/);
});

test("a presentation link is styled as slides from its first frame", async ({ page }) => {
  // DOMContentLoaded comes after the app's module has run and before React's first commit and effects.
  await page.addInitScript(() =>
    document.addEventListener("DOMContentLoaded", () => {
      (window as unknown as { presentingAtStart: boolean }).presentingAtStart = document.documentElement.classList.contains("presenting");
    }),
  );
  await page.goto("/?present=1&slide=2");
  await waitForMap(page);
  expect(await page.evaluate(() => (window as unknown as { presentingAtStart: boolean }).presentingAtStart)).toBe(true);
  await expect(page.locator(".app-header")).toBeHidden();
});
