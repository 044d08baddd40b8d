// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { MapHandle } from "../../src/domain/mapRenderer";
import { printViews } from "../../src/export/printDeck";
import { CAPTURE_TIMEOUT_MS } from "../../src/export/viewImage";
import { DEFAULT_VIEW, useViewStore, viewStateOf } from "../../src/state/store";
import { realDataset } from "./fixtures";

/** Print drives the live view page by page: whatever happens, the reader's own view must come back. */
const data = realDataset();
const userView = { ...DEFAULT_VIEW, color: "year" as const, region: "SE-N" };
const pages = [
  { view: { ...DEFAULT_VIEW, color: "status" as const }, title: "A", caption: "a", label: "1 / 2 · A" },
  { view: { ...DEFAULT_VIEW, color: "practice" as const, practice: "spatial-planning" }, title: "B", caption: "b", label: "2 / 2 · B" },
];
const handle = (captureImage: MapHandle["captureImage"]): MapHandle => ({
  captureImage,
  getPlacement: () => ({ labels: [] }),
  refit: () => {},
});

beforeEach(() => {
  const map = document.createElement("div");
  map.dataset.testid = "map";
  map.getBoundingClientRect = () => ({ x: 0, y: 0, left: 0, top: 0, right: 800, bottom: 600, width: 800, height: 600, toJSON: () => ({}) });
  document.body.append(map);
  vi.stubGlobal("requestAnimationFrame", (fn: FrameRequestCallback) => setTimeout(() => fn(0), 0));
  useViewStore.getState().setView(userView);
});
afterEach(() => {
  document.body.replaceChildren();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("printing views", () => {
  it("restores the reader's view when a capture fails, and says why", async () => {
    const failing = handle(() => Promise.reject(new Error("WebGL context lost")));
    await expect(printViews(pages, { data, handle: failing, nameOf: (c) => c })).rejects.toThrow("WebGL context lost");
    expect(viewStateOf(useViewStore.getState())).toEqual(userView);
    expect(document.querySelector('[data-testid="print-deck"]')).toBeNull();
  });

  it("gives up on a map that never settles, with a message, and restores the view", async () => {
    vi.useFakeTimers();
    const stalled = handle(() => new Promise<HTMLCanvasElement>(() => {}));
    const printing = printViews(pages, { data, handle: stalled, nameOf: (c) => c });
    const outcome = expect(printing).rejects.toThrow(/did not finish drawing within 20 s/);
    await vi.advanceTimersByTimeAsync(CAPTURE_TIMEOUT_MS + 100);
    await outcome;
    expect(viewStateOf(useViewStore.getState())).toEqual(userView);
  });
});
