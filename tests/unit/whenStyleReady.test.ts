import type { Map as MapLibreMap } from "maplibre-gl";
import { describe, expect, it } from "vitest";
import { whenStyleReady } from "../../src/map/whenStyleReady";

/** A map whose style is busy until `ready`; its "idle" listeners run when `idle()` is called, as MapLibre's do. */
function busyMap() {
  const listeners = new Set<() => void>();
  const state = { loaded: false };
  const map = {
    isStyleLoaded: () => state.loaded,
    once: (_type: string, fn: () => void) => listeners.add(fn),
    off: (_type: string, fn: () => void) => listeners.delete(fn),
  } as unknown as MapLibreMap;
  const idle = () => {
    state.loaded = true;
    for (const fn of [...listeners]) {
      listeners.delete(fn);
      fn();
    }
  };
  return { map, state, idle };
}

describe("whenStyleReady: an update still waiting for the style is dropped when a newer one replaces it", () => {
  it("a slide's colours asked for while the style was busy never land over the next slide's", () => {
    const { map, state, idle } = busyMap();
    const painted: string[] = [];
    // Slide 1's recolour waits for the style; the effect is cleaned up when slide 2 comes (React's order).
    const cancel = whenStyleReady(map, () => painted.push("slide 1"));
    cancel();
    state.loaded = true;
    whenStyleReady(map, () => painted.push("slide 2"));
    idle();
    expect(painted).toEqual(["slide 2"]);
  });

  it("without the cancel, the late one wins: the race it prevents", () => {
    const { map, state, idle } = busyMap();
    const painted: string[] = [];
    whenStyleReady(map, () => painted.push("slide 1"));
    state.loaded = true;
    whenStyleReady(map, () => painted.push("slide 2"));
    idle();
    expect(painted.at(-1)).toBe("slide 1");
  });

  it("runs at once when the style is ready, and waits for idle when it is not", () => {
    const { map, state, idle } = busyMap();
    const painted: string[] = [];
    whenStyleReady(map, () => painted.push("waited"));
    expect(painted).toEqual([]);
    idle();
    expect(painted).toEqual(["waited"]);
    state.loaded = true;
    whenStyleReady(map, () => painted.push("at once"));
    expect(painted).toEqual(["waited", "at once"]);
  });
});
