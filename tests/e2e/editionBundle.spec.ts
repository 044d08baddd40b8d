import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { editionText } from "../editionFiles";
import { mapCanvasShot, placeOnMap, samplePng, waitForMap } from "./helpers";

/**
 * An edition opened whole (issue 26, point 3), in the build that ships only the real editions: the fictional test
 * edition's bundle, written by `npm run edition -- bundle` from the folder scripts/fixture-editions.mjs drafts, opens
 * with its own legend, header, source line and report; the same dataset with the shipped edition's report is refused
 * with a message naming both editions, and the map stays as it was. What must show is read from the files.
 */
type Bundle = {
  dataset: { edition: { id: string; date: string; reference: string }; statuses: { sv: string }[] };
  [part: string]: unknown;
};
let fixture: Bundle;
const SHIPPED = JSON.parse(editionText("dataset.json")) as Bundle["dataset"];
const FIXTURE_TEXT = readFileSync(resolve(process.cwd(), "tests/fixtures/editions/fixture-report.txt"), "utf8");

test.beforeAll(async () => {
  // Drafted into a folder of this run's own: .editions-test/ is shared with other runs.
  const folder = mkdtempSync(join(tmpdir(), "rus-editions-"));
  try {
    const { fixtureEditions, FIXTURE_EDITIONS } = await import("../../scripts/fixture-editions.mjs");
    await fixtureEditions(folder);
    const { bundleEdition } = await import("../../scripts/edition.mjs");
    const { bundle, result } = await bundleEdition({ id: FIXTURE_EDITIONS[0]!.id, editions: folder });
    expect(result.ok, "the fixture edition's bundle is one the app opens").toBe(true);
    fixture = bundle as Bundle;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

async function openFile(page: Page, name: string, contents: unknown) {
  await page
    .getByTestId("dataset-file-input")
    .setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(JSON.stringify(contents)) });
}

/** What the page shows of its edition: the legend's classes, the header, the source line. */
async function shownEdition(page: Page) {
  return {
    legend: await page.getByTestId("legend").locator(".legend-class").allInnerTexts(),
    header: await page.getByTestId("app-edition").innerText(),
    source: await page.locator(".source-line").first().innerText(),
  };
}

/** The map's colours at three places of the status map. */
async function mapColours(page: Page) {
  const points = await Promise.all(
    (
      [
        [15.9, 57.1],
        [17.5, 64.8],
        [20.5, 67.0],
      ] as [number, number][]
    ).map((lonLat) => placeOnMap(page, lonLat)),
  );
  return samplePng(page, await mapCanvasShot(page), points);
}

test("a bundle of two editions is refused naming both, the map unchanged; the fixture edition's bundle opens whole", async ({ page }) => {
  await page.goto("/");
  await waitForMap(page);
  await expect(page.getByTestId("app-edition")).toContainText(SHIPPED.edition.reference);
  const before = await shownEdition(page);
  const coloursBefore = await mapColours(page);

  // The fixture edition's dataset with the shipped edition's report and translation.
  await openFile(page, "blandad.json", {
    ...fixture,
    report: JSON.parse(editionText("report.json")),
    translation: JSON.parse(editionText("translation.en.json")),
    manifest: undefined,
  });
  const error = page.getByTestId("upload-error");
  await expect(error).toContainText("blandad.json kunde inte användas. Nuvarande data visas fortfarande.");
  await expect(error).toContainText("Datafilen och rapporten är olika utgåvor");
  await expect(error).toContainText(`datafilen är utgåva ${fixture.dataset.edition.id} (`);
  await expect(error).toContainText(`${fixture.dataset.edition.date}, dnr ${fixture.dataset.edition.reference})`);
  await expect(error).toContainText(`rapporten är utgåva ${SHIPPED.edition.id} (`);
  await expect(error).toContainText(`${SHIPPED.edition.date}, dnr ${SHIPPED.edition.reference})`);
  await error.getByRole("button", { name: "Stäng" }).click();
  expect(await shownEdition(page)).toEqual(before);
  expect(await mapColours(page)).toEqual(coloursBefore);

  // The fixture edition whole: its legend, header, source line, and its own report in the reader.
  await openFile(page, "testutgava.json", fixture);
  await expect(page.getByTestId("upload-loaded")).toContainText(
    `Utgåva ${fixture.dataset.edition.id} från testutgava.json visas nu, med sin rapport`,
  );
  const classes = page.getByTestId("legend").locator(".legend-class");
  await expect(classes).toHaveCount(fixture.dataset.statuses.length);
  for (const [i, status] of fixture.dataset.statuses.entries()) await expect(classes.nth(i)).toContainText(status.sv);
  await expect(page.getByTestId("app-edition")).toContainText(`${fixture.dataset.edition.date}, dnr ${fixture.dataset.edition.reference}`);
  await expect(page.locator(".source-line").first()).toContainText(fixture.dataset.edition.reference);
  await page.getByRole("button", { name: "Rapporten", exact: true }).click();
  // The fictional report's own first sentence of 2.1, with its footnote marker as the reader shows it.
  const firstStatusSentence = FIXTURE_TEXT.split("\n")
    .map((l) => l.trim())
    .find((l) => l.startsWith("Fem regioner"))!
    .split(/(?<=\.)\s+/u)[0]!;
  await expect(page.getByTestId("reader")).toContainText(firstStatusSentence);
});
