import { readFileSync, writeFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { parseDeckText, type Deck } from "../../src/present/deckSchema";
import { knownValuesOf } from "../../src/state/url";
import { collectErrors, waitForMap, waitForMapAtRest } from "./helpers";
import { axeViolations } from "./axe";
import { editionText } from "../editionFiles";

const data = JSON.parse(editionText("dataset.json")) as Parameters<typeof knownValuesOf>[0];
const known = knownValuesOf(data);
/** The edition the page opens with, as its files name it: downloads are named after it ("rus-<id>-…"). */
const EDITION = data.edition.id;
/** The default deck's length, from its file. */
const DEFAULT_SLIDES = (JSON.parse(editionText("deck.json")) as Deck).slides.length;

const threeSlides: Deck = {
  version: 1,
  title: { sv: "Tre bilder", en: "Three slides" },
  slides: [
    {
      view: "color=status",
      title: { sv: "Först: status", en: "First: status" },
      caption: { sv: "Läget 2026.", en: "Where things stand." },
    },
    {
      view: "color=practice&practice=open-indicator-platforms",
      title: { sv: "Öppna indikatorplattformar", en: "Open indicator platforms" },
      caption: { sv: "Regioner med öppna plattformar.", en: "Regions with open platforms." },
    },
    { view: "color=year&region=SE-M", title: { sv: "Skåne: år", en: "Skåne: year" }, caption: { sv: "Antagandeår.", en: "Year adopted." } },
  ],
};

const jsonFile = (name: string, text: string) => ({ name, mimeType: "application/json", buffer: Buffer.from(text, "utf8") });

async function openEditor(page: Page) {
  await page.getByTestId("deck-editor-open").click();
  await expect(page.getByTestId("deck-editor")).toBeVisible();
}

test.use({ viewport: { width: 1920, height: 1080 } });

test("builds a deck from the dashboard, downloads it, rejects a bad file, opens a good one and presents it", async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const errors = collectErrors(page);
  await page.goto("/?color=status");
  await waitForMap(page);
  await openEditor(page);
  const rows = page.getByTestId("deck-slides").locator(":scope > li");
  await expect(rows).toHaveCount(DEFAULT_SLIDES);

  // Add the status view: its words are prefilled from the legend.
  const add = page.getByTestId("deck-add-form");
  await expect(add.locator('[data-field="title-sv"]')).toHaveValue("Status för den regionala utvecklingsstrategin");
  await expect(add.locator('[data-field="title-en"]')).not.toHaveValue("");
  await add.getByRole("button", { name: "Lägg till vyn som bild" }).click();
  await expect(rows).toHaveCount(DEFAULT_SLIDES + 1);
  await expect(page.getByTestId("deck-status")).toHaveText(`Vyn lades till som bild ${DEFAULT_SLIDES + 1}.`);

  // A second view, chosen behind the open editor, with its own title.
  await page.getByTestId("mode-control").locator("select").first().selectOption("year");
  await expect(add.locator('[data-field="title-sv"]')).not.toHaveValue("Status för den regionala utvecklingsstrategin");
  await add.locator('[data-field="title-sv"]').fill("Antagandeår i regionerna");
  await add.locator('[data-field="title-en"]').fill("Years adopted");
  await add.getByRole("button", { name: "Lägg till vyn som bild" }).click();
  await expect(rows).toHaveCount(DEFAULT_SLIDES + 2);

  // Reorder with the keyboard: the focus stays on the moved slide.
  await rows
    .nth(DEFAULT_SLIDES + 1)
    .getByRole("button", { name: /^Flytta upp/ })
    .focus();
  await page.keyboard.press("Enter");
  await expect(rows.nth(DEFAULT_SLIDES).getByTestId("deck-slide-title")).toHaveText("Antagandeår i regionerna");
  await expect(page.getByTestId("deck-status")).toHaveText(`Flyttad till plats ${DEFAULT_SLIDES + 1}.`);
  await expect(rows.nth(DEFAULT_SLIDES).getByRole("button", { name: /^Flytta upp/ })).toBeFocused();

  // Edit a title.
  await rows.nth(DEFAULT_SLIDES).getByRole("button", { name: "Redigera" }).click();
  const edit = page.getByTestId("deck-edit-form");
  await edit.locator('[data-field="title-sv"]').fill("När antogs strategierna? Å, ä och ö");
  await edit.getByRole("button", { name: "Spara" }).click();
  await expect(rows.nth(DEFAULT_SLIDES).getByTestId("deck-slide-title")).toHaveText("När antogs strategierna? Å, ä och ö");
  await page.screenshot({ path: testInfo.outputPath("deck-editor-1920.png") });

  // Download: a valid deck file with the edits, in order.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("deck-download").click()]);
  expect(download.suggestedFilename()).toBe(`rus-${EDITION}-bildspel.json`);
  const parsed = parseDeckText(readFileSync((await download.path())!, "utf8"), known);
  expect(parsed.ok).toBe(true);
  if (!parsed.ok) return;
  expect(parsed.deck.slides).toHaveLength(DEFAULT_SLIDES + 2);
  expect(parsed.deck.slides[DEFAULT_SLIDES]).toMatchObject({
    view: "color=year",
    title: { sv: "När antogs strategierna? Å, ä och ö", en: "Years adopted" },
  });
  expect(parsed.deck.slides[DEFAULT_SLIDES + 1]).toMatchObject({
    view: "",
    title: { sv: "Status för den regionala utvecklingsstrategin" },
  });

  // A file with an error, dropped on the editor: the message names the path; the deck is kept.
  const bad = { ...threeSlides, slides: [threeSlides.slides[0], { ...threeSlides.slides[1], view: "color=practice&practice=nope" }] };
  const drop = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], "fel.json", { type: "application/json" }));
    return transfer;
  }, JSON.stringify(bad));
  await page.getByTestId("deck-editor").dispatchEvent("drop", { dataTransfer: drop });
  await expect(page.getByTestId("deck-issues")).toContainText("slides[1].view");
  await expect(page.getByTestId("deck-issues")).toContainText("Bild 2, dess vy: okänt arbetssätt ”nope”");
  await expect(rows).toHaveCount(DEFAULT_SLIDES + 2);
  // The page's dataset drop target did not take the deck file for a dataset.
  await expect(page.getByText("Nuvarande data visas fortfarande")).toHaveCount(0);
  // Not JSON, through the file picker.
  await page.getByTestId("deck-file").setInputFiles(jsonFile("inte-json.json", "{ inte json"));
  await expect(page.getByTestId("deck-issues")).toContainText("inte-json.json kunde inte användas. Det nuvarande bildspelet behålls.");
  await expect(page.getByTestId("deck-issues")).toContainText("Filen är inte giltig JSON");
  await page.screenshot({ path: testInfo.outputPath("deck-editor-error-1920.png") });
  await expect(page.getByText("Nuvarande data visas fortfarande")).toHaveCount(0);

  // A valid file replaces the deck, and is the deck presented.
  await page.getByTestId("deck-file").setInputFiles(jsonFile("tre.json", JSON.stringify(threeSlides)));
  await expect(page.getByTestId("deck-status")).toHaveText("tre.json: 3 bilder inlästa.");
  await expect(page.getByTestId("deck-issues")).toHaveCount(0);
  await expect(rows).toHaveCount(3);
  await page.getByTestId("deck-present").click();
  await expect(page.getByTestId("slide-title")).toHaveText("Först: status");
  await expect(page.getByTestId("deck-editor")).toBeHidden();
  await page.keyboard.press("PageDown");
  await expect(page.getByTestId("slide-title")).toHaveText("Öppna indikatorplattformar");
  await expect(page.getByTestId("slide-counter")).toHaveText("2 / 3");
  await expect(page.getByTestId("legend")).toContainText("Öppna indikatorplattformar");
  await page.screenshot({ path: testInfo.outputPath("deck-slide-2-1920.png") });

  // E exports the slide shown, with the slide's words.
  const [png] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("e")]);
  // Named by the slide's own title, not by its view's values.
  expect(png.suggestedFilename()).toBe(`rus-${EDITION}-bild-2-oppna-indikatorplattformar-1920x1080.png`);
  const bytes = readFileSync((await png.path())!);
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1920, 1080]);
  await png.saveAs(testInfo.outputPath("slide-2-export.png"));
  expect(errors).toEqual([]);
});

