import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { axeViolations } from "./axe";
import { colorDistance, hexToRgb, mapCanvasShot, placeOnMap, samplePng, waitForMap } from "./helpers";
import { READING_COLORS } from "../../src/domain/palettes";
import { REGION_NAMES, SOURCE_TEXT, footnoteList } from "../unit/reportFacts";
import { editionText } from "../editionFiles";

/**
 * The report reader (issue 13), end to end. What the map must show is read
 * from the report's text (data/editions/<id>/source.txt), not from the parse the app uses.
 */
const SUPER = "⁰¹²³⁴⁵⁶⁷⁸⁹";
const markerIn = (line: string) => Number([...line.match(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/u)![0]].map((c) => SUPER.indexOf(c)).join(""));
const sourceLine = (needle: string) => SOURCE_TEXT.split("\n").find((l) => l.includes(needle))!;
const namesOf = (codes: string[]) => codes.map((c) => REGION_NAMES[c]!);
const english = JSON.parse(editionText("translation.en.json")) as {
  passages: Record<string, string[]>;
};

/** Scrolls the passage holding `selector` to the reading line: just under the reader's sticky header. */
async function scrollToReadingLine(page: Page, selector: string) {
  await page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const passage = el.closest("[data-passage]")!;
      const head = document.querySelector(".reader-head")!.getBoundingClientRect().bottom;
      const panel = document.querySelector("#side-panel")!;
      panel.scrollBy(0, passage.getBoundingClientRect().top - head - 20);
    });
}

async function openReader(page: Page, url: string) {
  await page.goto(url);
  await waitForMap(page);
  await expect(page.getByTestId("reader")).toBeVisible();
}

// Issue 24, item 4: the reader's position is in the link, as its section, written once the user scrolls.
test("scrolled from read=2.2.1 to 2.2.7, the link says read=2.2.7, and reloading it opens the reader there", async ({ page }) => {
  await openReader(page, "/?read=2.2.1");
  await expect(page.locator('[data-passage="p-2.2.1-1"]')).toBeInViewport();
  // The page's own scroll to the linked section writes nothing.
  await expect(page).toHaveURL(/[?&]read=2\.2\.1(&|$)/u);

  // The user scrolls: a turn of the wheel over the text, then on to 2.2.7.
  await page.locator(".reader-head h2").hover();
  await page.mouse.wheel(0, 200);
  await scrollToReadingLine(page, '[data-passage="p-2.2.7-1"]');
  await expect(page).toHaveURL(/[?&]read=2\.2\.7(&|$)/u);

  await page.reload();
  await waitForMap(page);
  await expect(page.locator('[data-passage="p-2.2.7-1"]')).toBeInViewport();
  await expect(page).toHaveURL(/[?&]read=2\.2\.7(&|$)/u);
});

test("read=2.2.7 opens at 2.2.7; footnote 31's passage at the reading line colours its five regions", async ({ page }) => {
  await openReader(page, "/?read=2.2.7");
  const heading = page.locator('[data-passage="p-2.2.7-1"]');
  await expect(heading).toHaveText(/^2\.2\.7 Beskrivning av hur inomregionala skillnader/u);
  await expect(heading).toBeInViewport();

  const line = sourceLine("skärgårdsnoder");
  const n = markerIn(line);
  const listed = namesOf(footnoteList(n));
  expect(listed).toHaveLength(5);
  await scrollToReadingLine(page, `button[data-footnote="${n}"]`);
  await expect(page.getByTestId("legend").locator("h2")).toHaveText(`2.2.7, fotnot ${n}: 5 regioner nämns`);
  const summary = page.getByTestId("map-summary");
  for (const name of listed) await expect(summary).toContainText(name);
  await expect(summary).toContainText("Nämns inte: 16 regioner");

  // The footnote opens in place, its names as buttons; one selects the region and marks its passages.
  await page.locator(`button[data-footnote="${n}"]`).click();
  const note = page.locator(`#rf-${n}`);
  await expect(note).toContainText(
    `Fotnot ${n}: ${SOURCE_TEXT.split("\n")
      .find((l) => l.startsWith([...String(n)].map((d) => SUPER[+d]).join("") + " "))!
      .slice(3)
      .trim()
      .slice(0, 20)}`,
  );
  await note.getByRole("button", { name: /Kalmar/u }).click();
  await expect(page).toHaveURL(/region=SE-H/u);
  await expect(page.getByTestId("reader-mentions")).toContainText("Kalmar nämns i");
  await page.getByRole("button", { name: /Nästa/u }).click();
  await expect(page.locator("[data-passage]:focus")).toHaveClass(/names-selected/u);
});

test("a passage that names no region leaves the map neutral and says so", async ({ page }) => {
  await openReader(page, "/?read=1.1");
  await scrollToReadingLine(page, '[data-passage="p-1.1-1"]');
  await expect(page.getByTestId("legend")).toContainText("Avsnittet i bild nämner ingen region.");
  await expect(page.getByTestId("legend").locator(".legend-class")).toHaveCount(0);
});

