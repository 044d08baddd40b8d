import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect, test } from "./fixtures";
import { STATUS_PALETTE } from "../../src/domain/palettes";
import { colorDistance, hexToRgb, mapCanvasShot, placeOnMap, samplePng, waitForMap } from "./helpers";

/**
 * A second edition with no change to the code (issue 26): the app built with the shipped editions and, beside them,
 * the fictional test edition drafted by `npm run edition -- new` (scripts/fixture-editions.mjs; served by
 * playwright.config.ts). The newest edition opens: its own status classes, legend, colours, source line and report.
 * What it must show is read from the fictional report's text (tests/fixtures/editions/), not from the app.
 */
const BASE = process.env.E2E_EDITIONS_URL!;
const TEXT = readFileSync(resolve(process.cwd(), "tests/fixtures/editions/fixture-report.txt"), "utf8");
const lines = TEXT.split("\n").map((l) => l.trim());
/** 2.1's sentences with their markers, in order: "Fem regioner¹ har under 2027 antagit …" → its footnote's regions. */
const statusSentences = lines
  .find((l) => l.startsWith("Fem regioner"))!
  .split(/(?<=\.)\s+/u)
  .map((sentence) => {
    const n = "⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(sentence.match(/[¹²³]/u)![0]);
    const regions = lines
      .find((l) => l.startsWith(`${"⁰¹²³⁴⁵⁶⁷⁸⁹"[n]} `))!
      .slice(2)
      .replace(/\.$/u, "")
      .split(", ");
    return { words: sentence.replace(/[¹²³]/u, "").replace(/\.$/u, ""), regions };
  });

test("a fictional edition opens by its id: its own status legend, colours, source line and report", async ({ page }) => {
  const reachable = await page.request.get(BASE).then(
    (r) => r.ok(),
    () => false,
  );
  expect(
    reachable,
    `no build with the test edition at ${BASE}: npm run test:e2e builds it (scripts/fixture-editions.mjs --build dist-editions)`,
  ).toBe(true);
  await page.goto(`${BASE}/?edition=fixture`);
  await waitForMap(page);

  const legend = page.getByTestId("legend");
  const classes = legend.locator(".legend-class");
  await expect(classes).toHaveCount(statusSentences.length);
  for (const [i, { words, regions }] of statusSentences.entries()) {
    await expect(classes.nth(i)).toContainText(words);
    await expect(classes.nth(i)).toContainText(`${regions.length} regioner`);
  }
  // The map's own pixels: Kalmar (group 1), Västerbotten (group 2), Norrbotten (group 3) in their groups' colours.
  const places: [string, [number, number]][] = [
    ["Kalmar", [15.9, 57.1]],
    ["Västerbotten", [17.5, 64.8]],
    ["Norrbotten", [20.5, 67.0]],
  ];
  const groupOf = (name: string) => statusSentences.findIndex((s) => s.regions.includes(name));
  const points = await Promise.all(places.map(([, lonLat]) => placeOnMap(page, lonLat)));
  await expect
    .poll(async () =>
      (await samplePng(page, await mapCanvasShot(page), points)).map(
        (rgb, i) => colorDistance(rgb, hexToRgb(STATUS_PALETTE[groupOf(places[i]![0])]!)) <= 12,
      ),
    )
    .toEqual([true, true, true]);

  const dnr = lines.find((l) => l.startsWith("Diarienummer:"))!.replace("Diarienummer: ", "");
  await expect(page.locator(".source-line").first()).toContainText(dnr);

  // Its own report in the reader, at its own section 2.1.
  await page.goto(`${BASE}/?edition=fixture&read=2.1`);
  await expect(page.getByTestId("reader")).toContainText(lines.find((l) => l.startsWith("Fem regioner"))!.split(/(?<=\.)\s+/u)[0]!);
});