test("prints the deck: one full A4 page per slide, drawn without touching the view on screen", async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await page.goto("/?color=horizon");
  await waitForMap(page);
  const before = page.url();
  await openEditor(page);
  await page.getByTestId("deck-file").setInputFiles(jsonFile("tre.json", JSON.stringify(threeSlides)));
  await expect(page.getByTestId("deck-slides").locator(":scope > li")).toHaveCount(3);
  // The print dialog cannot be driven here: record the call and print to PDF instead.
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  // The pages are drawn offscreen: the map, its legend and the link on screen never change meanwhile.
  await page.evaluate(() => {
    const changes = { count: 0 };
    (window as unknown as { screenChanges: typeof changes }).screenChanges = changes;
    new MutationObserver((records) => (changes.count += records.length)).observe(document.querySelector(".map-area")!, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  });
  const legendBefore = await page.getByTestId("legend").innerText();
  await page.getByTestId("deck-print").click();
  await expect(page.getByTestId("deck-status")).toHaveText("3 sidor skickade till utskrift.", { timeout: 60_000 });
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  expect(page.url()).toBe(before);
  expect(await page.evaluate(() => (window as unknown as { screenChanges: { count: number } }).screenChanges.count)).toBe(0);
  expect(await page.getByTestId("legend").innerText()).toBe(legendBefore);
  const images = page.locator("#print-deck img");
  await expect(images).toHaveCount(3);
  const sizes = await images.evaluateAll((imgs) => (imgs as HTMLImageElement[]).map((i) => [i.naturalWidth, i.naturalHeight, i.alt]));
  // The printable area's shape (277 × 190 mm of A4 landscape), so each image fills its page.
  expect(sizes).toEqual([
    [2216, 1520, "1 / 3 · Först: status"],
    [2216, 1520, "2 / 3 · Öppna indikatorplattformar"],
    [2216, 1520, "3 / 3 · Skåne: år"],
  ]);
  await page.emulateMedia({ media: "print" });
  // Each picture spans the page's printable width (no quarter of the page left empty).
  const box = (await images.first().boundingBox())!;
  const pageWidth = await page.evaluate(() => document.documentElement.clientWidth);
  expect(box.width / pageWidth).toBeGreaterThan(0.95);
  await page.screenshot({ path: testInfo.outputPath("print-deck-media.png") });
  const pdf = await page.pdf({ format: "A4", landscape: true, printBackground: true });
  writeFileSync(testInfo.outputPath("print-deck.pdf"), pdf);
  const pages = pdf.toString("latin1").match(/\/Type\s*\/Page\b(?!s)/g) ?? [];
  expect(pages).toHaveLength(3);
  await page.emulateMedia({ media: "screen" });
  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  await expect(images).toHaveCount(0);
});

