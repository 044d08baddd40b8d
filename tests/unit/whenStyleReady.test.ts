import type { Map as MapLibreMap } from "maplibre-gl";
import { describe, expect, it } from "vitest";
import { whenStyleReady } from "../../src/map/whenStyleReady";

/**
 * A map whose style is not parsed until `parsed()` is called, which runs its "style.load" listeners as MapLibre
 * does; its tiles are always loading (isStyleLoaded() false), as during a camera move, which updates need not wait for.
 */
function busyMap() {
  const listeners = new Set<() => void>();
  const state = { loaded: false };
  const map = {
    style: {
      get _loaded() {
        return state.loaded;
      },
    },
    isStyleLoaded: () => false,
    once: (type: string, fn: () => void) => type === "style.load" && listeners.add(fn),
    off: (type: string, fn: () => void) => type === "style.load" && listeners.delete(fn),
  } as unknown as MapLibreMap;
  const parsed = () => {
    state.loaded = true;
    for (const fn of [...listeners]) {
      listeners.delete(fn);
      fn();
    }
  };
  return { map, state, parsed };
}

describe("whenStyleReady: an update still waiting for the style is dropped when a newer one replaces it", () => {
  it("a slide's colours asked for while the style was busy never land over the next slide's", () => {
    const { map, parsed } = busyMap();
    const painted: string[] = [];
    // Slide 1's recolour waits for the style; the effect is cleaned up when slide 2 comes (React's order).
    const cancel = whenStyleReady(map, () => painted.push("slide 1"));
    cancel();
    whenStyleReady(map, () => painted.push("slide 2"));
    parsed();
    expect(painted).toEqual(["slide 2"]);
  });

  it("without the cancel, the late one wins: the race it prevents", () => {
    const { map, state, parsed } = busyMap();
    const painted: string[] = [];
    whenStyleReady(map, () => painted.push("slide 1"));
    state.loaded = true;
    whenStyleReady(map, () => painted.push("slide 2"));
    parsed();
    expect(painted.at(-1)).toBe("slide 1");
  });

  it("runs at once once the style is parsed, tiles loading or not, and waits for its parsing before that", () => {
    const { map, state, parsed } = busyMap();
    const painted: string[] = [];
    whenStyleReady(map, () => painted.push("waited"));
    expect(painted).toEqual([]);
    parsed();
    expect(painted).toEqual(["waited"]);
    state.loaded = true;
    whenStyleReady(map, () => painted.push("at once"));
    expect(painted).toEqual(["waited", "at once"]);
  });
});
