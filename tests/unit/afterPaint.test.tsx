// @vitest-environment jsdom
import { act, cleanup, renderHook } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { usePaintedOnce, usePaintedSteps } from "../../src/ui/afterPaint";
import { markAfterPaint } from "../../src/ui/nextPaint";

/** One browser frame and the task queued from its animation frame (afterPaint); React renders after the act. */
async function paint() {
  await act(async () => {
    vi.advanceTimersByTime(17);
    vi.advanceTimersByTime(17);
  });
}

describe("usePaintedSteps: heavy parts one per frame", () => {
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it("counts one step per paint up to the count, and starts again for another key", async () => {
    vi.useFakeTimers({ toFake: ["requestAnimationFrame", "cancelAnimationFrame", "setTimeout", "clearTimeout"] });
    const { result, rerender } = renderHook(({ key }) => usePaintedSteps(3, key), { initialProps: { key: "SE-W" } });
    expect(result.current).toBe(0);
    await paint();
    expect(result.current).toBe(1);
    await paint();
    expect(result.current).toBe(2);
    await paint();
    expect(result.current).toBe(3);
    await paint();
    expect(result.current).toBe(3);

    rerender({ key: "SE-M" });
    expect(result.current).toBe(0);
    await paint();
    expect(result.current).toBe(1);
  });

  it("usePaintedOnce is false for the first render of a key and true after its paint", async () => {
    vi.useFakeTimers({ toFake: ["requestAnimationFrame", "cancelAnimationFrame", "setTimeout", "clearTimeout"] });
    const { result, rerender } = renderHook(({ key }) => usePaintedOnce(key), { initialProps: { key: 1 } });
    expect(result.current).toBe(false);
    await paint();
    expect(result.current).toBe(true);
    rerender({ key: 2 });
    expect(result.current).toBe(false);
  });
});

describe("markAfterPaint: the bench's mark of a paint", () => {
  afterEach(() => {
    vi.useRealTimers();
    performance.clearMarks();
  });
  const marks = () => performance.getEntriesByName("rus:test-painted").map((m) => (m as PerformanceMark).detail as unknown);

  it("marks once, after the frame that paints, at the task queued from that frame", () => {
    vi.useFakeTimers({ toFake: ["requestAnimationFrame", "cancelAnimationFrame", "setTimeout", "clearTimeout"] });
    markAfterPaint("rus:test-painted", "SE-M");
    vi.advanceTimersByTime(16);
    // The frame (at 16 ms) queued the task; it runs at once after it, before the next frame (at 32 ms).
    expect(marks()).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(marks()).toEqual(["SE-M"]);
    vi.advanceTimersByTime(100);
    expect(marks()).toEqual(["SE-M"]);
  });

  it("marks at the next frame when that task is held back (a long task of the page's queued before it)", () => {
    vi.useFakeTimers({ toFake: ["requestAnimationFrame", "cancelAnimationFrame"] });
    // Tasks held back: the page's main thread is busy with its own.
    vi.spyOn(globalThis, "setTimeout").mockImplementation((() => 0) as unknown as typeof setTimeout);
    markAfterPaint("rus:test-painted", "SE-BD");
    vi.advanceTimersByTime(16);
    expect(marks()).toEqual([]);
    vi.advanceTimersByTime(16);
    expect(marks()).toEqual(["SE-BD"]);
    vi.restoreAllMocks();
  });

  it("marks nothing once cancelled", () => {
    vi.useFakeTimers({ toFake: ["requestAnimationFrame", "cancelAnimationFrame", "setTimeout", "clearTimeout"] });
    markAfterPaint("rus:test-painted", "SE-M")();
    vi.advanceTimersByTime(100);
    expect(marks()).toEqual([]);
  });
});
