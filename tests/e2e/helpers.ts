import { expect, type Locator, type Page } from "@playwright/test";
import { SWEDEN_BOUNDS, projectInView } from "../../src/geo/projection";

export type Rgb = [number, number, number];

/**
 * Where a point lands in the map container at the initial view: the app fits
 * SWEDEN_BOUNDS with a padding (src/geo/projection.ts, the one projection
 * the app, these tests and the benchmark share).
 */
export function projectAtInitialView(
  lonLat: [number, number],
  size: { width: number; height: number },
  paddingLeft = 16,
  padding = 16,
): { x: number; y: number } {
  return projectInView(lonLat, SWEDEN_BOUNDS, size, { top: padding, right: padding, bottom: padding, left: paddingLeft });
}

/** Where a place lands in the map at the national view, in page coordinates relative to the map. */
export async function placeOnMap(page: Page, lonLat: [number, number]): Promise<{ x: number; y: number }> {
  const map = page.getByTestId("map");
  const box = (await map.boundingBox())!;
  const paddingLeft = Number(await map.getAttribute("data-padding-left"));
  return projectAtInitialView(lonLat, box, paddingLeft);
}

/** Holds the page's requests for `url` back until the returned function is called. */
export async function holdRequests(page: Page, url: RegExp): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Holds MapLibre's view back (its chunk's request) until the returned function is called. */
export const holdMapLibre = (page: Page) => holdRequests(page, /\/MapView-[^/]*\.js$/);

/** The map that stays is ready: MapLibre once it has taken over from the SVG map, or the SVG map where MapLibre cannot run. */
export async function waitForMap(page: Page) {
  await expect(page.locator(".map-stage")).toHaveAttribute("data-map-phase", /^(maplibre|no-webgl|failed)$/, { timeout: 30_000 });
  await expect(page.getByTestId("map")).toHaveAttribute("data-ready", "true", { timeout: 30_000 });
}

/** The view the map's labels were last laid out for, "west,south,east,north" (data-view-bounds; null before the first layout). */
export async function viewBoundsOf(page: Page): Promise<string | null> {
  return page.getByTestId("map").getAttribute("data-view-bounds");
}

/**
 * Waits until the map's camera is at rest. Both renderers write data-view-bounds
 * after every label layout, which follows every frame of a camera move, so the
 * camera is at rest when two reads 200 ms apart are equal (a fit animates for
 * 600 ms, frame by frame). With `changedFrom`, the bounds read before an action
 * that moves the camera, the view must also differ from them: a move that has
 * not begun yet does not pass for one that has ended. Returns the view at rest.
 */
export async function waitForMapAtRest(page: Page, options: { changedFrom?: string | null; timeout?: number } = {}): Promise<string> {
  let previous: string | null = null;
  let atRest = "";
  await expect
    .poll(
      async () => {
        const current = await viewBoundsOf(page);
        const still = current !== null && current === previous && current !== options.changedFrom;
        previous = current;
        if (still) atRest = current;
        return still;
      },
      { message: "the map's camera comes to rest", intervals: [200], timeout: options.timeout ?? 15_000 },
    )
    .toBe(true);
  return atRest;
}

/**
 * A screenshot of the map canvas alone: the HTML labels and tooltip are hidden
 * for the shot, so sampled pixels are the map's own colours.
 */
export async function mapCanvasShot(page: Page): Promise<Buffer> {
  const overlays = page.locator(".map-labels, .map-tooltip");
  await overlays.evaluateAll((els) => els.forEach((el) => ((el as HTMLElement).style.visibility = "hidden")));
  try {
    return await page.getByTestId("map").screenshot();
  } finally {
    await overlays.evaluateAll((els) => els.forEach((el) => ((el as HTMLElement).style.visibility = "")));
  }
}

/** The share of pixels that differ noticeably between two PNGs of the same size, decoded in a scratch page. */
export async function pixelsDiffering(page: Page, a: Buffer, b: Buffer): Promise<number> {
  const scratch = await page.context().newPage();
  try {
    return await scratch.evaluate(
      async ([one, two]) => {
        const decode = async (base64: string) => {
          const img = new Image();
          img.src = `data:image/png;base64,${base64}`;
          await img.decode();
          const canvas = new OffscreenCanvas(img.width, img.height);
          const ctx = canvas.getContext("2d")!;
          ctx.drawImage(img, 0, 0);
          return ctx.getImageData(0, 0, img.width, img.height).data;
        };
        const [x, y] = await Promise.all([decode(one!), decode(two!)]);
        if (x.length !== y.length) return 1;
        let differing = 0;
        for (let i = 0; i < x.length; i += 4) {
          if (Math.max(Math.abs(x[i]! - y[i]!), Math.abs(x[i + 1]! - y[i + 1]!), Math.abs(x[i + 2]! - y[i + 2]!)) > 24) differing++;
        }
        return differing / (x.length / 4);
      },
      [a.toString("base64"), b.toString("base64")],
    );
  } finally {
    await scratch.close();
  }
}

/** The map canvas once it has stopped changing: two shots running that differ in no pixel. */
export async function settledMapShot(page: Page): Promise<Buffer> {
  let shot = await mapCanvasShot(page);
  await expect
    .poll(
      async () => {
        const previous = shot;
        shot = await mapCanvasShot(page);
        return pixelsDiffering(page, previous, shot);
      },
      { message: "the map stops changing", intervals: [250] },
    )
    .toBe(0);
  return shot;
}

