import { test as base } from "@playwright/test";
import { CSP } from "../../scripts/csp.mjs";
import { test, expect } from "./fixtures";
import { collectCspViolations, placeOnMap, waitForMap } from "./helpers";

const SKANE: [number, number] = [13.6, 55.95];

test.describe("Content-Security-Policy", () => {
  test("the built page carries the policy, without unsafe-eval", async ({ page }) => {
    const response = await page.goto("/");
    const html = await response!.text();
    const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
    await expect(meta).toHaveAttribute("content", CSP);
    expect(CSP).toContain("default-src 'self'");
    expect(CSP).not.toContain("unsafe-eval");
    // The policy comes before any script, or it would not cover them.
    expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<script"));
  });

  // The fixture fails this test on any violation: every main view is walked under the policy.
  test("the main views run under it with no violation", async ({ page }, testInfo) => {
    await page.goto("/");
    await waitForMap(page);
    const mode = page.getByLabel("Färglägg kartan efter");
    for (const color of ["year", "horizon"]) {
      await mode.selectOption(color);
      await expect(page).toHaveURL(new RegExp(`color=${color}`));
    }
    await mode.selectOption("practice");
    await page.getByTestId("practice-picker").selectOption({ index: 1 });
    await mode.selectOption("question");
    await page.getByTestId("question-picker").selectOption("8");
    await mode.selectOption("status");

    // A region, by clicking the map: its panel with the lazily loaded charts (a separate chunk).
    await page.getByTestId("map").click({ position: await placeOnMap(page, SKANE) });
    const panel = page.locator("#side-panel");
    await expect(panel.getByRole("heading", { level: 2, name: "Skåne" })).toBeVisible();
    await expect(panel.locator(".recharts-wrapper, svg").first()).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath("csp-region.png") });

    await page.getByRole("button", { name: "Tabell" }).click();
    await expect(page.getByRole("table").first()).toBeVisible();

    // English, and a comparison straight from a link.
    await page.goto("/?lang=en&compare=SE-M,SE-K");
    await waitForMap(page);
    await expect(page.getByLabel("Colour the map by")).toBeVisible();
    await page.waitForTimeout(500); // late workers and images report after idle
  });

  // Proves the watch can fail: an inline script is blocked and reported.
  base("reports a violation when one happens", async ({ page }) => {
    const violations = await collectCspViolations(page);
    await page.goto("/");
    await waitForMap(page);
    await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.__inlineRan = true";
      document.body.append(script);
    });
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(violations.some((v) => v.directive.startsWith("script-src"))).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan)).toBeUndefined();
  });
});
