import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "./fixtures";
import { colorDistance, hexToRgb, samplePng, waitForMap } from "./helpers";
import { STATUS_PALETTE } from "../../src/domain/palettes";
import { committedDataset } from "./data";

const data = committedDataset();
const jamtland = data.regions.find((r) => r.code === "SE-Z")!;

/** The words on each page of a PDF (pdftotext, poppler-utils), and page 1 as a PNG at 50 dpi (pdftoppm). */
function readPdf(pdf: Buffer): { pages: string[]; firstPage: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), "rus-print-"));
  const file = join(dir, "print.pdf");
  writeFileSync(file, pdf);
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))![1]);
  const pages = Array.from({ length: count }, (_, i) =>
    execFileSync("pdftotext", ["-f", String(i + 1), "-l", String(i + 1), file, "-"], { encoding: "utf8" }),
  );
  execFileSync("pdftoppm", ["-png", "-r", "50", "-f", "1", "-l", "1", "-singlefile", file, join(dir, "page1")]);
  return { pages, firstPage: readFileSync(join(dir, "page1.png")) };
}

test.beforeEach(async ({ page }) => {
  await page.goto("/?region=SE-Z");
  await waitForMap(page);
  await expect(page.locator(".side-panel h2").first()).toHaveText("Jämtland Härjedalen");
});

test("on beforeprint the map is copied as an image in the canvas's place, beside its legend and the open panel", async ({ page }) => {
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  await page.emulateMedia({ media: "print" });

  const copy = page.getByTestId("print-map");
  await expect(copy).toBeVisible();
  await expect(page.locator("canvas.maplibregl-canvas")).toBeHidden();
  // The copy holds the map's picture: mostly not white, in several colours.
  const colours = await copy.evaluate((canvas: HTMLCanvasElement) => {
    const { data: px } = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height);
    const seen = new Set<string>();
    let filled = 0;
    for (let i = 0; i < px.length; i += 4 * 97) {
      if (px[i]! < 240 || px[i + 1]! < 240 || px[i + 2]! < 240) filled++;
      seen.add(`${px[i]! >> 4},${px[i + 1]! >> 4},${px[i + 2]! >> 4}`);
    }
    return { filled: filled / (px.length / (4 * 97)), distinct: seen.size };
  });
  expect(colours.filled).toBeGreaterThan(0.5);
  expect(colours.distinct).toBeGreaterThan(4);

  await expect(page.locator(".legend")).toBeVisible();
  await expect(page.locator(".map-labels")).toContainText("Jämtland Härjedalen");
  await expect(page.locator(".side-panel")).toBeVisible();
  for (const control of [".app-header", ".toolbar", ".export-tools", ".back-to-map", ".region-list"]) {
    await expect(page.locator(control).first()).toBeHidden();
  }

  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  await page.emulateMedia({ media: "screen" });
  await expect(copy).toHaveCount(0);
  await expect(page.locator("canvas.maplibregl-canvas")).toBeVisible();
});

test("the printout on A4 landscape: the coloured map, its legend and source on page 1, the region's panel after, no empty page", async ({
  page,
}) => {
  // page.pdf prints as the browser's print does, beforeprint and afterprint included.
  const { pages, firstPage } = readPdf(await page.pdf({ format: "A4", landscape: true }));
  expect(pages.length).toBeGreaterThanOrEqual(2);
  expect(pages.filter((text) => text.trim() === "")).toEqual([]);
  const legendTitle = "Status för den regionala";
  expect(pages[0]).toContain(legendTitle);
  expect(pages[0]).toContain("Källa: Tillväxtverket (2026)");
  expect(pages[0]).not.toContain("Färglägg kartan efter");
  expect(pages[1]).toContain("Jämtland Härjedalen");
  expect(pages[1]).toContain(jamtland.strategy.title.slice(0, 30));
  // Paper has no buttons: the panel's "Stäng" is not printed.
  expect(pages.join("\n")).not.toMatch(/\bStäng\b/);

  // Page 1 is 585 × 413 px at 50 dpi: the map's colours are on it, not a blank canvas. Sampled right
  // of the legend (top left, under 170 px), whose swatches have the same colours.
  const grid = Array.from({ length: 30 * 24 }, (_, i) => ({ x: 180 + (i % 30) * 13, y: 20 + Math.floor(i / 30) * 13 }));
  const pixels = await samplePng(page, firstPage, grid);
  const found = [...STATUS_PALETTE].filter((hex) => pixels.some((p) => colorDistance(p, hexToRgb(hex)) < 24));
  expect(found.length).toBeGreaterThanOrEqual(3);
  // And the dashboard is back as it was.
  await expect(page.getByTestId("print-map")).toHaveCount(0);
});
