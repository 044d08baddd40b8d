// @vitest-environment jsdom
import { act, cleanup, render, renderHook, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { MAP_READY_FALLBACK_MS, useMapReadyState } from "../../src/app/useMapReadyState";
import { AfterMapReady, MapReadyProvider, useMapReady } from "../../src/ui/mapReady";

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe("map ready, through React", () => {
  it("is true once the renderer has handed over its handle, at once when no map is shown", () => {
    const { result, rerender } = renderHook(({ handed, shown }) => useMapReadyState(handed, shown), {
      initialProps: { handed: false, shown: true },
    });
    expect(result.current).toBe(false);
    rerender({ handed: true, shown: true });
    expect(result.current).toBe(true);
    expect(renderHook(() => useMapReadyState(false, false)).result.current).toBe(true);
  });

  it("comes anyway after the fallback when a map never gets ready, and not before", () => {
    vi.useFakeTimers();
    const { result } = renderHook(() => useMapReadyState(false, true));
    act(() => vi.advanceTimersByTime(MAP_READY_FALLBACK_MS - 1));
    expect(result.current).toBe(false);
    act(() => vi.advanceTimersByTime(1));
    expect(result.current).toBe(true);
  });

  it("AfterMapReady shows its pending content until the provider says ready; without a provider it waits for nothing", () => {
    const view = render(
      <MapReadyProvider value={false}>
        <AfterMapReady pending={<p>väntar</p>}>
          <p>panelen</p>
        </AfterMapReady>
      </MapReadyProvider>,
    );
    // The pending content stands in for the children, which are not rendered yet.
    expect(view.container.textContent).toBe("väntar");
    view.rerender(
      <MapReadyProvider value={true}>
        <AfterMapReady pending={<p>väntar</p>}>
          <p>panelen</p>
        </AfterMapReady>
      </MapReadyProvider>,
    );
    expect(screen.queryByText("väntar")).toBeNull();
    expect(renderHook(() => useMapReady()).result.current).toBe(true);
  });
});
