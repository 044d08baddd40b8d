import { test as base } from "@playwright/test";
import { CSP, inlineScriptHashes, pagePolicy } from "../../scripts/csp.mjs";
import { test, expect } from "./fixtures";
import { collectCspViolations, placeOnMap, waitForMap } from "./helpers";

const SKANE: [number, number] = [13.6, 55.95];

test.describe("Content-Security-Policy", () => {
  test("the built page carries the policy, without unsafe-eval", async ({ page }) => {
    const response = await page.goto("/");
    const html = await response!.text();
    const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
    // The policy, with the prerendered first paint's one inline script allowed by its hash (scripts/prerender.mjs).
    const hashes = inlineScriptHashes(html);
    expect(hashes).toHaveLength(1);
    await expect(meta).toHaveAttribute("content", pagePolicy(hashes));
    expect(pagePolicy(hashes)).toBe(CSP.replace("script-src 'self'", `script-src 'self' '${hashes[0]}'`));
    expect(CSP).toContain("default-src 'self'");
    expect(pagePolicy(hashes)).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    // The policy comes before any script, or it would not cover them.
    expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<script"));
  });

  // The fixture fails this test on any violation: every main view is walked under the policy.
  test("the main views run under it with no violation", async ({ page, cspViolations }, testInfo) => {
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
    // What the view loads late has loaded: the comparison's chart (its own chunk) is drawn and no request is in flight.
    await expect(page.getByTestId("compare-chart")).toBeVisible();
    await page.waitForLoadState("networkidle");
    // A refusal reaches the test asynchronously (an event in the page, or a worker's console message), and no state
    // says that none is on its way: the list must read empty five times running, 100 ms apart, not just once.
    let quietReads = 0;
    await expect
      .poll(
        () => {
          if (cspViolations.length > 0) return cspViolations;
          quietReads += 1;
          return quietReads >= 5 ? "quiet" : quietReads;
        },
        { message: "no Content-Security-Policy violation arrives late", intervals: [100] },
      )
      .toBe("quiet");
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