test("search=LEADER colours exactly the regions the matching passage names and lists the passage", async ({ page }) => {
  await openReader(page, "/?search=LEADER");
  const listed = namesOf(footnoteList(markerIn(sourceLine("LEADER"))));
  await expect(page.getByTestId("search-count")).toHaveText(
    `LEADER: 1 träff (meningar eller listpunkter) i 1 avsnitt; ${listed.length} regioner nämns i dem`,
  );
  const hits = page.getByTestId("search-results").locator("[data-hit]");
  await expect(hits).toHaveCount(1);
  await expect(hits.locator("mark")).toHaveText("LEADER");
  await expect(page.getByTestId("legend").locator("h2")).toHaveText(`”LEADER”: ${listed.length} regioner nämns`);
  const summary = page.getByTestId("map-summary");
  await expect(summary).toContainText(`Nämns: ${listed.length} regioner (`);
  for (const name of listed) await expect(summary).toContainText(name);

  // "Show in the text" ends the search and goes to the passage.
  await hits.getByRole("button", { name: "Visa i texten" }).click();
  await expect(page).not.toHaveURL(/search=/u);
  await expect(page.locator("[data-passage]:focus")).toContainText("LEADER");
});

test("key / opens the search from the map; no hits says so and keeps the map neutral; markup stays text", async ({ page }) => {
  await page.goto("/");
  await waitForMap(page);
  await page.keyboard.press("/");
  const field = page.getByRole("searchbox", { name: "Sök i rapporten" });
  await expect(field).toBeFocused();
  await field.fill("<img src=x onerror=alert(1)> zzqx");
  await expect(page.getByTestId("search-count")).toContainText("Inget i rapporten matchar");
  await expect(page.getByTestId("legend").locator(".legend-class")).toHaveCount(0);
  await field.fill("skargard");
  await expect(page.getByText("Inga träffar med å, ä och ö")).toBeVisible();
  await expect(page.getByTestId("search-results").locator("mark").first()).toHaveText("skärgård");
});

/** The map's own pixels in Norrbotten, Jämtland Härjedalen and Kalmar (inland) show `hex` (the colours fade in: polled). */
async function expectMapColours(page: Page, hex: string) {
  const places: [number, number][] = [
    [20.5, 67.0],
    [14.0, 63.0],
    [15.9, 57.1],
  ];
  const points = await Promise.all(places.map((lonLat) => placeOnMap(page, lonLat)));
  await expect
    .poll(async () => (await samplePng(page, await mapCanvasShot(page), points)).map((rgb) => colorDistance(rgb, hexToRgb(hex)) <= 12))
    .toEqual([true, true, true]);
}

/** The map's sentence for screen readers: a class's label, count and regions. */
const summary = (page: Page) => page.getByTestId("map-summary");

test("search=indikatorplattformar: the bullet's footnote, in another sentence of it, colours its seven regions", async ({ page }) => {
  await openReader(page, "/?search=indikatorplattformar");
  const bullet = sourceLine("Öppna indikatorplattformar");
  const listed = namesOf(footnoteList(markerIn(bullet)));
  expect(listed).toHaveLength(7);
  await expect(summary(page)).toContainText(`Nämns: 7 regioner (`);
  for (const name of listed) await expect(summary(page)).toContainText(name);
  await expect(page.getByTestId("search-results").locator(".reader-footnote")).toHaveCount(1);
});

test("search=bredband and lang=en&search=broadband: all 21 apply, as a statement of all regions, never '0 regioner'", async ({ page }) => {
  expect(sourceLine("bredband")).toContain("Förekommer i alla regioner");
  await openReader(page, "/?search=bredband");
  await expect(page.getByTestId("legend").locator("h2")).toHaveText("”bredband”: gäller alla regioner");
  await expect(summary(page)).toContainText("Gäller alla regioner: 21 regioner");
  await expect(summary(page)).not.toContainText("Nämns inte");
  await expect(page.getByTestId("search-count")).toContainText("den gäller alla regioner");
  await expectMapColours(page, READING_COLORS.allRegions);

  await openReader(page, "/?lang=en&search=broadband");
  await expect(page.getByTestId("legend").locator("h2")).toHaveText("“broadband”: applies to all regions");
  await expect(summary(page)).toContainText("Applies to all regions: 21 regions");
  await expect(page.getByTestId("search-results").locator(".reader-hit-translation mark")).toHaveText(/broadband/iu);
  await expectMapColours(page, READING_COLORS.allRegions);
});

test("search=smart specialisering: Västmanland in the dark tone, the S3 paragraph's six in the light one, said in the legend", async ({
  page,
}) => {
  await openReader(page, "/?search=smart%20specialisering");
  const s3 = sourceLine("Smart specialisering, S3");
  const six = Object.values(REGION_NAMES).filter((name) => s3.includes(name));
  expect(six).toHaveLength(6);
  await expect(summary(page)).toContainText("Nämns: 1 region (Västmanland)");
  const legend = page.getByTestId("legend");
  await expect(legend).toContainText("Nämns i samma stycke");
  const light = (await summary(page).textContent())!.match(/Nämns i samma stycke: \d+ regioner \(([^)]*)\)/u)![1]!;
  for (const name of six) expect(light).toContain(name);
  await expect(legend).toContainText("Ljus ton: regioner som bara nämns på annat ställe i samma stycke.");
});

