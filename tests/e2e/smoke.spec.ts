import { expect, test } from "./fixtures";
import { NO_DATA_COLOR, SEA_COLOR, statusColors } from "../../src/domain/palettes";
import { committedDataset } from "./data";
import { collectErrors, colorDistance, hexToRgb, mapCanvasShot, placeOnMap, samplePng, waitForMap } from "./helpers";

const NORRBOTTEN: [number, number] = [20.5, 67.0];
const SKANE: [number, number] = [13.6, 55.95];

test.describe("first screen", () => {
  test("loads without errors, stays on its own origin, shows the status map", async ({ page, baseURL }, testInfo) => {
    const errors = collectErrors(page);
    const foreign: string[] = [];
    const origin = new URL(baseURL!).origin;
    page.on("request", (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:")) foreign.push(url);
    });

    await page.goto("/");
    await waitForMap(page);

    const legend = page.getByTestId("legend");
    await expect(legend.getByRole("heading")).toHaveText("Status för den regionala utvecklingsstrategin");
    const classes = legend.locator(".legend-class");
    await expect(classes).toHaveCount(5);
    await expect(classes.nth(0)).toContainText("Ny strategi antagen 2026");
    await expect(classes.nth(0)).toContainText("4 regioner");
    await expect(classes.nth(1)).toContainText("7 regioner");
    await expect(classes.nth(2)).toContainText("Översyn pågår");
    await expect(classes.nth(2)).toContainText("6 regioner");
    await expect(classes.nth(3)).toContainText("2 regioner");
    await expect(classes.nth(4)).toContainText("2 regioner");
    await expect(page.getByText("Natural Earth")).toBeVisible();
    await expect(page.locator(".source-line")).toHaveText(/^Källa: Tillväxtverket \(2026\)/);

    // Real pixels: Norrbotten (new strategy 2025) and Skåne (adopted 2024) are
    // painted in their status colours, not sea or "no data".
    const points = [await placeOnMap(page, NORRBOTTEN), await placeOnMap(page, SKANE)];
    const [north, south] = await samplePng(page, await mapCanvasShot(page), points);
    expect(colorDistance(north!, hexToRgb(statusColors(committedDataset().statuses)["new-2025"]!))).toBeLessThan(12);
    expect(colorDistance(south!, hexToRgb(statusColors(committedDataset().statuses)["adopted-2024"]!))).toBeLessThan(12);
    for (const pixel of [north!, south!]) {
      expect(colorDistance(pixel, hexToRgb(SEA_COLOR))).toBeGreaterThan(30);
      expect(colorDistance(pixel, hexToRgb(NO_DATA_COLOR))).toBeGreaterThan(30);
    }

    await page.screenshot({ path: testInfo.outputPath("first-screen.png") });
    expect(foreign, "requests beyond the app's own origin").toEqual([]);
    expect(errors, "console errors").toEqual([]);
  });

  test("hovering a county shows its name and status", async ({ page }) => {
    await page.goto("/");
    await waitForMap(page);
    const box = (await page.getByTestId("map").boundingBox())!;
    const at = await placeOnMap(page, NORRBOTTEN);
    await page.mouse.move(box.x + at.x, box.y + at.y);
    await expect(page.getByTestId("map-tooltip")).toHaveText("Norrbotten: Beslut om ny strategi 2025");
    const skane = await placeOnMap(page, SKANE);
    await page.mouse.move(box.x + skane.x, box.y + skane.y);
    await expect(page.getByTestId("map-tooltip")).toContainText("Skåne");
  });

  test("English from the URL, and invalid parameters are ignored with a notice", async ({ page }) => {
    await page.goto("/?lang=en&color=rainbow&region=SE-XX");
    await waitForMap(page);
    await expect(page.getByTestId("legend").getByRole("heading")).toHaveText("Status of the regional development strategy");
    const notice = page.getByTestId("url-notice");
    await expect(notice).toContainText("color=rainbow");
    await expect(notice).toContainText("region=SE-XX");
    await expect(page).toHaveURL(/\?lang=en$/);
    await notice.getByRole("button").click();
    await expect(notice).toBeHidden();
  });

  test("a malformed dataset file is reported field by field, in the page", async ({ page }) => {
    await page.route(/dataset-.*\.json$/, async (route) => {
      const response = await route.fetch();
      const data = await response.json();
      data.regions[0].code = "Stockholm";
      delete data.edition.date;
      await route.fulfill({ response, json: data });
    });
    await page.goto("/");
    const error = page.getByTestId("dataset-error");
    await expect(error).toBeVisible();
    await expect(error).toContainText("edition.date");
    await expect(error).toContainText("regions[0].code");
    // The page itself keeps working: the header and language switch are still there.
    await expect(page.getByRole("button", { name: "English" })).toBeVisible();
  });
});