test("prints the current view with its legend and source line", async ({ page }, testInfo) => {
  await page.goto("/?color=practice&practice=open-indicator-platforms");
  await waitForMap(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".toolbar")).toBeHidden();
  await expect(page.getByTestId("legend")).toBeVisible();
  await expect(page.locator(".map-footer .source-line")).toBeVisible();
  await expect(page.locator(".map-footer .source-line")).toContainText("dnr Å 2025-51");
  await page.screenshot({ path: testInfo.outputPath("print-view-stylesheet.png") });
  await page.emulateMedia({ media: "screen" });

  // The menu's Print: the view as one A4 page, the same picture as its PNG.
  await page.evaluate(() => {
    window.print = () => {};
  });
  await page.getByText("Exportera").click();
  await page.getByTestId("print-view").click();
  const image = page.locator("#print-deck img");
  await expect(image).toHaveCount(1, { timeout: 30_000 });
  await expect(image).toHaveAttribute("alt", "Öppna indikatorplattformar och interaktiva publikationer");
  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ format: "A4", landscape: true, printBackground: true });
  writeFileSync(testInfo.outputPath("print-view.pdf"), pdf);
  expect(pdf.toString("latin1").match(/\/Type\s*\/Page\b(?!s)/g) ?? []).toHaveLength(1);
});

