import { readFileSync } from "node:fs";
import JSZip from "jszip";
import type { Download, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { committedDataset } from "./data";
import { classify } from "../../src/domain/classify";
import { comparisonTable } from "../../src/domain/comparisonTable";
import { parseDeckText } from "../../src/present/deckSchema";
import { knownValuesOf, parseView } from "../../src/state/url";
import { collectErrors, waitForMap } from "./helpers";
import { editionText } from "../editionFiles";

const data = committedDataset();
const deckResult = parseDeckText(editionText("deck.json"), knownValuesOf(data));
if (!deckResult.ok) throw new Error("the default deck is invalid");
const deck = deckResult.deck;

/** A .pptx as its slides' and notes' text, and its pictures' pixel sizes, read with JSZip as PowerPoint would. */
async function readPptx(download: Download) {
  const zip = await JSZip.loadAsync(readFileSync((await download.path())!));
  const numbered = (prefix: string) =>
    Object.keys(zip.files)
      .filter((name) => new RegExp(`^${prefix}\\d+\\.xml$`).test(name))
      .sort((a, b) => Number(a.match(/(\d+)\.xml$/)![1]) - Number(b.match(/(\d+)\.xml$/)![1]));
  const text = (xml: string) =>
    [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) =>
      m[1]!
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, "&"),
    );
  const slides = await Promise.all(
    numbered("ppt/slides/slide").map(async (name) => {
      const xml = await zip.file(name)!.async("string");
      const rels = await zip.file(name.replace("slides/", "slides/_rels/") + ".rels")!.async("string");
      const images = await Promise.all(
        [...rels.matchAll(/Target="\.\.\/media\/([^"]+\.png)"/g)].map(async (m) => {
          const png = Buffer.from(await zip.file(`ppt/media/${m[1]}`)!.async("uint8array"));
          return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
        }),
      );
      return { text: text(xml), xml, images };
    }),
  );
  const notes = await Promise.all(numbered("ppt/notesSlides/notesSlide").map(async (name) => text(await zip.file(name)!.async("string"))));
  // Every XML part by name, for the title placeholders, the language tags and the file's properties.
  const parts = Object.fromEntries(
    await Promise.all(
      Object.keys(zip.files)
        .filter((name) => name.endsWith(".xml") || name.endsWith(".rels"))
        .map(async (name) => [name, await zip.file(name)!.async("string")] as const),
    ),
  );
  return { slides, notes, parts };
}

/** The text of a slide's title placeholder: the shape whose <p:ph> has type="title". */
function titleOf(slideXml: string): string | undefined {
  const shape = [...slideXml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)].find((m) => /<p:ph\s[^>]*type="title"/.test(m[0]));
  return shape && [...shape[0].matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join("");
}

/** Every language tag of the file's slides, notes, layouts, master and defaults. */
function languageTags(parts: Record<string, string>): Set<string> {
  const text = Object.entries(parts).filter(([name]) =>
    /^ppt\/(presentation|slides\/|notesSlides\/|slideLayouts\/|slideMasters\/)/.test(name),
  );
  return new Set(text.flatMap(([, xml]) => [...xml.matchAll(/\b(?:lang|altLang)="([^"]*)"/g)].map((m) => m[1]!)));
}

/** An element's text, its entities read. */
const xmlText = (xml: string, tag: string) =>
  xml
    .match(new RegExp(`<${tag}>([^<]*)</${tag}>`))?.[1]
    ?.replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

async function download(page: Page, testId: string): Promise<Download> {
  await page.locator("details.export-tools > summary").click();
  const [file] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), page.getByTestId(testId).click()]);
  return file;
}

const squash = (s: string) => s.replace(/\s+/g, " ").trim();

test.use({ viewport: { width: 1280, height: 720 } });

