import { expect, test } from "./fixtures";
import { collectErrors, placeOnMap, waitForMap, waitForMapAtRest } from "./helpers";

/** Points inside the counties, as a user would click them. */
const STOCKHOLM: [number, number] = [18.06, 59.33];
const VASTRA_GOTALAND: [number, number] = [12.3, 58.3];
const SIX = ["SE-AB", "SE-C", "SE-D", "SE-E", "SE-F", "SE-G"];

test("'Lägg till i jämförelse' on Stockholm, then a click on Västra Götaland, compares the two", async ({ page }, testInfo) => {
  const errors = collectErrors(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/");
  await waitForMap(page);
  const map = page.getByTestId("map");
  const panel = page.locator("#side-panel");
  await map.click({ position: await placeOnMap(page, STOCKHOLM) });
  await expect(panel.getByRole("heading", { level: 2, name: "Stockholm" })).toBeVisible();

  await panel.getByRole("button", { name: "Lägg till i jämförelse" }).click();
  // A comparison of one is none: no comparison in the link, and the page says what it waits for, where and in the panel.
  const banner = page.getByTestId("compare-pick");
  await expect(banner).toContainText("Stockholm väntar på en region till – klicka på en region");
  await expect(page.getByRole("status").filter({ has: banner })).toHaveCount(1);
  await expect(panel.getByTestId("compare-pick-panel")).toContainText("Stockholm väntar på en region till");
  await expect(panel.getByRole("button", { name: "Lägg till i jämförelse" })).toHaveCount(0);
  expect(new URL(page.url()).searchParams.has("compare")).toBe(false);
  const zoomed = await waitForMapAtRest(page); // the camera's fit to Stockholm
  await page.screenshot({ path: testInfo.outputPath("pick-waiting-1280.png") });

  // Escape goes back to the whole map (framed for the map's box under the banner); the pick still waits.
  await page.keyboard.press("Escape");
  await expect(panel.getByRole("heading", { level: 2, name: "Stockholm" })).toHaveCount(0);
  await expect(banner).toBeVisible();
  await waitForMapAtRest(page, { changedFrom: zoomed });

  await map.click({ position: await placeOnMap(page, VASTRA_GOTALAND) });
  await expect(page).toHaveURL(/compare=SE-AB,SE-O(&|$)/);
  const compare = panel.getByTestId("compare-panel");
  await expect(compare.getByRole("heading", { level: 2 })).toHaveText("Jämförelse: Stockholm och Västra Götaland");
  await expect(banner).toHaveCount(0);
  expect(errors).toEqual([]);
});

test("a waiting pick is cancelled by its button, and said in English", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/?region=SE-M&lang=en");
  await waitForMap(page);
  const panel = page.locator("#side-panel");
  await panel.getByRole("button", { name: "Add to comparison" }).click();
  const banner = page.getByTestId("compare-pick");
  await expect(banner).toContainText("Skåne is waiting for one more region – click a region");
  await banner.getByRole("button", { name: "Cancel the comparison with Skåne" }).click();
  await expect(banner).toHaveCount(0);
  await expect(panel.getByRole("button", { name: "Add to comparison" })).toBeEnabled();
  // Into a comparison under way, the button adds at once.
  await page.goto("/?compare=SE-M,SE-N&region=SE-K&lang=en");
  await waitForMap(page);
  await panel.getByRole("button", { name: "Add to comparison" }).click();
  await expect(page).toHaveURL(/compare=SE-M,SE-N,SE-K(&|$)/);
});

test("Halland with its four neighbours is five regions, all kept; a comparison holds six", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/?region=SE-N");
  await waitForMap(page);
  const panel = page.locator("#side-panel");
  await panel.getByRole("button", { name: "Jämför med grannar" }).click();
  const compare = panel.getByTestId("compare-panel");
  const heads = compare.getByTestId("compare-strategy").locator("thead th");
  await expect(heads).toHaveCount(5);
  const names = (await heads.allInnerTexts()).map((s) => s.replace("×", "").trim());
  expect(names[0]).toBe("Halland");
  expect(names.slice(1).sort((a, b) => a.localeCompare(b, "sv"))).toEqual(["Jönköping", "Kronoberg", "Skåne", "Västra Götaland"]);
  await expect(compare.getByTestId("compare-left-out")).toHaveCount(0);
  // A sixth through the panel's own list; then the list goes, the comparison being full.
  await compare.getByTestId("compare-add").selectOption("SE-K");
  await expect(heads).toHaveCount(6);
  await expect(compare.getByTestId("compare-add")).toHaveCount(0);
  // A region outside a full comparison: its button says why it adds nothing.
  await page.goto(`/?compare=${SIX.join(",")}&region=SE-BD`);
  await waitForMap(page);
  await expect(panel.getByTestId("add-to-compare")).toHaveText("Jämförelsen är full (6 regioner)");
  await expect(panel.getByTestId("add-to-compare")).toBeDisabled();
});

test("a compare= link of eight regions compares the first six and names the two left out", async ({ page }, testInfo) => {
  const errors = collectErrors(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/?compare=${SIX.join(",")},SE-H,SE-BD`);
  await waitForMap(page);
  await expect(page).toHaveURL(new RegExp(`compare=${SIX.join(",")}$`));
  await expect(page.getByTestId("url-notice-trimmed")).toHaveText(
    "Länken jämför fler än 6 regioner; de första 6 jämförs. Utelämnade: Kalmar och Norrbotten.",
  );
  await expect(page.getByTestId("compare-strategy").locator("thead th")).toHaveCount(6);
  await page.screenshot({ path: testInfo.outputPath("compare-six-1280.png") });
  expect(errors).toEqual([]);
});
