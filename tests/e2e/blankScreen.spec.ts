import { expect, test } from "./fixtures";
import type { Page } from "@playwright/test";
import { collectErrors, samplePng, waitForMap, type Rgb } from "./helpers";

test.use({ viewport: { width: 1280, height: 720 } });

/** The colours of the window's middle and corners, as the audience sees them. */
async function screenColours(page: Page): Promise<Rgb[]> {
  const points = [
    { x: 640, y: 360 },
    { x: 5, y: 5 },
    { x: 1275, y: 715 },
  ];
  return samplePng(page, await page.screenshot(), points);
}

test("B and . black the screen, W and , white it; any key or a click brings the slide back, and each is said", async ({
  page,
}, testInfo) => {
  const errors = collectErrors(page);
  await page.goto("/?present=1&slide=2");
  await waitForMap(page);
  const title = page.getByTestId("slide-title");
  await expect(title).toBeVisible();
  const slideTitle = (await title.textContent())!;
  const blank = page.getByTestId("blank-screen");
  const status = page.getByTestId("blank-status");
  await expect(status).toHaveAttribute("role", "status");

  await page.keyboard.press("b");
  await expect(blank).toHaveAttribute("data-blank", "black");
  await expect(status).toHaveText("Skärmen är svart. Tryck på en tangent eller klicka för att visa bilden igen.");
  expect(await screenColours(page)).toEqual([
    [0, 0, 0],
    [0, 0, 0],
    [0, 0, 0],
  ]);
  await page.screenshot({ path: testInfo.outputPath("blank-black.png") });
  // Any key brings the slide back, and only that: PageDown does not also move on.
  await page.keyboard.press("PageDown");
  await expect(blank).toHaveCount(0);
  await expect(status).toHaveText(`Bilden visas igen: ${slideTitle}`);
  await expect(page).toHaveURL(/slide=2$/);
  await expect(title).toHaveText(slideTitle);

  await page.keyboard.press(",");
  await expect(blank).toHaveAttribute("data-blank", "white");
  await expect(status).toHaveText("Skärmen är vit. Tryck på en tangent eller klicka för att visa bilden igen.");
  expect(await screenColours(page)).toEqual([
    [255, 255, 255],
    [255, 255, 255],
    [255, 255, 255],
  ]);
  await page.mouse.click(640, 360);
  await expect(blank).toHaveCount(0);
  await expect(page).toHaveURL(/slide=2$/);

  await page.keyboard.press(".");
  await expect(blank).toHaveAttribute("data-blank", "black");
  // Escape on a blank screen brings the slide back; it does not leave the presentation.
  await page.keyboard.press("Escape");
  await expect(blank).toHaveCount(0);
  await expect(page).toHaveURL(/present=1&slide=2$/);
  await page.keyboard.press("W");
  await expect(blank).toHaveAttribute("data-blank", "white");
  await page.keyboard.press("x");
  await expect(blank).toHaveCount(0);
  expect(errors).toEqual([]);
});