test("the deck as PowerPoint: a slide per slide with its title, caption, map picture, legend, source line, number and notes", async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const errors = collectErrors(page);
  await page.goto("/?color=year&region=SE-N&macro=nuts2");
  await waitForMap(page);
  const before = page.url();
  const file = await download(page, "pptx-deck");
  expect(file.suggestedFilename()).toMatch(/^regionala-utvecklingsstrategier.*-\d{4}-\d{2}-\d{2}\.pptx$/);
  await file.saveAs(testInfo.outputPath("deck.pptx"));
  await expect(page.getByTestId("export-status")).toHaveText(`PowerPoint med ${deck.slides.length} bilder nedladdad.`);
  // Made offscreen: the view on screen stays as it was.
  expect(page.url()).toBe(before);

  const pptx = await readPptx(file);
  expect(pptx.slides).toHaveLength(deck.slides.length);
  expect(pptx.notes).toHaveLength(deck.slides.length);
  deck.slides.forEach((slide, i) => {
    const { text, xml, images } = pptx.slides[i]!;
    const where = `slide ${i + 1}`;
    expect(text[0], where).toBe(slide.title.sv);
    // The title in the layout's title placeholder, as PowerPoint's outline and accessibility checker read it.
    expect(titleOf(xml), where).toBe(slide.title.sv.replace(/&/g, "&amp;"));
    expect(text, where).toContain(slide.caption.sv);
    // The legend as editable text: every class of the slide's own view, with its count.
    const classification = classify(data, parseView(slide.view, knownValuesOf(data)).view, "sv");
    for (const cls of classification.classes) {
      expect(text, `${where}: ${cls.label}`).toContain(cls.label);
      expect(text, where).toContain(`${cls.regions.length} ${cls.regions.length === 1 ? "region" : "regioner"}`);
    }
    // The source line with the report's short caveat, and the slide number field.
    expect(
      text.some((t) => t.includes("dnr Å 2025-51") && t.includes("ingen analys")),
      where,
    ).toBe(true);
    expect(xml, where).toContain('type="slidenum"');
    // The map as one picture at least twice the pixels it covers on a 1920 × 1080 slide (its box is in EMU: 914400 per inch).
    expect(images, where).toHaveLength(1);
    const picture = xml.match(/<p:pic>[\s\S]*?<a:ext cx="(\d+)" cy="(\d+)"/)!;
    const coveredPx = (Number(picture[1]) / 914400) * (1920 / 13.333);
    expect(images[0]!.width / coveredPx, where).toBeGreaterThanOrEqual(1.99);
    // Speaker notes: the deck's own, word for word.
    expect(squash(pptx.notes[i]!.join(" ")), where).toContain(squash(slide.notes!.sv).slice(0, 200));
    // A comparison's table beside its map is PowerPoint's own table: a column per region, a row per line of the table.
    const compared = parseView(slide.view, knownValuesOf(data)).view.compare;
    if (compared.length >= 2) {
      expect(xml, where).toContain("<a:tbl>");
      const table = comparisonTable(data, compared, "sv");
      for (const region of table.regions) expect(text, `${where}: ${region.name}`).toContain(region.name);
      for (const row of table.rows)
        expect(
          text.some((t) => t.startsWith(row.label)),
          `${where}: ${row.label}`,
        ).toBe(true);
    }
  });
  expect(
    deck.slides.some((slide) => parseView(slide.view, knownValuesOf(data)).view.compare.length >= 2),
    "the default deck has a comparison",
  ).toBe(true);
  // The layout has the title placeholder the slides fill, and every run, note and default is tagged Swedish.
  const layout = Object.entries(pptx.parts).find(
    ([name]) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(name) && /type="title"/.test(pptx.parts[name]!),
  );
  expect(layout, "a slide layout with a title placeholder").toBeDefined();
  expect([...languageTags(pptx.parts)]).toEqual(["sv-SE"]);
  // The file's properties: its title, the report it shows as subject, RUS-kartan as author and company.
  const core = pptx.parts["docProps/core.xml"]!;
  expect(xmlText(core, "dc:title")).toBe(deck.title.sv);
  expect(xmlText(core, "dc:subject")).toBe(
    `Kartor ur Tillväxtverkets rapport ${data.edition.title} (${data.edition.date}, dnr ${data.edition.reference})`,
  );
  expect(xmlText(core, "dc:creator")).toBe("RUS-kartan");
  expect(xmlText(pptx.parts["docProps/app.xml"]!, "Company")).toBe("RUS-kartan");
  expect(errors).toEqual([]);
});

test("the view as PowerPoint: one slide in the interface's language, the two-practice legend in full", async ({ page }, testInfo) => {
  const view = "color=practice&practice=spatial-planning&practice2=open-indicator-platforms";
  await page.goto(`/?${view}&lang=en`);
  await waitForMap(page);
  const file = await download(page, "pptx-view");
  await file.saveAs(testInfo.outputPath("view.pptx"));
  const pptx = await readPptx(file);
  expect(pptx.slides).toHaveLength(1);
  const classification = classify(data, parseView(view, knownValuesOf(data)).view, "en");
  expect(pptx.slides[0]!.text[0]).toBe(classification.title);
  expect(titleOf(pptx.slides[0]!.xml)).toBe(classification.title);
  // An English file is tagged British English throughout, notes included; its subject is English too.
  expect([...languageTags(pptx.parts)]).toEqual(["en-GB"]);
  expect(xmlText(pptx.parts["docProps/core.xml"]!, "dc:subject")).toMatch(/^Maps from Tillväxtverket's report .+, ref\. Å 2025-51\)$/);
  expect(classification.classes).toHaveLength(4);
  for (const cls of classification.classes) expect(pptx.slides[0]!.text).toContain(cls.label);
  // The notes say what the legend says and link the view.
  expect(pptx.notes[0]!.join(" ")).toContain(`lang=en`);
});

test("the deck builder downloads the deck as PowerPoint, and says so", async ({ page }) => {
  await page.goto("/");
  await waitForMap(page);
  await page.getByTestId("deck-editor-open").click();
  const [file] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), page.getByTestId("deck-pptx").click()]);
  const pptx = await readPptx(file);
  expect(pptx.slides.map((s) => s.text[0])).toEqual(deck.slides.map((s) => s.title.sv));
  await expect(page.getByTestId("deck-status")).toHaveText(`PowerPoint med ${deck.slides.length} bilder nedladdad.`);
});
