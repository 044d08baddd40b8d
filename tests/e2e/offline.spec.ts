import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { CHROME_ARGS, resolveTestChromePath } from "../../scripts/chrome-path.mjs";
import { SINGLE_FILE_NAME } from "../../scripts/single-file.mjs";
import { axeViolations } from "./axe";
import { collectCspViolations, placeOnMap, waitForMap } from "./helpers";
import { editionText } from "../editionFiles";

/**
 * Issue 15, items 5 and 6: the one file (rus-kartan.html) opened from disk with no network, with and without WebGL;
 * and the ordinary build offline after one visit (its service worker), and its offer to reload into a new version.
 */
const DIST = resolve(process.env.E2E_DIST ?? "dist");
const english = JSON.parse(editionText("translation.en.json")) as {
  passages: Record<string, string[]>;
};
const NORRBOTTEN: [number, number] = [20.5, 67.0];

/**
 * What a desk officer does in a briefing: the map with its 21 regions, a region's panel from a click on the map, the
 * report reader, the table, and English (the reader's English comes from its own file, loaded when first wanted).
 */
async function useTheDashboard(page: Page, phase: "maplibre" | "no-webgl") {
  await waitForMap(page);
  await expect(page.locator(".map-stage")).toHaveAttribute("data-map-phase", phase);
  await expect(page.getByRole("listbox").getByRole("option")).toHaveCount(21);
  // Each region carries its label (its name, or a number keyed beside the map), laid out on its drawn shape.
  await expect(page.getByTestId("map-labels").locator("[data-kind]")).toHaveCount(21);

  const norrbotten = await placeOnMap(page, NORRBOTTEN);
  const box = (await page.getByTestId("map").boundingBox())!;
  await page.mouse.click(box.x + norrbotten.x, box.y + norrbotten.y);
  await expect(page.locator("#side-panel").getByRole("heading", { level: 2, name: "Norrbotten" })).toBeVisible();

  await page.getByRole("button", { name: "Tabell" }).click();
  await expect(page.getByRole("table", { name: /Rapportens förteckningar och exempel per region/ }).locator("tbody tr")).toHaveCount(21);
  await page.getByRole("button", { name: "Karta" }).click();
  await waitForMap(page);

  await page.getByRole("button", { name: "Rapporten", exact: true }).click();
  const heading = page.locator('[data-passage="p-2.2.8-1"]');
  await expect(heading).toHaveText(/^2\.2\.8 Beskrivning av aktiviteter för genomförandet/u);
  await page.getByRole("button", { name: "English" }).click();
  await expect(heading).toHaveText(english.passages["p-2.2.8-1"]![0]!);
  await expect(page.getByRole("button", { name: "Report", exact: true })).toBeVisible();
}

