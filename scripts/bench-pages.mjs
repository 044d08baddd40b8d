/**
 * npm run bench, the pages of their own (scripts/bench.mjs runs them): the first click at the first pixels, the
 * SVG → MapLibre handover's pixels, and a 5 MB dataset to open. Measuring only; nothing here is shipped.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PNG } from "pngjs";
import { newestShipped } from "./bench-stress.mjs";

/** How long a click may wait for its answer before it counts as lost. */
const LOST_AFTER_MS = 15_000;

/**
 * The first click: the page is loaded and, the moment its map is visible, the map is clicked at `at` (a place in
 * `code`). Returns when that region's panel content was painted (`rus:panel-ready` with its code, ms from the
 * navigation's start), or null when the click was lost, and when MapLibre was ready.
 *
 * "Visible" is seen from outside the page, as a person sees it: the first frame of the page's screencast whose pixel
 * at `at` has changed from the blank page's. The page's own mark of its first pixels has the paint's time, but it is
 * made only when the page's main thread gets to it (100–170 ms later while the app's script is evaluated), and a click
 * sent after it was not a click at the first moment the map was visible. The click is sent then, and the browser
 * queues it until the page can take it, as it would a person's.
 */
export async function firstClick(context, url, code, at, viewport, inspect) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    const visible = firstFrameChangedAt(cdp, at, viewport);
    await cdp.send("Page.startScreencast", { format: "png", everyNthFrame: 1, maxWidth: SCREENCAST_WIDTH });
    await page.goto(url, { waitUntil: "commit" });
    await visible;
    const sentAt = Date.now();
    await page.mouse.click(at.x, at.y);
    await cdp.send("Page.stopScreencast");
    const answered = await page
      .waitForFunction((c) => performance.getEntriesByName("rus:panel-ready").find((m) => m.detail === c)?.startTime ?? false, code, {
        timeout: LOST_AFTER_MS,
        polling: 16,
      })
      .then((h) => h.jsonValue())
      .catch(() => null);
    // The map that stays may not be ready yet: the click was answered before it if so.
    const mapLibreReady = await page
      .waitForFunction(() => performance.getEntriesByName("rus:map-ready")[0]?.startTime ?? false, null, { timeout: 30_000, polling: 16 })
      .then((h) => h.jsonValue())
      .catch(() => null);
    // The page's mark of its first pixels (app/bootFrame.ts: the paint's time), and the click's time on the page's clock.
    const { firstPixels, clickedAt } = await page.evaluate(
      (sent) => ({
        firstPixels: performance.getEntriesByName("rus:map-first-pixels")[0]?.startTime ?? null,
        clickedAt: sent - performance.timeOrigin,
      }),
      sentAt,
    );
    await inspect?.(page);
    return { firstPixels, clickedAt, answered, mapLibreReady };
  } finally {
    await page.close();
  }
}

/** Frames this wide are enough to see a region's colour, and cheap to encode and read while the page loads. */
const SCREENCAST_WIDTH = 320;

/** Resolves at the first screencast frame whose pixel at `at` (page coordinates) differs from the first frame's. */
function firstFrameChangedAt(cdp, at, viewport) {
  let blank;
  return new Promise((resolve) => {
    cdp.on("Page.screencastFrame", ({ data, sessionId }) => {
      cdp.send("Page.screencastFrameAck", { sessionId }).catch(() => {});
      const png = PNG.sync.read(Buffer.from(data, "base64"));
      const x = Math.min(png.width - 1, Math.round((at.x * png.width) / viewport.width));
      const y = Math.min(png.height - 1, Math.round((at.y * png.height) / viewport.height));
      const i = (y * png.width + x) * 4;
      const pixel = [png.data[i], png.data[i + 1], png.data[i + 2]];
      blank ??= pixel;
      if (pixel.some((value, c) => Math.abs(value - blank[c]) > 30)) resolve();
    });
  });
}

/**
 * The handover: MapLibre is held back (its view's chunk) until the SVG map has drawn and laid out its labels; the map's
 * box is photographed, MapLibre released, and the box photographed again in the first frame MapLibre shows. Returns
 * the share of the map's pixels that differ (pixelmatch's colour distance, YIQ, threshold 0.1), and the pictures.
 */
