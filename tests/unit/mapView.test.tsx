// @vitest-environment jsdom
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { act, cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { classify } from "../../src/domain/classify";
import { NO_DATA_COLOR } from "../../src/domain/palettes";
import { contextCollectionSchema } from "../../src/geo/counties";
import { computeLabelPoints } from "../../src/geo/labelPoints";
import { realCounties, realDataset } from "./fixtures";

/**
 * The design the MapLibre view promises (docs/ARCHITECTURE.md): the map is
 * constructed once, whatever the reader changes, and what a county shows is
 * feature state — no paint or filter update on the counties (MapLibre would
 * cut their tiles again), no new style, no setData. maplibre-gl is replaced by a recorder.
 */
const calls = vi.hoisted(() => ({
  constructed: 0,
  log: [] as string[],
  counties: [] as number[],
  state: new Map<string, Record<string, unknown>>(),
}));
vi.mock("maplibre-gl", () => {
  class FakeMap {
    private handlers = new Map<string, ((e?: unknown) => void)[]>();
    touchZoomRotate = { disableRotation: () => {} };
    style = { _loaded: true };
    keyboard = { disableRotation: () => {} };
    constructor(options: { style: { sources: { counties: { data: { features: unknown[] } } } } }) {
      calls.constructed += 1;
      // How many counties each map is built with: a new geometry must reach the map it makes.
      calls.counties.push(options.style.sources.counties.data.features.length);
    }
    on(type: string, layerOrFn: unknown, fn?: (e?: unknown) => void) {
      const handler = (fn ?? layerOrFn) as (e?: unknown) => void;
      this.handlers.set(type, [...(this.handlers.get(type) ?? []), handler]);
      return this;
    }
    once(type: string, fn: (e?: unknown) => void) {
      // "idle" comes at once: the map is ready.
      if (type === "idle") queueMicrotask(() => fn());
      return this;
    }
    isStyleLoaded() {
      return true;
    }
    project([lng, lat]: [number, number]) {
      return { x: (lng - 10) * 40, y: (70 - lat) * 40 };
    }
    getBounds() {
      return {
        toArray: () => [
          [10, 55],
          [25, 70],
        ],
      };
    }
    getContainer() {
      return document.createElement("div");
    }
    getCanvas() {
      return document.createElement("canvas");
    }
    setFeatureState({ source, id }: { source: string; id: string }, state: Record<string, unknown>) {
      calls.log.push(`setFeatureState ${source}`);
      calls.state.set(id, { ...calls.state.get(id), ...state });
    }
    off() {
      return this;
    }
    setPaintProperty(layer: string, name: string) {
      calls.log.push(`setPaintProperty ${layer} ${name}`);
    }
    setFilter(layer: string) {
      calls.log.push(`setFilter ${layer}`);
    }
    setLayoutProperty(layer: string) {
      calls.log.push(`setLayoutProperty ${layer}`);
    }
    getLayer() {
      return undefined;
    }
    getSource() {
      return undefined;
    }
    addSource(id: string) {
      calls.log.push(`addSource ${id}`);
    }
    addLayer(layer: { id: string }) {
      calls.log.push(`addLayer ${layer.id}`);
    }
    setStyle() {
      calls.log.push("setStyle");
    }
    fitBounds() {
      calls.log.push("fitBounds");
    }
    resize() {}
    remove() {
      calls.log.push("remove");
    }
  }
  return { Map: FakeMap, prewarm: () => {}, setWorkerUrl: () => {} };
});

const { MapView } = await import("../../src/map/MapView");
type Props = Parameters<typeof MapView>[0];

const data = realDataset();
const counties = realCounties();
const context = contextCollectionSchema.parse(JSON.parse(readFileSync(resolve(process.cwd(), "public/geo/context.geojson"), "utf8")));
const labelPoints = computeLabelPoints(counties);
const nameOf = (code: string) => data.regions.find((r) => r.code === code)?.name ?? code;

function props(choice: Parameters<typeof classify>[1], lang: "sv" | "en", extra: Partial<Props> = {}): Props {
  const c = classify(data, choice, lang);
  return {
    counties,
    context,
    labelPoints,
    colorOf: c.colorOf,
    marked: c.marked,
    label: "Karta",
    keyTitle: "Siffror på kartan",
    nameOf,
    describe: (code) => code,
    onSelect: () => {},
    onUnavailable: () => {},
    ...extra,
  };
}

afterEach(() => {
  cleanup();
  calls.constructed = 0;
  calls.log.length = 0;
  calls.counties.length = 0;
  calls.state.clear();
});

describe("MapView (MapLibre), by design", () => {
  it("creates the map once across colour modes, language, region, comparison and presentation, and removes it on unmount", async () => {
    const view = render(<MapView {...props({ color: "status" }, "sv")} />);
    await act(async () => {});
    const steps: Props[] = [
      props({ color: "year" }, "sv"),
      props({ color: "practice", practice: "open-indicator-platforms" }, "sv"),
      props({ color: "practice", practice: "open-indicator-platforms" }, "en"),
      props({ color: "question", q: 8 }, "en", { selected: "SE-M" }),
      props({ color: "question", q: 8 }, "en", { selected: "SE-M", outlines: { land: ["SE-K"], sea: [], compared: ["SE-M", "SE-K"] } }),
      props({ color: "status" }, "sv", { balanced: true }),
    ];
    for (const step of steps) {
      view.rerender(<MapView {...step} />);
      await act(async () => {});
    }
    expect(calls.constructed).toBe(1);
    view.unmount();
    expect(calls.log.at(-1)).toBe("remove");
  });

  it("recolours, selects, focuses and outlines with feature state only: no paint, filter, style or source update", async () => {
    const view = render(<MapView {...props({ color: "status" }, "sv")} />);
    await act(async () => {});
    calls.log.length = 0;
    const year = props({ color: "year" }, "sv", {
      selected: "SE-M",
      focused: "SE-K",
      outlines: { land: ["SE-N", "SE-F"], sea: ["SE-I"], compared: ["SE-M", "SE-K"] },
    });
    view.rerender(<MapView {...year} />);
    // The selection and outlines wait for the panel's paint (two frames in jsdom's timers).
    await act(() => new Promise((done) => setTimeout(done, 100)));
    expect(calls.log.length).toBeGreaterThan(0);
    expect(calls.log.filter((c) => c !== "setFeatureState counties" && c !== "fitBounds")).toEqual([]);
    // Every county has the new state, so none keeps the first style's.
    expect(calls.state.size).toBe(21);
    for (const [code, state] of calls.state) {
      expect(state.fill, code).toBe(year.colorOf[code] ?? NO_DATA_COLOR);
      expect(state.selected, code).toBe(code === "SE-M" ? 1 : 0);
      expect(state.focused, code).toBe(code === "SE-K" ? 1 : 0);
      expect(state.land, code).toBe(["SE-N", "SE-F"].includes(code) ? 1 : 0);
      expect(state.sea, code).toBe(code === "SE-I" ? 1 : 0);
      expect(state.compared, code).toBe(["SE-M", "SE-K"].includes(code) ? 1 : 0);
    }
  });

  it("builds the map again, at once, with a new geometry (a new dataset's counties), and only then", async () => {
    const view = render(<MapView {...props({ color: "status" }, "sv")} />);
    await act(async () => {});
    const fewer = { ...counties, features: counties.features.slice(0, 20) };
    view.rerender(<MapView {...props({ color: "year" }, "sv", { counties: fewer })} />);
    await act(async () => {});
    // One map removed, one built from the new counties in the same commit: none from the old ones again.
    expect(calls.counties).toEqual([21, 20]);
    expect(calls.log.filter((c) => c === "remove")).toHaveLength(1);
    view.rerender(<MapView {...props({ color: "status" }, "sv", { counties: fewer })} />);
    await act(async () => {});
    expect(calls.counties).toEqual([21, 20]);
  });

  it("hands over its handle once ready, with labels placed for every county", async () => {
    const onReady = vi.fn();
    render(<MapView {...props({ color: "status" }, "sv", { onReady })} />);
    await act(async () => {});
    expect(onReady).toHaveBeenCalledTimes(1);
    const handle = onReady.mock.calls[0]![0];
    expect(handle.getPlacement({ fontPx: 20 }).labels).toHaveLength(21);
  });
});
