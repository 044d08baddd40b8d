/**
 * npm run soak — long use, measured (issue 24, point 2). Not part of CI: the full run takes minutes.
 *
 * Builds the app into dist-soak/ (reused when it is there; SOAK_REBUILD=1 builds again), serves it on its own port
 * and drives the real interface in the system Chromium, in rounds. A round is 5 presentations (P or the Presentera
 * button, a jump by number and Enter, PageDown, PageDown, PageUp, Escape: 4 slide changes each), 5 colour modes (the
 * mode control, all five and back), 2 regions (the region list) and 1 reading (the report opened, a passage scrolled
 * to the reading line, the map again), so 100 rounds are the issue's counts: 2,000 slide changes, 500 presentation
 * switches, 500 mode switches, 200 region selections, 100 reader scrolls. SOAK_SCALE scales the rounds (0.1: a quick
 * run of 10).
 *
 * After a warm-up of a tenth of the rounds, and at the middle and the end, it samples over the Chrome DevTools
 * Protocol, after two garbage collections: JS event listeners, DOM nodes and the JS heap (Performance.getMetrics),
 * and live WebGL contexts (counted by a wrapper of getContext installed before any page script: created and neither
 * lost nor collected). It prints a table and exits non-zero when the end exceeds the start by more than BOUNDS.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { build } from "vite";
import { chromium } from "@playwright/test";
import { CHROME_ARGS, resolveChromePath } from "./chrome-path.mjs";
import { serveFolders } from "./static-server.mjs";

const ROOT = resolve(import.meta.dirname, "..");
const DIST = join(ROOT, "dist-soak");
const PORT = Number(process.env.SOAK_PORT ?? 4198);
const SCALE = Number(process.env.SOAK_SCALE ?? 1);
const ROUNDS = Math.max(2, Math.round(100 * SCALE));
const WARM_UP = Math.max(1, Math.round(ROUNDS / 10));
const MIDDLE = Math.round((WARM_UP + ROUNDS) / 2);
const VIEWPORT = { width: 1280, height: 800 };
const MB = 1024 * 1024;

/** What the end may exceed the start (after warm-up) by: the larger of a share and an absolute amount. */
const BOUNDS = {
  listeners: { share: 0.05, absolute: 0, unit: "" },
  nodes: { share: 0.05, absolute: 0, unit: "" },
  heap: { share: 0.2, absolute: 2 * MB, unit: "MB" },
  contexts: { share: 0, absolute: 0, unit: "" },
};

const MODES = ["year", "horizon", "practice", "question", "status"];
const REGIONS = ["SE-AB", "SE-M", "SE-BD", "SE-O", "SE-W", "SE-H", "SE-Z", "SE-E", "SE-K", "SE-AC", "SE-F"];
/** Passages that each change the reading (they name regions), scrolled to in turn. */
const PASSAGES = ["p-2.2.6-7", "p-2.2.7-5", "p-2.2.7-11", "p-2.2.8-6", "p-2.2.8-12"];

// ---------------------------------------------------------------- in the page

/** Installed before any page script: every WebGL context the page makes, held weakly. */
function countContexts() {
  const made = [];
  const seen = new WeakSet();
  const wrap = (proto) => {
    const getContext = proto.getContext;
    proto.getContext = function (kind, ...rest) {
      const context = getContext.call(this, kind, ...rest);
      if (context && /webgl/.test(kind) && !seen.has(context)) {
        seen.add(context);
        made.push(new WeakRef(context));
      }
      return context;
    };
  };
  wrap(HTMLCanvasElement.prototype);
  if (typeof OffscreenCanvas !== "undefined") wrap(OffscreenCanvas.prototype);
  window.__soakContexts = () => ({
    made: made.length,
    live: made.filter((ref) => {
      const context = ref.deref();
      return context !== undefined && !context.isContextLost();
    }).length,
  });
}