test.describe("the one file, opened from disk with no network", () => {
  /** Every request the page (and any window it opens) makes; anything not from the file itself is refused. */
  async function openFromDisk(page: Page, query = ""): Promise<string[]> {
    const requested: string[] = [];
    page.context().on("request", (request) => requested.push(request.url()));
    await page.context().route(
      (url) => url.protocol !== "file:",
      (route) => route.abort("internetdisconnected"),
    );
    await page.goto(pathToFileURL(join(DIST, SINGLE_FILE_NAME)).href + query);
    return requested;
  }
  const fromElsewhere = (urls: string[]) => urls.filter((url) => !/^(file|blob|data):/.test(url));

  test("with WebGL: MapLibre draws the regions, a click opens a panel, the table, the reader and English work", async ({ page }) => {
    const requested = await openFromDisk(page);
    await useTheDashboard(page, "maplibre");
    await page.screenshot({ path: test.info().outputPath("single-file-webgl.png") });
    expect(fromElsewhere(requested)).toEqual([]);
  });

  test("the presenter view shows the slide's picture and the next one (a second window cannot read the first's object URLs)", async ({
    page,
  }) => {
    const requested = await openFromDisk(page, "?present=1&slide=1");
    await waitForMap(page);
    const [presenter] = await Promise.all([page.context().waitForEvent("page"), page.keyboard.press("s")]);
    await presenter.waitForLoadState();
    for (const id of ["presenter-picture", "presenter-next-picture"]) {
      const picture = presenter.getByTestId(id);
      await expect(picture).toHaveAttribute("src", /^data:image\/png;base64,/u, { timeout: 30_000 });
      // Loaded and drawn, not a broken image: its pixels are there, sharp enough for its room.
      await expect
        .poll(() => picture.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0)))
        .toBeGreaterThanOrEqual(960);
    }
    expect(fromElsewhere(requested)).toEqual([]);
  });

  test("without WebGL: the SVG map draws the regions, a click opens a panel, the table, the reader and English work", async ({ page }) => {
    // A browser of its own: the GPU is off for the whole browser (as on a laptop without one), not for one page.
    const browser = await chromium.launch({ executablePath: resolveTestChromePath(), args: [...CHROME_ARGS, "--disable-3d-apis"] });
    try {
      const noWebgl = await browser.newPage({ viewport: page.viewportSize()! });
      const violations = await collectCspViolations(noWebgl);
      const requested = await openFromDisk(noWebgl);
      await useTheDashboard(noWebgl, "no-webgl");
      // The briefing's PowerPoint is made in the room too: its pictures, its code and its zip, all from the file.
      await noWebgl.locator("details.export-tools > summary").click();
      const [pptx] = await Promise.all([noWebgl.waitForEvent("download"), noWebgl.getByTestId("pptx-deck").click()]);
      expect(
        readFileSync((await pptx.path())!)
          .subarray(0, 2)
          .toString("latin1"),
      ).toBe("PK");
      expect(fromElsewhere(requested)).toEqual([]);
      expect(violations, "Content-Security-Policy violations").toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

test.describe("the service worker", () => {
  test.use({ serviceWorkers: "allow" });

  /** A static server over a copy of the build, which a test may change as a new release would. */
  async function serveCopy(): Promise<{ root: string; origin: string; served: string[]; close: () => Promise<void> }> {
    const root = mkdtempSync(join(tmpdir(), "rus-offline-"));
    cpSync(DIST, root, { recursive: true });
    const types: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css" };
    const served: string[] = [];
    const server = createServer((request, response) => {
      const path = new URL(request.url ?? "/", "http://x").pathname.replace(/\/$/, "/index.html");
      served.push(path);
      try {
        const body = readFileSync(join(root, decodeURIComponent(path)));
        response.writeHead(200, { "Content-Type": types[extname(path)] ?? "application/json", "Cache-Control": "no-cache" });
        response.end(body);
      } catch {
        response.writeHead(404).end();
      }
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    const { port } = server.address() as AddressInfo;
    return {
      root,
      origin: `http://127.0.0.1:${port}`,
      served,
      close: async () => {
        await new Promise((done) => server.close(done));
        rmSync(root, { recursive: true, force: true });
      },
    };
  }

  /** The next release on the server: another index.html, so its service worker lists another revision of it. */
  function publishNextRelease(root: string) {
    const indexPath = join(root, "index.html");
    const index = readFileSync(indexPath, "utf8");
    const next = index.replace("<title>", '<meta name="rus-release" content="next" />\n<title>');
    writeFileSync(indexPath, next);
    const md5 = (text: string) => createHash("md5").update(text).digest("hex");
    const swPath = join(root, "sw.js");
    const sw = readFileSync(swPath, "utf8");
    expect(sw).toContain(md5(index));
    writeFileSync(swPath, sw.replace(md5(index), md5(next)));
  }

  /**
   * Resolves once the page's service worker has activated: it gets there only after its precache is complete (ready
   * resolves a moment earlier, while it is still "activating").
   */
  const serviceWorkerActive = (page: Page) =>
    page.evaluate(async () => {
      const worker = (await navigator.serviceWorker.ready).active!;
      while (worker.state !== "activated") await new Promise((changed) => worker.addEventListener("statechange", changed, { once: true }));
      return worker.state;
    });

  test("after one visit the dashboard opens and works with the network off", async ({ page, context }) => {
    await page.goto("/");
    await waitForMap(page);
    expect(await serviceWorkerActive(page)).toBe("activated");

    await context.setOffline(true);
    const reload = await page.reload();
    expect(reload?.fromServiceWorker()).toBe(true);
    // The network is off indeed: what the service worker does not hold cannot be had.
    expect(
      await page.evaluate(() =>
        fetch("./not-in-the-build.json").then(
          () => "online",
          () => "offline",
        ),
      ),
    ).toBe("offline");
    await useTheDashboard(page, "maplibre");
  });

  test("a new version says so and reloads into it when asked", async ({ page }) => {
    const site = await serveCopy();
    try {
      await page.goto(`${site.origin}/`);
      await waitForMap(page);
      expect(await serviceWorkerActive(page)).toBe("activated");
      await expect(page.getByTestId("update-prompt")).toBeEmpty();

      publishNextRelease(site.root);

      // The browser looks for a new service worker at each visit; the old one still serves this one.
      await page.reload();
      await waitForMap(page);
      expect(await page.locator('meta[name="rus-release"]').count()).toBe(0);
      const prompt = page.getByTestId("update-prompt");
      await expect(prompt).toHaveAttribute("role", "status");
      await expect(prompt).toContainText("En ny version av RUS-kartan finns.", { timeout: 30_000 });
      await page.screenshot({ path: test.info().outputPath("update-prompt.png") });
      expect(await axeViolations(page)).toEqual([]);

      await prompt.getByRole("button", { name: "Ladda om" }).click();
      await expect(page.locator('meta[name="rus-release"]')).toHaveAttribute("content", "next", { timeout: 30_000 });
      await waitForMap(page);
      await expect(prompt).toBeEmpty();
    } finally {
      await site.close();
    }
  });

  test("an open tab is offered a new version when it comes to the front; its windows reload into it together, the view kept", async ({
    page,
    context,
  }) => {
    // Up to 60 s for the offer after focus (issue 24: "within a minute of focus"), and the two loads around it.
    test.setTimeout(120_000);
    const site = await serveCopy();
    try {
      const view = "?color=year&region=SE-BD";
      await page.goto(`${site.origin}/${view}`);
      await waitForMap(page);
      expect(await serviceWorkerActive(page)).toBe("activated");
      // The presentation's presenter view: a window of the same page, with its own prompt.
      const workerChecks = () => site.served.filter((path) => path === "/sw.js").length;
      const checksBefore = workerChecks();
      const presenter = await context.newPage();
      await presenter.goto(`${site.origin}/?presenter=1`);
      for (const p of [page, presenter]) {
        await expect(p.getByTestId("update-prompt")).toHaveAttribute("data-watching", "true");
        await expect(p.getByTestId("update-prompt")).toBeEmpty();
      }
      // The browser's own check for that visit (Chromium makes it once the worker is idle) is over before the release.
      await expect.poll(workerChecks, { timeout: 30_000 }).toBeGreaterThan(checksBefore);

      // A deployment while both stay open: no navigation tells the browser; the tab asks when it comes to the front.
      // Headless Chromium treats every page as focused, so bringToFront fires no focus event: it is dispatched as a
      // window coming back to the front gets it (without it the offer does not come: checked by hand).
      publishNextRelease(site.root);
      await page.bringToFront();
      await page.evaluate(() => window.dispatchEvent(new Event("focus")));
      const prompt = page.getByTestId("update-prompt");
      await expect(prompt).toContainText("En ny version av RUS-kartan finns.", { timeout: 60_000 });
      await expect(presenter.getByTestId("update-prompt")).toContainText("En ny version av RUS-kartan finns.");
      expect(await page.locator('meta[name="rus-release"]').count()).toBe(0);
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.screenshot({ path: test.info().outputPath("update-prompt-on-focus.png") });

      // Accepted in the main window: both windows reload into the new version, and the view is the one the link says.
      await prompt.getByRole("button", { name: "Ladda om" }).click();
      for (const p of [page, presenter])
        await expect(p.locator('meta[name="rus-release"]')).toHaveAttribute("content", "next", { timeout: 30_000 });
      expect(new URL(page.url()).search).toBe(view);
      await waitForMap(page);
      await expect(page.locator("#side-panel").getByRole("heading", { level: 2, name: "Norrbotten" })).toBeVisible();
      await expect(page.getByLabel("Färglägg kartan efter")).toHaveValue("year");
      await expect(prompt).toBeEmpty();
      await expect(presenter.getByTestId("update-prompt")).toBeEmpty();
    } finally {
      await site.close();
    }
  });
});
