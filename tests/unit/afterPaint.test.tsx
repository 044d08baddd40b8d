// @vitest-environment jsdom
import { act, cleanup, renderHook } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { usePaintedOnce, usePaintedSteps } from "../../src/ui/afterPaint";

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