/** Two frames painted: what a step changed is on the screen. */
const painted = (page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

const slideIs = (page, n) =>
  page.waitForFunction((n) => {
    const params = new URLSearchParams(location.search);
    return params.get("present") === "1" && Number(params.get("slide") ?? 1) === n;
  }, n);

const presenting = (page, on) => page.waitForFunction((on) => document.documentElement.classList.contains("presenting") === on, on);

const mapReady = (page) => page.locator('.map-stage[data-map-phase="maplibre"]').waitFor();

// ---------------------------------------------------------------- steps

let slideCount = 0;
const counts = { slides: 0, presentations: 0, modes: 0, regions: 0, reads: 0 };

/** Presentation on (P, or the button every other time), 4 slide changes, off (Escape). */
async function presentOnce(page, i) {
  await page.evaluate(() => document.activeElement instanceof HTMLElement && document.activeElement.blur());
  if (i % 2 === 0) await page.keyboard.press("p");
  else await page.getByTestId("present").click();
  await presenting(page, true);
  await slideIs(page, 1);
  const jump = 1 + ((i * 5) % (slideCount - 2));
  for (const digit of String(jump)) await page.keyboard.press(digit);
  await page.keyboard.press("Enter");
  await slideIs(page, jump);
  await painted(page);
  for (const [key, n] of [
    ["PageDown", jump + 1],
    ["PageDown", jump + 2],
    ["PageUp", jump + 1],
  ]) {
    await page.keyboard.press(key);
    await slideIs(page, n);
    await painted(page);
  }
  counts.slides += 4;
  await page.keyboard.press("Escape");
  await presenting(page, false);
  await mapReady(page);
  counts.presentations += 1;
}

async function modesOnce(page) {
  const select = page.getByLabel("Färglägg kartan efter");
  for (const mode of MODES) {
    await select.selectOption(mode);
    await page.waitForFunction((mode) => (new URLSearchParams(location.search).get("color") ?? "status") === mode, mode);
    await painted(page);
    counts.modes += 1;
  }
}

async function regionOnce(page, code) {
  const option = page.getByRole("listbox").locator(`[role="option"][data-code="${code}"]`);
  await option.click();
  await page.waitForFunction((code) => new URLSearchParams(location.search).get("region") === code, code);
  await page.locator("#side-panel h2").first().waitFor();
  await painted(page);
  counts.regions += 1;
}

async function readOnce(page, passage) {
  await page.getByRole("button", { name: "Rapporten", exact: true }).click();
  const target = page.locator(`[data-passage="${passage}"]`);
  await target.waitFor();
  const before = await page.evaluate(() => performance.now());
  await page.evaluate((passage) => {
    const el = document.querySelector(`[data-passage="${passage}"]`);
    const head = document.querySelector(".reader-head").getBoundingClientRect().bottom;
    document.querySelector("#side-panel").scrollBy(0, el.getBoundingClientRect().top - head - 20);
  }, passage);
  await page.waitForFunction(
    ({ passage, before }) => performance.getEntriesByName("rus:passage-in-view").some((m) => m.startTime > before && m.detail === passage),
    { passage, before },
  );
  await painted(page);
  await page.getByRole("button", { name: "Karta", exact: true }).click();
  await page.waitForFunction(() => !new URLSearchParams(location.search).has("read"));
  await mapReady(page);
  counts.reads += 1;
}

async function round(page, r) {
  for (let i = 0; i < 5; i++) await presentOnce(page, r * 5 + i);
  await modesOnce(page);
  for (let i = 0; i < 2; i++) await regionOnce(page, REGIONS[(r * 2 + i) % REGIONS.length]);
  await readOnce(page, PASSAGES[r % PASSAGES.length]);
  // Every round ends in the same view: the national map, nothing selected.
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => !new URLSearchParams(location.search).has("region"));
  await painted(page);
}

// ---------------------------------------------------------------- samples

async function sample(page, cdp) {
  await painted(page);
  for (let i = 0; i < 2; i++) await cdp.send("HeapProfiler.collectGarbage");
  const { metrics } = await cdp.send("Performance.getMetrics");
  const metric = (name) => metrics.find((m) => m.name === name)?.value;
  const { live } = await page.evaluate(() => window.__soakContexts());
  return { listeners: metric("JSEventListeners"), nodes: metric("Nodes"), heap: metric("JSHeapUsedSize"), contexts: live };
}