test("read=2.2.6: the paragraph 'Alla regioner beaktar …' at the reading line applies to all 21", async ({ page }) => {
  await openReader(page, "/?read=2.2.6");
  const first = page.locator("[data-passage]", { hasText: "Alla regioner beaktar det territoriala perspektivet" });
  await scrollToReadingLine(page, `[data-passage="${await first.getAttribute("data-passage")}"]`);
  await expect(page.getByTestId("legend").locator("h2")).toHaveText("2.2.6: gäller alla regioner");
  await expect(summary(page)).toContainText("Gäller alla regioner: 21 regioner");
});

test("a typo finds nothing and offers the report's own word; one click searches it", async ({ page }) => {
  await openReader(page, "/?search=kompetensf%C3%B6rsörning");
  await expect(page.getByTestId("search-count")).toContainText("Inget i rapporten matchar");
  const suggestion = page.getByTestId("search-suggestion");
  await expect(suggestion).toContainText("Menade du kompetensförsörjning?");
  await suggestion.getByRole("button", { name: "kompetensförsörjning" }).click();
  await expect(page).toHaveURL(/search=kompetensf%C3%B6rs%C3%B6rjning/u);
  await expect(page.getByTestId("search-count")).toContainText("träffar");
  await expect(summary(page)).not.toContainText("Nämns inte");
});

test("by keyboard: a footnote marker opens its list in place, its names select their region", async ({ page }) => {
  await openReader(page, "/?read=2.2.7");
  const n = markerIn(sourceLine("skärgårdsnoder"));
  const marker = page.locator(`button[data-footnote="${n}"]`);
  await marker.focus();
  await page.keyboard.press("Enter");
  await expect(marker).toHaveAttribute("aria-expanded", "true");
  await expect(page.locator(`#rf-${n}`)).toBeVisible();
  await page.keyboard.press("Tab");
  const first = namesOf(footnoteList(n))[0]!;
  await expect(page.locator(":focus")).toHaveText(first);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("reader-mentions")).toContainText(`${first} nämns i`);
});

test("lang=en&read=2.2.8 shows the English, labelled, with the Swedish one click away", async ({ page }) => {
  await openReader(page, "/?lang=en&read=2.2.8");
  const heading = page.locator('[data-passage="p-2.2.8-1"]');
  await expect(heading).toHaveText(english.passages["p-2.2.8-1"]![0]!);
  await expect(heading).toHaveAttribute("lang", "en");
  await expect(page.getByText("Unofficial translation", { exact: false }).first()).toBeVisible();
  await page.getByRole("button", { name: "Show the Swedish original" }).click();
  await expect(heading).toHaveText(/^2\.2\.8 Beskrivning av aktiviteter för genomförandet/u);
  await expect(heading).toHaveAttribute("lang", "sv");
});

test("lang=en&region=SE-S shows the Värmland 2040 conference passage in English, labelled", async ({ page }) => {
  await page.goto("/?lang=en&region=SE-S");
  await waitForMap(page);
  const sv = sourceLine("Värmland 2040-konferensen");
  const sentence = sv.slice(0, sv.indexOf(". ") + 1);
  const id = Object.keys(english.passages).find((key) => english.passages[key]!.some((s) => s.includes("*Värmland 2040-konferensen*")))!;
  const en = english.passages[id]!.find((s) => s.includes("*Värmland 2040-konferensen*"))!;
  const figure = page.getByTestId("mentions").locator("figure", { hasText: en.replace(/\*/gu, "").slice(0, 30) });
  const quote = figure.locator("blockquote");
  await expect(quote).toHaveAttribute("lang", "en");
  await expect(quote).toContainText(en.replace(/\*/gu, ""));
  await expect(figure).toContainText("Unofficial translation");
  await figure.getByRole("button", { name: "Show the Swedish original" }).click();
  const original = page.getByTestId("mentions").locator("blockquote", { hasText: sentence.replace(/\*/gu, "") });
  await expect(original).toHaveAttribute("lang", "sv");
});

for (const [width, height] of [
  [1920, 1080],
  [1280, 720],
  [390, 844],
]) {
  for (const lang of ["sv", "en"]) {
    test(`axe finds no WCAG A/AA violation in the reader at ${width} px (${lang})`, async ({ page }) => {
      await page.setViewportSize({ width: width!, height: height! });
      await openReader(page, `/?lang=${lang}&read=2.2.7&region=SE-H`);
      await page.locator("button[data-footnote]").first().click();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole("searchbox").fill("kompetens");
      await expect(page.getByTestId("search-results")).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}
