import { expect, test } from "./fixtures";
import { waitForMap } from "./helpers";
import { expectEveryRegionNamedOnItself } from "./labelChecks";
import { editionText } from "../editionFiles";

const LAST_SLIDE = (JSON.parse(editionText("deck.json")) as { slides: unknown[] }).slides.length;

/**
 * Every region is named on its own region at the three sizes the users' screens have and on
 * slides (tests/e2e/labelChecks.ts says what that means); the SVG map's check is in nowebgl.spec.ts.
 */
for (const viewport of [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
]) {
  test(`every region is named on its own region at ${viewport.width}×${viewport.height}`, async ({ page }, testInfo) => {
    await page.setViewportSize(viewport);
    await page.goto("/");
    await waitForMap(page);
    const labels = await expectEveryRegionNamedOnItself(page, `${viewport.width}×${viewport.height}`);
    await page.screenshot({ path: testInfo.outputPath(`labels-${viewport.width}.png`) });
    // At the widest screen most names fit on their regions.
    if (viewport.width === 1920) expect(labels.filter((l) => l.kind === "inside").length).toBeGreaterThanOrEqual(12);
  });
}

test("slides 3, 11 and the last at 1920×1080: every region named on itself, names at least 18 px", async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  // The last slide is the national findings beside the whole map (the one before it compares three regions, framed on them).
  for (const slide of [3, 11, LAST_SLIDE]) {
    await page.goto(`/?present=1&slide=${slide}`);
    await waitForMap(page);
    await expect(page.getByTestId("slide-counter")).toHaveText(new RegExp(`^${slide} /`));
    await expectEveryRegionNamedOnItself(page, `slide ${slide}`);
    const px = await page.getByTestId("map-labels").evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(px).toBeGreaterThanOrEqual(18);
    await page.screenshot({ path: testInfo.outputPath(`labels-slide-${slide}.png`) });
  }
});

test("slide 3 at 1280×720: the dense south in a framed inset, every one of the 21 regions named by name, none by a number", async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto("/?present=1&slide=3");
  await waitForMap(page);
  await expect(page.getByTestId("map-inset")).toBeVisible();
  await expect(page.getByTestId("map-inset")).toContainText(/Södra Sverige, förstorat \d/);
  const labels = await expectEveryRegionNamedOnItself(page, "slide 3 at 1280×720");
  expect(labels.filter((l) => l.kind === "number").map((l) => l.code)).toEqual([]);
  // Götaland and Mälardalen are named in the inset, the north on the map.
  expect(labels.filter((l) => l.inset).length).toBeGreaterThanOrEqual(14);
  await expect(page.getByTestId("map-number-key")).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath("labels-slide-3-1280.png") });
});

// The last slide has the report's lists beside the map: at 1280 × 720 the map keeps the share of the slide it has at
// 1920 × 1080 (present.css), and the regions the map cannot name are named in a detail inset ("Utsnitt"). English
// runs apart: its longer source line and legend leave the map less room.
for (const lang of ["sv", "en"] as const) {
  test(`the last slide at 1280×720 in ${lang === "sv" ? "Swedish" : "English"}: beside the lists, every one of the 21 regions named by name, none by a number`, async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`/?present=1&slide=${LAST_SLIDE}${lang === "en" ? "&lang=en" : ""}`);
    await waitForMap(page);
    await expect(page.getByTestId("slide-panel")).toBeVisible();
    // The names are placed again once the map is at rest after the slide's recolour: the final placement is waited for.
    await expect.poll(() => page.locator(".map-label[data-kind=number]").count(), { message: "regions named by a number" }).toBe(0);
    const labels = await expectEveryRegionNamedOnItself(page, `the last slide at 1280×720 (${lang})`);
    expect(labels.filter((l) => l.kind === "number").map((l) => l.code)).toEqual([]);
    await expect(page.getByTestId("map-number-key")).toHaveCount(0);
    await page.screenshot({ path: testInfo.outputPath(`labels-last-slide-1280-${lang}.png`) });
  });
}
