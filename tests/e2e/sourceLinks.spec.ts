import type { Page } from "@playwright/test";
import type { SourceLink } from "../../src/data/editionSchema";
import type { Dataset } from "../../src/data/schema";
import { editionText } from "../editionFiles";
import { expect, test } from "./fixtures";
import { waitForMap } from "./helpers";

/**
 * Issue 26, point 5: the sources one click away. The region panel lists the region's own page and "Om underlaget"
 * the edition's links, as plain links out; a page that shows them, with nothing clicked, requests nothing beyond its
 * own origin. What is expected is read from the manifest and the dataset, never from the app.
 */
const links = (JSON.parse(editionText("manifest.json")) as { links: SourceLink[] }).links;
const regions = (JSON.parse(editionText("dataset.json")) as Dataset).regions;
const linked = regions.find((r) => links.some((l) => l.region === r.code));
const unlinked = regions.find((r) => !links.some((l) => l.region === r.code));

/** Every request the page makes that leaves its own origin. */
function requestsElsewhere(page: Page, origin: string): string[] {
  const elsewhere: string[] = [];
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:")) elsewhere.push(url);
  });
  return elsewhere;
}

test.describe("the sources one click away", () => {
  test("a region's panel links to its own page, and nothing is requested from it", async ({ page, baseURL }) => {
    test.skip(!linked, "the newest edition's manifest links no region's page");
    const own = links.filter((l) => l.region === linked!.code);
    const elsewhere = requestsElsewhere(page, baseURL!);
    await page.goto(`/?region=${linked!.code}`);
    await waitForMap(page);
    const panel = page.locator("#side-panel");
    await expect(panel.getByRole("heading", { level: 2, name: linked!.name })).toBeVisible();

    const sources = panel.getByRole("region", { name: "Källor" });
    await expect(sources).toBeVisible();
    const anchors = sources.getByRole("link");
    await expect(anchors).toHaveCount(own.length);
    for (const [i, link] of own.entries()) {
      const anchor = anchors.nth(i);
      await expect(anchor).toHaveAttribute("href", link.url);
      await expect(anchor).toHaveAttribute("target", "_blank");
      await expect(anchor).toHaveAttribute("rel", "noopener noreferrer");
      await expect(anchor).toContainText(link.sv);
    }

    // English: the manifest's English words.
    await page.getByRole("button", { name: "English" }).click();
    await expect(panel.getByRole("region", { name: "Sources" }).getByRole("link").first()).toContainText(own[0]!.en);

    // Nothing clicked: the page has asked nothing of any other site, the linked pages' least of all.
    await page.waitForLoadState("networkidle");
    expect(elsewhere).toEqual([]);
  });

  test("a region without a link has no Källor; the overview names the edition's links", async ({ page, baseURL }) => {
    const elsewhere = requestsElsewhere(page, baseURL!);
    if (unlinked) {
      await page.goto(`/?region=${unlinked.code}`);
      await waitForMap(page);
      const panel = page.locator("#side-panel");
      await expect(panel.getByRole("heading", { level: 2, name: unlinked.name })).toBeVisible();
      await expect(panel.getByRole("region", { name: "Källor" })).toHaveCount(0);
    }

    await page.goto("/");
    await waitForMap(page);
    const group = page.locator("#side-panel").getByRole("group", { name: "Källor på webben" });
    if (links.length === 0) {
      await expect(group).toHaveCount(0);
    } else {
      const publication = links.filter((l) => l.region === undefined);
      await expect(group.getByRole("link")).toHaveCount(publication.length);
      for (const [i, link] of publication.entries()) await expect(group.getByRole("link").nth(i)).toHaveAttribute("href", link.url);
      const withPage = new Set(links.flatMap((l) => (l.region ? [l.region] : []))).size;
      if (withPage > 0) await expect(group).toContainText(`${withPage} av ${regions.length} regioner`);
    }
    await page.waitForLoadState("networkidle");
    expect(elsewhere).toEqual([]);
  });
});
