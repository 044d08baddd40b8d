import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures";
import { readCsv } from "../csvRead";
import { waitForMap } from "./helpers";
import { committedDataset } from "./data";

const data = committedDataset();
const practices = data.practices.filter((p) => p.evidence !== "all");

for (const { lang, query, separator, headers } of [
  { lang: "sv", query: "", separator: ";", headers: ["Kod", "Region", "Strategins status", "Antagen år", "Strategins titel"] },
  { lang: "en", query: "&lang=en", separator: ",", headers: ["Code", "Region", "Strategy status", "Year adopted", "Strategy title"] },
] as const) {
  test(`the regions × practices CSV reads in ${lang === "sv" ? "Swedish" : "English"} Excel without a setting changed`, async ({
    page,
  }) => {
    await page.goto(`/?color=status${query}`);
    await waitForMap(page);
    await page.locator(".export-tools summary").click();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("csv-matrix").click()]);
    const text = readFileSync((await download.path())!, "utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    // The first line is split by the language's separator, and only by it.
    expect(text.slice(1, text.indexOf("\r\n"))).toBe(
      [...headers, ...practices.map((p) => p[lang])].map((h) => (h.includes(separator) ? `"${h}"` : h)).join(separator),
    );
    const rows = readCsv(text, separator);
    const jamtland = data.regions.find((r) => r.code === "SE-Z")!;
    const status = data.statuses.find((s) => s.id === jamtland.strategy.status)![lang];
    expect(rows.find((r) => r[0] === "SE-Z")!.slice(0, 5)).toEqual([
      "SE-Z",
      "Jämtland Härjedalen",
      status,
      String(jamtland.strategy.adopted),
      jamtland.strategy.title,
    ]);
  });
}

test("the other separator can still be chosen", async ({ page }) => {
  await page.goto("/?color=status");
  await waitForMap(page);
  await page.locator(".export-tools summary").click();
  await page.getByLabel("Semikolon (svensk Excel)").uncheck();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("csv-matrix").click()]);
  const rows = readCsv(readFileSync((await download.path())!, "utf8"), ",");
  expect(rows[0]!.slice(0, 3)).toEqual(["Kod", "Region", "Strategins status"]);
});

test("Kopiera länk copies the link alone; the titled copy puts the view's title above it", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/?color=status&region=SE-Z");
  await waitForMap(page);
  const url = page.url();
  await page.locator(".export-tools summary").click();

  await page.getByRole("button", { name: "Kopiera länk", exact: true }).click();
  await expect(page.getByTestId("export-status")).toHaveText("Länk kopierad");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);

  await page.getByRole("button", { name: "Kopiera länk med rubrik" }).click();
  const [title, link, ...rest] = (await page.evaluate(() => navigator.clipboard.readText())).split("\n");
  expect(title).toMatch(/\S/);
  expect(title).not.toContain("http");
  expect(link).toBe(url);
  expect(rest).toEqual([]);
});