/** Samples pixels of a PNG by decoding it in a blank page (no extra dependency). */
export async function samplePng(page: Page, png: Buffer, points: { x: number; y: number }[]): Promise<Rgb[]> {
  const scratch = await page.context().newPage();
  try {
    return await scratch.evaluate(
      async ({ base64, pts }) => {
        const img = new Image();
        img.src = `data:image/png;base64,${base64}`;
        await img.decode();
        const canvas = document.createElement("canvas");
        canvas.width = img.width;
        canvas.height = img.height;
        const ctx = canvas.getContext("2d")!;
        ctx.drawImage(img, 0, 0);
        return pts.map(({ x, y }) => {
          const d = ctx.getImageData(Math.round(x), Math.round(y), 1, 1).data;
          return [d[0], d[1], d[2]] as [number, number, number];
        });
      },
      { base64: png.toString("base64"), pts: points },
    );
  } finally {
    await scratch.close();
  }
}

export function hexToRgb(hex: string): Rgb {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function colorDistance(a: Rgb, b: Rgb): number {
  return Math.max(Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]), Math.abs(a[2] - b[2]));
}

/** Every distinct colour of each <img> the locator finds (in document order), read from the decoded image in its page. */
export async function imageColours(images: Locator): Promise<Rgb[][]> {
  const found = await images.evaluateAll(async (imgs) =>
    Promise.all(
      (imgs as HTMLImageElement[]).map(async (img) => {
        await img.decode();
        const canvas = document.createElement("canvas");
        canvas.width = img.naturalWidth;
        canvas.height = img.naturalHeight;
        const ctx = canvas.getContext("2d")!;
        ctx.drawImage(img, 0, 0);
        const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        const seen = new Set<string>();
        for (let i = 0; i < pixels.length; i += 4) seen.add(`${pixels[i]},${pixels[i + 1]},${pixels[i + 2]}`);
        return [...seen];
      }),
    ),
  );
  return found.map((colours) => colours.map((c) => c.split(",").map(Number) as Rgb));
}

/** Whether `hex` is among `colours`, give or take rounding (at most 9 apart over the three channels). */
export function hasColour(colours: Rgb[], hex: string): boolean {
  const [r, g, b] = hexToRgb(hex);
  return colours.some(([pr, pg, pb]) => Math.abs(pr - r) + Math.abs(pg - g) + Math.abs(pb - b) <= 9);
}

/** Collects console errors and uncaught exceptions for the life of the page. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(msg.text());
  });
  page.on("pageerror", (err) => errors.push(err.message));
  return errors;
}

export type CspViolation = { directive: string; blocked: string; source: string; sample: string };

/**
 * Collects Content-Security-Policy violations for the life of the page, across
 * navigations: a `securitypolicyviolation` listener installed before any page
 * script (addInitScript) reports to the test through an exposed function, and
 * Chromium's "Refused to …" console messages (which also come from workers) are
 * caught as a second net. The list stays empty when the policy holds.
 */
export async function collectCspViolations(page: Page): Promise<CspViolation[]> {
  const violations: CspViolation[] = [];
  await page.exposeFunction("__rusReportCsp", (v: CspViolation) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const report = (window as unknown as { __rusReportCsp?: (v: unknown) => void }).__rusReportCsp;
      report?.({
        directive: e.effectiveDirective || e.violatedDirective,
        blocked: e.blockedURI,
        source: `${e.sourceFile}:${e.lineNumber}`,
        sample: e.sample,
      });
    });
  });
  page.on("console", (msg) => {
    const text = msg.text();
    if (msg.type() === "error" && /Content Security Policy/i.test(text)) {
      violations.push({ directive: "(console)", blocked: "", source: msg.location().url, sample: text.slice(0, 300) });
    }
  });
  return violations;
}

/**
 * Serves the page with its own copy of one of the app's files changed (the page carries the geometry in itself:
 * `<script type="application/json" data-file="…">`, src/data/ownFile.ts): `change` returns the new JSON, or
 * undefined to take the copy out, so the app fetches the file instead (where a test can make that fail too).
 */
export async function changeFileInPage(page: Page, file: string, change: (json: unknown) => unknown): Promise<void> {
  const block = new RegExp(
    `<script type="application/json" data-file="${file.replace(/[.*+?^${}()|[\]\\/]/gu, "\\$&")}">([\\s\\S]*?)</script>`,
    "u",
  );
  await page.route(
    (url) => url.pathname === "/" || url.pathname.endsWith("/index.html"),
    async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      expect(html, `the page carries ${file}`).toMatch(block);
      await route.fulfill({
        response,
        body: html.replace(block, (whole, json: string) => {
          const changed = change(JSON.parse(json));
          return changed === undefined ? "" : whole.replace(json, () => JSON.stringify(changed));
        }),
      });
    },
  );
}

/**
 * A deck of one's own opened as a user does: the deck builder, its file input, and the deck's slides listed. The
 * builder stays open (a test presents with its button, or closes it).
 */
export async function openOwnDeck(page: Page, name: string, deck: { slides: readonly unknown[] }): Promise<void> {
  await page.getByTestId("deck-editor-open").click();
  await page.getByTestId("deck-file").setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(JSON.stringify(deck)) });
  await expect(page.getByTestId("deck-slides").locator(":scope > li")).toHaveCount(deck.slides.length);
}
