import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures";
import { collectErrors, waitForMap, waitForMapAtRest } from "./helpers";
import { editionText } from "../editionFiles";

const REPORT_TEXT = editionText("source.txt");

for (const size of [
  { width: 1920, height: 1080 },
  { width: 1280, height: 800 },
]) {
  test(`Blekinge compared with its neighbours at ${size.width}×${size.height}`, async ({ page }, testInfo) => {
    const errors = collectErrors(page);
    await page.setViewportSize(size);
    await page.goto("/?region=SE-K");
    await waitForMap(page);
    const panel = page.locator("#side-panel");
    await expect(panel.getByRole("heading", { level: 2, name: "Blekinge" })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`blekinge-${size.width}.png`) });

    await panel.getByTestId("compare-neighbours").click();
    await expect(page).toHaveURL(/compare=SE-K,/);
    const compare = panel.getByTestId("compare-panel");
    await expect(compare).toBeVisible();
    const heads = compare.getByTestId("compare-strategy").locator("thead th");
    await expect(heads).toHaveCount(4);
    const names = (await heads.allInnerTexts()).map((s) => s.replace("×", "").trim());
    expect(names[0]).toBe("Blekinge");
    expect(names.slice(1).sort()).toEqual(["Kalmar", "Kronoberg", "Skåne"]);
    // Kalmar's title has no end year but looks ahead to one, and the row says so, as the region panel does.
    const kalmarTitle = REPORT_TEXT.split("\n").find((line) => line.startsWith("Region Kalmar *"))!;
    const outlook = /med utblick mot (\d{4})/u.exec(kalmarTitle)![1]!;
    const kalmarColumn = names.indexOf("Kalmar");
    const horizonRow = compare.getByTestId("compare-strategy").locator("tbody tr").filter({ hasText: "Tidshorisont" });
    await expect(horizonRow.locator("td").nth(kalmarColumn)).toHaveText(`inget slutår i titeln, med utblick mot ${outlook}`);

    // Differences are marked in words, not only by colour.
    const practices = compare.getByTestId("compare-practices");
    const onlyHere = practices.locator('tr[data-share="one"]');
    expect(await onlyHere.count()).toBeGreaterThan(0);
    await expect(onlyHere.first()).toContainText("bara här");

    // The quote is one click away.
    const firstRow = practices.locator("tr.compare-row").first();
    await firstRow.getByRole("button").first().click();
    await expect(practices.locator("blockquote").first()).toBeVisible();

    // "Show differences only" hides the rows shared by all.
    await compare.getByLabel("Visa bara skillnader").check();
    await expect(practices.locator('tr[data-share="all"]')).toHaveCount(0);
    await expect(compare.getByTestId("compare-chart")).toBeVisible();
    await expect(compare.getByTestId("compare-pairs").locator("li")).toHaveCount(6);
    await waitForMapAtRest(page); // the camera's fit to Blekinge, and to the panel's new width
    await page.screenshot({ path: testInfo.outputPath(`compare-${size.width}.png`) });
    await compare.getByTestId("compare-chart").scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath(`compare-chart-${size.width}.png`) });
    expect(errors).toEqual([]);
  });
}

test("compare=SE-M,SE-N opens that comparison, in English too", async ({ page }, testInfo) => {
  const errors = collectErrors(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/?compare=SE-M,SE-N&lang=en");
  await waitForMap(page);
  const compare = page.getByTestId("compare-panel");
  await expect(compare.getByRole("heading", { level: 2 })).toHaveText("Comparison: Skåne and Halland");
  await expect(compare.getByTestId("compare-most-similar")).toContainText("Most similar to Skåne among its neighbours");
  // Add a third region through the panel: the URL follows.
  await compare.getByTestId("compare-add").selectOption("SE-K");
  await expect(page).toHaveURL(/compare=SE-M,SE-N,SE-K/);
  await page.screenshot({ path: testInfo.outputPath("compare-url-en.png") });
  await compare.getByRole("button", { name: "End the comparison" }).click();
  await expect(page).not.toHaveURL(/compare=/);
  expect(errors).toEqual([]);
});

test("Gotland lists its neighbours across the sea", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto("/?region=SE-I");
  await waitForMap(page);
  const sea = page.getByTestId("sea-neighbours");
  await expect(page.getByText("Över havet (inom 100 km)")).toBeVisible();
  await expect(sea.getByRole("button")).toHaveText([
    "Kalmar (över havet)",
    "Stockholm (över havet)",
    "Sörmland (över havet)",
    "Östergötland (över havet)",
  ]);
  await waitForMapAtRest(page); // the camera's fit to Gotland
  await page.screenshot({ path: testInfo.outputPath("gotland.png") });
});

test("a practice map counts neighbouring pairs both named, with no verdict and no p-value", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto("/?color=practice&practice=macro-regional-perspectives");
  await waitForMap(page);
  // Footnote 28 from the report's text, and land neighbours from the committed geometry's table.
  const footnote = /^²⁸ (.+?)\.?$/mu
    .exec(REPORT_TEXT)![1]!
    .split(",")
    .map((s) => s.trim());
  const land = (JSON.parse(readFileSync("public/geo/neighbours.json", "utf8")) as { land: Record<string, string[]> }).land;
  const names = JSON.parse(editionText("dataset.json")).regions as { code: string; name: string }[];
  const named = new Set(footnote.map((name) => names.find((r) => r.name === name)!.code));
  let both = 0;
  let touching = 0;
  for (const [code, list] of Object.entries(land))
    for (const other of list)
      if (code < other) {
        if (named.has(code) || named.has(other)) touching += 1;
        if (named.has(code) && named.has(other)) both += 1;
      }
  const note = page.getByTestId("neighbour-pairs");
  await expect(note).toContainText(
    `Grannar: i ${both} av ${touching} grannpar med landgräns där minst en nämns nämns båda (RUS-kartans räkning, inte rapportens).`,
  );
  await expect(note).toContainText("Rapportens listor är exempel");
  await expect(note).not.toContainText("p = ");
  await expect(note).not.toContainText("Ja");
  await page.screenshot({ path: testInfo.outputPath("neighbour-pairs.png") });
});
