import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "./fixtures";
import { LATEST_EDITION } from "../editionFiles";
import { CHANGE_COLORS } from "../../src/domain/changeClassification";
import { expectedChange, FIXTURE_TEXTS, footnoteNames, listingOf } from "../fixtures/editions/fixtureFacts";
import { CODE_OF } from "../unit/reportFacts";
import { colorDistance, hexToRgb, mapCanvasShot, placeOnMap, samplePng, waitForMap } from "./helpers";

/**
 * "Förändring sedan …" (issue 26): the app built with the two fictional editions beside the shipped ones
 * (scripts/fixture-editions.mjs, served by playwright.config.ts). What changed is read from the two texts
 * (tests/fixtures/editions/fixtureFacts.ts), never from the app. With one edition (the plain build) the mode is absent.
 */
const BASE = process.env.E2E_EDITIONS_URL!;
const expected = expectedChange();
const before = listingOf(FIXTURE_TEXTS.first);
const after = listingOf(FIXTURE_TEXTS.next);
const unchanged = [...after.keys()].filter((n) => !expected.replaced.includes(n) && !expected.readopted.includes(n));

test("the change map: strategies replaced, adopted again and the same, as the two listings say, in the link", async ({ page }) => {
  await page.goto(`${BASE}/?edition=fixture-next&since=fixture`);
  await waitForMap(page);
  const classes = page.getByTestId("legend").locator(".legend-class");
  await expect(classes).toHaveCount(3);
  for (const [i, names] of [expected.replaced, expected.readopted, unchanged].entries()) {
    await expect(classes.nth(i).locator(".legend-count")).toHaveText(new RegExp(`^${names.length}\\b`, "u"));
  }
  await expect(page.getByTestId("legend")).toContainText("exempel, inte fullständiga");

  // The map's own pixels: a replaced strategy, one adopted again, one the same.
  const places: [string, [number, number], string][] = [
    [expected.replaced.find((n) => n === "Stockholm")!, [17.95, 59.25], CHANGE_COLORS.replaced],
    [expected.readopted[0]!, [12.8, 56.85], CHANGE_COLORS.readopted],
    [unchanged.find((n) => n === "Kalmar")!, [15.9, 57.1], CHANGE_COLORS.same],
  ];
  expect(places.map(([name]) => name)).toEqual(["Stockholm", "Halland", "Kalmar"]);
  const points = await Promise.all(places.map(([, lonLat]) => placeOnMap(page, lonLat)));
  await expect
    .poll(async () =>
      (await samplePng(page, await mapCanvasShot(page), points)).map((rgb, i) => colorDistance(rgb, hexToRgb(places[i]![2])) <= 12),
    )
    .toEqual([true, true, true]);
  expect(new URL(page.url()).search).toBe("?edition=fixture-next&since=fixture");
});

test("a region's change: both listings, both statuses, and the lists it joined and left with both footnotes", async ({ page }) => {
  await page.goto(`${BASE}/?edition=fixture-next&since=fixture&region=SE-AB`);
  const section = page.getByTestId("region-change");
  await expect(section).toContainText(before.get("Stockholm")!.title);
  await expect(section).toContainText(after.get("Stockholm")!.title);
  const joined = expected.lists.filter((l) => l.joined.includes("Stockholm"));
  expect(joined.length).toBeGreaterThan(0);
  const items = section.locator(".region-change-lists details");
  await expect(items).toHaveCount(joined.length);
  for (const [i, list] of joined.entries()) {
    await items.nth(i).locator("summary").click();
    await expect(items.nth(i)).toContainText(`Fotnot ${list.footnote} nämner`);
    for (const name of [...footnoteNames(FIXTURE_TEXTS.first, list.footnote), ...footnoteNames(FIXTURE_TEXTS.next, list.footnote)])
      await expect(items.nth(i)).toContainText(name);
  }

  // A region that left a list, and one whose strategy stayed the same.
  const leaver = expected.lists.find((l) => l.left.length > 0)!;
  await page.goto(`${BASE}/?edition=fixture-next&since=fixture&region=${CODE_OF.get(leaver.left[0]!)}`);
  await expect(page.getByTestId("region-change")).toContainText("Nämns inte längre i förteckningen");
  await page.goto(`${BASE}/?edition=fixture-next&since=fixture&region=${CODE_OF.get("Kalmar")}`);
  await expect(page.getByTestId("region-change-kind")).toContainText("Samma strategi och antagandeår");
});

test("with one edition the change view is absent, not empty: no such mode, a link to it is reported", async ({ page }) => {
  await page.goto("/?since=anything");
  await waitForMap(page);
  await expect(page.getByTestId("url-notice")).toContainText("since");
  const modes = await page
    .getByTestId("mode-control")
    .locator("select")
    .first()
    .locator("option")
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  expect(modes).not.toContain("change");
  expect(modes).toContain("status");
});

test("the mode is offered where an earlier edition is at hand, and choosing it writes the pair into the link", async ({ page }) => {
  await page.goto(`${BASE}/?edition=fixture-next`);
  await waitForMap(page);
  await page.getByTestId("mode-control").locator("select").first().selectOption("change");
  await expect(page.getByTestId("legend").locator(".legend-class")).toHaveCount(3);
  await expect.poll(() => new URL(page.url()).search).toBe("?edition=fixture-next&since=fixture");
});

test("an edition opened from a file is compared with the shipped one before it, and the link names it", async ({ page }) => {
  // The second fictional edition as one file, drafted into a folder of this test's own.
  const folder = mkdtempSync(join(tmpdir(), "rus-change-"));
  let bundle: unknown;
  try {
    const { fixtureEditions } = await import("../../scripts/fixture-editions.mjs");
    await fixtureEditions(folder);
    const { bundleEdition } = await import("../../scripts/edition.mjs");
    bundle = (await bundleEdition({ id: "fixture-next", editions: folder })).bundle;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  await page.goto(`/?edition=${LATEST_EDITION}`);
  await waitForMap(page);
  await page
    .getByTestId("dataset-file-input")
    .setInputFiles({ name: "andra.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(bundle)) });
  await expect(page.getByTestId("upload-loaded")).toBeVisible();
  // The link that named the edition shown now names the opened one; nothing is reported as ignored.
  await expect.poll(() => new URL(page.url()).searchParams.get("edition")).toBe("fixture-next");
  await expect(page.getByTestId("url-notice")).toHaveCount(0);
  await page.getByTestId("mode-control").locator("select").first().selectOption("change");
  await expect(page.getByTestId("legend")).toContainText(`Förändring sedan utgåvan ${LATEST_EDITION}`);
  await expect.poll(() => new URL(page.url()).search).toBe(`?edition=fixture-next&since=${LATEST_EDITION}`);
});