function report(samples) {
  const show = (key, v) => (key === "heap" ? `${(v / MB).toFixed(2)} MB` : String(v));
  console.log(
    `\n${"metric".padEnd(12)}${Object.keys(samples)
      .map((k) => k.padStart(12))
      .join("")}${"growth".padStart(12)}${"bound".padStart(14)}  result`,
  );
  let failed = false;
  for (const [key, bound] of Object.entries(BOUNDS)) {
    const start = samples.start[key];
    const end = samples.end[key];
    const allowed = Math.max(start * bound.share, bound.absolute);
    const ok = end - start <= allowed;
    failed ||= !ok;
    const growth = end - start;
    const boundText = `+${bound.share ? `${bound.share * 100}%` : ""}${bound.share && bound.absolute ? "|" : ""}${bound.absolute || !bound.share ? show(key, bound.absolute) : ""}`;
    console.log(
      `${key.padEnd(12)}${Object.values(samples)
        .map((s) => show(key, s[key]).padStart(12))
        .join("")}${((growth >= 0 ? "+" : "") + show(key, growth)).padStart(12)}${boundText.padStart(14)}  ${ok ? "PASS" : "FAIL"}`,
    );
  }
  return failed;
}

async function main() {
  const chrome = resolveChromePath();
  if (!chrome) throw new Error("No Chromium found: set CHROME_PATH or install chromium (see README).");
  if (process.env.SOAK_REBUILD || !existsSync(join(DIST, "index.html"))) {
    console.log(`Building the app into ${DIST} …`);
    await build({ logLevel: "warn", root: ROOT, build: { outDir: DIST, emptyOutDir: true } });
  }
  const server = await serveFolders(PORT, [{ prefix: "/", dir: DIST }]);
  const browser = await chromium.launch({ executablePath: chrome, args: CHROME_ARGS });
  const started = Date.now();
  const errors = [];
  let failed = false;
  try {
    // The service worker's precache would download beside the first rounds; a soak measures the page.
    const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: "reduce", serviceWorkers: "block" });
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    page.on("pageerror", (error) => errors.push(error.message));
    await page.addInitScript(countContexts);
    await page.goto(`http://127.0.0.1:${PORT}/`);
    await mapReady(page);
    await page.getByRole("listbox").getByRole("option").nth(20).waitFor();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");
    // The deck's length, from the presentation itself (End goes to the last slide).
    await page.keyboard.press("p");
    await presenting(page, true);
    await page.keyboard.press("End");
    await page.waitForFunction(() => Number(new URLSearchParams(location.search).get("slide") ?? 1) > 1);
    slideCount = await page.evaluate(() => Number(new URLSearchParams(location.search).get("slide")));
    await page.keyboard.press("Escape");
    await presenting(page, false);

    const samples = { load: await sample(page, cdp) };
    console.log(
      `${ROUNDS} rounds (SOAK_SCALE=${SCALE}), a deck of ${slideCount} slides; samples after rounds ${WARM_UP}, ${MIDDLE}, ${ROUNDS}`,
    );
    for (let r = 0; r < ROUNDS; r++) {
      await round(page, r);
      const done = r + 1;
      const at = done === WARM_UP ? "start" : done === MIDDLE ? "middle" : done === ROUNDS ? "end" : undefined;
      if (at) {
        samples[at] = await sample(page, cdp);
        const s = samples[at];
        console.log(
          `round ${done}/${ROUNDS} (${at}): listeners ${s.listeners}, nodes ${s.nodes}, heap ${(s.heap / MB).toFixed(2)} MB, WebGL contexts ${s.contexts}; ${Math.round((Date.now() - started) / 1000)} s`,
        );
      }
    }
    failed = report(samples);
    console.log(
      `\nSteps: ${counts.slides} slide changes, ${counts.presentations} presentations on and off, ${counts.modes} mode switches, ${counts.regions} region selections, ${counts.reads} reader scrolls; ${Math.round((Date.now() - started) / 1000)} s`,
    );
    const { made } = await page.evaluate(() => window.__soakContexts());
    console.log(`WebGL contexts made in all: ${made}`);
    if (errors.length) {
      console.log(`Page errors: ${errors.length}\n  ${[...new Set(errors)].slice(0, 5).join("\n  ")}`);
      failed = true;
    }
    await context.close();
  } finally {
    await browser.close();
    server.close();
  }
  if (failed) process.exit(1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