export async function handover(context, url) {
  const page = await context.newPage();
  let release = () => {};
  const held = new Promise((resolve) => (release = resolve));
  await page.route(/\/MapView-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  try {
    await page.goto(url);
    const map = page.getByTestId("map");
    await page.waitForSelector("[data-testid=map][data-renderer=svg][data-ready=true]", { timeout: 30_000 });
    await atRest(page);
    const box = await map.boundingBox();
    const clip = { x: box.x, y: box.y, width: box.width, height: box.height };
    const svg = await page.screenshot({ clip, animations: "disabled" });
    release();
    await page.waitForSelector(".map-stage[data-map-phase=maplibre]", { timeout: 30_000 });
    const gl = await page.screenshot({ clip, animations: "disabled" });
    // Compared in a blank page: the app's CSP allows no fetch of a data: URL.
    const blank = await context.newPage();
    const diff = await blank.evaluate(pixelDiff, { a: svg.toString("base64"), b: gl.toString("base64") });
    await blank.close();
    return { ...diff, svg, gl };
  } finally {
    await page.close();
  }
}

/** The labels are laid out when data-view-bounds is written and stays the same for two reads 200 ms apart. */
async function atRest(page) {
  let previous = null;
  for (let i = 0; i < 50; i++) {
    const now = await page.getByTestId("map").getAttribute("data-view-bounds");
    if (now !== null && now === previous) return;
    previous = now;
    await page.waitForTimeout(200);
  }
}

/** In the page: two PNGs (base64) compared pixel by pixel with pixelmatch's YIQ distance (threshold 0.1, no anti-aliasing pass). */
async function pixelDiff({ a, b }) {
  const decode = async (base64) => {
    const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext("2d");
    ctx.drawImage(bitmap, 0, 0);
    return ctx.getImageData(0, 0, bitmap.width, bitmap.height);
  };
  const [one, two] = await Promise.all([decode(a), decode(b)]);
  const yiq = (r, g, b) => [
    r * 0.29889531 + g * 0.58662247 + b * 0.11448223,
    r * 0.59597799 - g * 0.2741761 - b * 0.32180189,
    r * 0.21147017 - g * 0.52261711 + b * 0.31114694,
  ];
  const max = 35215 * 0.1 * 0.1;
  let differ = 0;
  const n = Math.min(one.data.length, two.data.length) / 4;
  for (let i = 0; i < n; i++) {
    const p = i * 4;
    const [y1, i1, q1] = yiq(one.data[p], one.data[p + 1], one.data[p + 2]);
    const [y2, i2, q2] = yiq(two.data[p], two.data[p + 1], two.data[p + 2]);
    const delta = 0.5053 * (y1 - y2) ** 2 + 0.299 * (i1 - i2) ** 2 + 0.1957 * (q1 - q2) ** 2;
    if (delta > max) differ++;
  }
  return { differ, pixels: n, share: differ / n };
}

/**
 * A valid dataset of the newest shipped edition just under the upload cap (5 MiB): the edition's own, its excerpts repeated
 * to the schema's limit of 1,000, each text made long (up to 4,800 characters). Written to `dir`; returns its path.
 */
export function bigDataset(root, dir) {
  const dataset = JSON.parse(readFileSync(join(root, "data/editions", newestShipped(root), "dataset.json"), "utf8"));
  const excerpts = [];
  for (let i = 0; excerpts.length < 1000; i++) {
    const e = dataset.excerpts[i % dataset.excerpts.length];
    // Each text its own (the references check refuses a duplicate region + text).
    let text = `(${i}) ${e.text}`;
    while (text.length < 4600) text += ` ${e.text}`;
    excerpts.push({ ...e, text: text.slice(0, 4800).trim() });
  }
  const big = { ...dataset, excerpts };
  const path = join(dir, "rus-bench-5mb.json");
  writeFileSync(path, JSON.stringify(big));
  return path;
}
