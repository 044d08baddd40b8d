// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { MapHandle, MapPicture, MapPictureRequest } from "../../src/domain/mapRenderer";
import { printViews } from "../../src/export/printDeck";
import { CAPTURE_TIMEOUT_MS } from "../../src/export/viewImage";
import { DEFAULT_VIEW, useViewStore, viewStateOf } from "../../src/state/store";
import { realDataset } from "./fixtures";

/** Print draws every page offscreen: whatever happens, the reader's own view is never touched. */
const data = realDataset();
const userView = { ...DEFAULT_VIEW, color: "year" as const, region: "SE-N" };
const pages = [
  { view: { ...DEFAULT_VIEW, color: "status" as const }, title: "A", caption: "a", label: "1 / 2 · A" },
  {
    view: { ...DEFAULT_VIEW, color: "practice" as const, practice: "spatial-planning", region: "SE-M" },
    title: "B",
    caption: "b",
    label: "2 / 2 · B",
  },
];
const neighbours = { land: { "SE-M": ["SE-N", "SE-G"] }, sea: {} };

/** A picture maker that records what it was asked to draw, with the given capture. */
function picture(captureImage: MapHandle["captureImage"], asked: MapPictureRequest[] = []): MapPicture {
  return (request) => {
    asked.push(request);
    return { size: request.size, captureImage, getPlacement: () => ({ labels: [] }), refit: () => {} };
  };
}

beforeEach(() => {
  // jsdom has no 2D canvas: enough of one for measuring and composing.
  const context = new Proxy({ measureText: (text: string) => ({ width: text.length * 10 }) } as Record<string, unknown>, {
    get: (target, key) => (key in target ? target[key as string] : () => {}),
    set: () => true,
  });
  vi.spyOn(HTMLCanvasElement.prototype, "getContext").mockReturnValue(context as unknown as CanvasRenderingContext2D);
  vi.spyOn(HTMLCanvasElement.prototype, "toBlob").mockImplementation((done) => done(new Blob(["png"])));
  // Nor object URLs, nor image decoding.
  Object.assign(URL, { createObjectURL: () => "blob:page", revokeObjectURL: () => {} });
  Object.assign(HTMLImageElement.prototype, { decode: () => Promise.resolve() });
  vi.stubGlobal("print", () => {});
  useViewStore.getState().setView(userView);
});
afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.classList.remove("printing-deck");
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe("printing views", () => {
  it("draws each page's own view offscreen, at the printable area's shape, and leaves the user's view alone", async () => {
    const asked: MapPictureRequest[] = [];
    const views: unknown[] = [];
    const unsubscribe = useViewStore.subscribe((s) => views.push(viewStateOf(s)));
    const printed = await printViews(pages, {
      data,
      picture: picture(async () => document.createElement("canvas"), asked),
      neighbours,
      nameOf: (c) => c,
    });
    unsubscribe();
    expect(printed).toBe(2);
    expect(views).toEqual([]);
    expect(viewStateOf(useViewStore.getState())).toEqual(userView);
    expect(asked.map((r) => r.selected)).toEqual([undefined, "SE-M"]);
    expect(asked[1]!.outlines.land).toEqual(["SE-N", "SE-G"]);
    // The map fills its area: wider than tall, as the page is (277 × 190 mm) less the legend column.
    for (const r of asked) expect(r.size.width / r.size.height).toBeGreaterThan(1.2);
    expect(document.querySelectorAll('[data-testid="print-deck"] img')).toHaveLength(2);
  });

  it("says why when a capture fails, and leaves no half-made print behind", async () => {
    const failing = picture(() => Promise.reject(new Error("Canvas lost")));
    await expect(printViews(pages, { data, picture: failing, neighbours, nameOf: (c) => c })).rejects.toThrow("Canvas lost");
    expect(viewStateOf(useViewStore.getState())).toEqual(userView);
    expect(document.querySelector('[data-testid="print-deck"]')).toBeNull();
  });

  it("gives up on a map that never finishes drawing, with a message", async () => {
    vi.useFakeTimers();
    const stalled = picture(() => new Promise<HTMLCanvasElement>(() => {}));
    const printing = printViews(pages, { data, picture: stalled, neighbours, nameOf: (c) => c });
    const outcome = expect(printing).rejects.toThrow(/did not finish drawing within 20 s/);
    await vi.advanceTimersByTimeAsync(CAPTURE_TIMEOUT_MS + 100);
    await outcome;
    expect(viewStateOf(useViewStore.getState())).toEqual(userView);
  });
});