for (const viewport of [
  { width: 1920, height: 1080 },
  { width: 1280, height: 800 },
]) {
  test(`presentation at ${viewport.width}×${viewport.height}: the legend covers no county label and Sweden is centred`, async ({
    page,
  }, testInfo) => {
    await page.setViewportSize(viewport);
    await page.goto("/?present=1&slide=4");
    await waitForMap(page);
    await expect(page.getByTestId("slide-counter")).toHaveText(/^4 \//);
    const legend = (await page.getByTestId("legend").boundingBox())!;
    // Let the refit after the layout change settle before reading label positions.
    await waitForMapAtRest(page);
    // The names on the map itself; the inset of the south names its regions beside it, off centre by design.
    const labels = await page
      .locator(".map-label:not([data-inset])")
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
    expect(labels.length).toBeGreaterThan(5);
    const overlapping = labels.filter(
      (l) => l.left < legend.x + legend.width && l.right > legend.x && l.top < legend.y + legend.height && l.bottom > legend.y,
    );
    expect(overlapping).toEqual([]);
    // Sweden's labels span the middle of the screen (balanced framing where there is room).
    const centre = (Math.min(...labels.map((l) => l.left)) + Math.max(...labels.map((l) => l.right))) / 2;
    expect(Math.abs(centre - viewport.width / 2)).toBeLessThan(viewport.width * 0.08);
    await page.screenshot({ path: testInfo.outputPath(`present-${viewport.width}.png`) });
  });
}

test("the editor in English at 1280×800; P inside it does not start the presentation", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/?lang=en&color=practice&practice=open-indicator-platforms&region=SE-BD");
  await waitForMap(page);
  await page.getByRole("button", { name: "Build a deck" }).click();
  const add = page.getByTestId("deck-add-form");
  await expect(add.locator('[data-field="title-en"]')).toHaveValue(/– Norrbotten$/);
  await expect(add.locator('[data-field="title-sv"]')).toHaveValue(/^Öppna indikatorplattformar.* – Norrbotten$/);
  await add.locator('[data-field="caption-en"]').focus();
  await page.keyboard.press("p");
  await expect(page.getByTestId("slide-title")).toBeHidden();
  await page.getByTestId("deck-open").focus();
  await page.keyboard.press("P");
  await expect(page.getByTestId("slide-title")).toBeHidden();
  await expect(page.getByTestId("deck-editor")).toContainText("Add this view as a slide");
  await page.screenshot({ path: testInfo.outputPath("deck-editor-en-1280.png") });
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("deck-editor")).toBeHidden();
});

test("a new deck of one's own: a title, notes, Alt+↑, marked suggestions; kept over a reload, asked before it is lost", async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const errors = collectErrors(page);
  const dialogs: string[] = [];
  // Every question the page asks is recorded; the answer is set per step.
  let answer = true;
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.type());
    void (answer ? dialog.accept() : dialog.dismiss());
  });
  await page.goto("/?color=year&region=SE-N");
  await waitForMap(page);
  await openEditor(page);
  const rows = page.getByTestId("deck-slides").locator(":scope > li");
  await expect(rows).toHaveCount(DEFAULT_SLIDES);

  // "Ny presentation": the current view as its one slide, and its title to edit; the default deck needs no question.
  await page.getByTestId("deck-new").click();
  expect(dialogs).toEqual([]);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("color=year&region=SE-N");
  const titleForm = page.getByTestId("deck-title-form");
  await expect(titleForm.locator('[data-field="title-sv"]')).toBeFocused();
  await titleForm.locator('[data-field="title-sv"]').fill("Min genomgång – Å, ä och ö");
  await titleForm.locator('[data-field="title-en"]').fill("My briefing");
  await titleForm.getByRole("button", { name: "Spara" }).click();
  await expect(page.getByTestId("deck-title")).toHaveText("Min genomgång – Å, ä och ö");
  await expect(page.getByTestId("deck-origin")).toContainText("sparad i webbläsaren, inte som fil");

  // A second view: the Swedish title edited, the English left as suggested — which the form says.
  await page.getByTestId("mode-control").locator("select").first().selectOption("status");
  const add = page.getByTestId("deck-add-form");
  await expect(add.getByTestId("suggested-not-edited")).toHaveCount(0);
  await add.locator('[data-field="title-sv"]').fill("Var står strategierna?");
  await expect(add.getByTestId("suggested-not-edited")).toHaveText("Förslag från kartan, inte ändrat – du har ändrat texten på svenska.");
  await expect(add.locator('[data-field="title-en"]')).toHaveAttribute("aria-describedby", /hint/);
  expect(await axeViolations(page)).toEqual([]);
  await add.locator('[data-field="title-en"]').fill("Where do the strategies stand?");
  await expect(add.getByTestId("suggested-not-edited")).toHaveCount(0);
  await add.locator('[data-field="notes-sv"]').fill("Säg: fyra regioner antog en ny strategi 2026.");
  await add.getByRole("button", { name: "Lägg till vyn som bild" }).click();
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1).getByTestId("deck-slide-notes")).toHaveText("Anteckningar");
  await expect(rows.nth(0).getByTestId("deck-slide-notes")).toHaveCount(0);

  // Alt+↑ on the row's focused button moves the slide; the status line says where, the focus goes with it.
  await rows.nth(1).getByRole("button", { name: "Redigera" }).focus();
  await page.keyboard.press("Alt+ArrowUp");
  await expect(rows.nth(0).getByTestId("deck-slide-title")).toHaveText("Var står strategierna?");
  await expect(page.getByTestId("deck-status")).toHaveText("Flyttad till plats 1.");
  await expect(rows.nth(0).getByRole("button", { name: "Redigera" })).toBeFocused();
  await page.keyboard.press("Alt+ArrowDown");
  await expect(rows.nth(1).getByTestId("deck-slide-title")).toHaveText("Var står strategierna?");
  await expect(rows.nth(1).getByRole("button", { name: "Redigera" })).toBeFocused();
  // The notes are in the edit form, and come out in the file.
  await rows.nth(1).getByRole("button", { name: "Redigera" }).click();
  await expect(page.getByTestId("deck-edit-form").locator('[data-field="notes-sv"]')).toHaveValue(
    "Säg: fyra regioner antog en ny strategi 2026.",
  );
  await page.getByTestId("deck-edit-form").getByRole("button", { name: "Avbryt" }).click();
  await page.screenshot({ path: testInfo.outputPath("deck-new-1920.png") });

  // A reload with edits not in a file: the browser asks first; the deck comes back as it was.
  await page.reload();
  expect(dialogs).toEqual(["beforeunload"]);
  await waitForMap(page);
  await openEditor(page);
  await expect(rows).toHaveCount(2);
  await expect(page.getByTestId("deck-title")).toHaveText("Min genomgång – Å, ä och ö");
  await expect(rows.nth(1).getByTestId("deck-slide-notes")).toBeVisible();
  await expect(page.getByTestId("deck-origin")).toContainText("Redigerat · sparad i webbläsaren, inte som fil");

  // Downloaded, it is saved: no question on leaving, and the file has the title and the notes.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("deck-download").click()]);
  const parsed = parseDeckText(readFileSync((await download.path())!, "utf8"), known);
  expect(parsed.ok && parsed.deck.title).toEqual({ sv: "Min genomgång – Å, ä och ö", en: "My briefing" });
  expect(parsed.ok && parsed.deck.slides[1]!.notes).toEqual({ sv: "Säg: fyra regioner antog en ny strategi 2026.", en: "" });
  await expect(page.getByTestId("deck-origin")).not.toContainText("inte som fil");
  await page.reload();
  await waitForMap(page);
  expect(dialogs).toEqual(["beforeunload"]);

  // Edits again; a new deck asks before it replaces them, and "no" keeps them.
  await openEditor(page);
  await rows.nth(0).getByRole("button", { name: "Flytta ned" }).click();
  answer = false;
  await page.getByTestId("deck-new").click();
  expect(dialogs).toEqual(["beforeunload", "confirm"]);
  await expect(rows).toHaveCount(2);
  // Restoring the default deck asks too; "yes" restores it.
  answer = true;
  await page.getByTestId("deck-reset").click();
  expect(dialogs).toEqual(["beforeunload", "confirm", "confirm"]);
  await expect(rows).toHaveCount(DEFAULT_SLIDES);
  await expect(page.getByTestId("deck-origin")).toHaveText("· Standardbildspelet · sparad i webbläsaren");
  expect(errors).toEqual([]);
});

test("a broken copy in the browser is said and the default deck shown; a browser that cannot keep the deck is said, and the deck stays", async ({
  page,
}) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem("seeded")) {
      localStorage.setItem("rus-kartan.deck.v1", '{"deck": {"version": 1, "slides": "broken');
      sessionStorage.setItem("seeded", "1");
    }
  });
  await page.goto("/");
  await waitForMap(page);
  await openEditor(page);
  const rows = page.getByTestId("deck-slides").locator(":scope > li");
  await expect(rows).toHaveCount(DEFAULT_SLIDES);
  await expect(page.getByTestId("deck-storage-problem")).toContainText("kunde inte läsas");
  // The broken copy is not overwritten by merely starting.
  expect(await page.evaluate(() => localStorage.getItem("rus-kartan.deck.v1"))).toContain("broken");

  // Storage over quota: the added slide stays in the window, and the page says it is not kept.
  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException("full", "QuotaExceededError");
    };
  });
  await page.getByTestId("deck-add-form").getByRole("button", { name: "Lägg till vyn som bild" }).click();
  await expect(rows).toHaveCount(DEFAULT_SLIDES + 1);
  await expect(page.getByTestId("deck-storage-problem")).toContainText("Webbläsaren kunde inte spara presentationen");
});

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 390, height: 844 },
]) {
  test(`every button and field of the deck builder is inside its panel, every title readable, at ${viewport.width}×${viewport.height}`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto("/?color=practice&practice=open-indicator-platforms&region=SE-BD");
    await waitForMap(page);
    await openEditor(page);
    const dialog = page.getByTestId("deck-editor");
    await expect(dialog.getByTestId("deck-slides").locator(":scope > li")).toHaveCount(DEFAULT_SLIDES);
    const box = (await dialog.boundingBox())!;
    const buttons = await dialog.locator("button, input:not([type=file]), textarea").evaluateAll((els) =>
      els.map(
        (el) =>
          ({ text: el.getAttribute("aria-label") ?? el.textContent, ...el.getBoundingClientRect().toJSON() }) as DOMRect & {
            text: string;
          },
      ),
    );
    expect(buttons.length).toBeGreaterThan(60);
    const outside = buttons.filter((b) => b.left < box.x - 0.5 || b.right > box.x + box.width + 0.5);
    expect(outside.map((b) => b.text)).toEqual([]);
    // Each row's ▶ is inside the list's own scrolling box too, not under its edge.
    const list = (await dialog.getByTestId("deck-slides").boundingBox())!;
    const plays = await dialog.locator('[data-action="present"]').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().right));
    expect(plays.filter((right) => right > list.x + list.width)).toEqual([]);
    // The buttons leave the title room to be read: at least 40 % of the row (on a phone they go under it).
    const widths = await dialog
      .locator(".deck-slide")
      .evaluateAll((els) => els.map((el) => el.querySelector(".deck-slide-text")!.clientWidth / el.clientWidth));
    expect(Math.min(...widths)).toBeGreaterThan(0.4);
  });
}
