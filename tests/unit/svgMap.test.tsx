// @vitest-environment jsdom
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { contextCollectionSchema } from "../../src/geo/counties";
import { computeLabelPoints } from "../../src/geo/labelPoints";
import { classify } from "../../src/domain/classify";
import type { MapHandle } from "../../src/domain/mapRenderer";
import { RegionList, indexByLetter, moveIndex } from "../../src/map/RegionList";
import { SvgMap, type SvgMapProps } from "../../src/map/SvgMap";
import { realCounties, realDataset } from "./fixtures";

const data = realDataset();
const counties = realCounties();
const context = contextCollectionSchema.parse(JSON.parse(readFileSync(resolve(process.cwd(), "public/geo/context.geojson"), "utf8")));
const labelPoints = computeLabelPoints(counties);
const nameOf = (code: string) => data.regions.find((r) => r.code === code)?.name ?? code;

// jsdom lays nothing out: give every element the size of a 900 × 700 map, but the legend and the note, which stand
// in the map's top left corner (as laid out in a browser; over the whole map, they would leave no room for a name).
const realRect = HTMLElement.prototype.getBoundingClientRect;
const rectOf = (width: number, height: number) => ({
  x: 0,
  y: 0,
  left: 0,
  top: 0,
  right: width,
  bottom: height,
  width,
  height,
  toJSON: () => ({}),
});
beforeAll(() => {
  HTMLElement.prototype.getBoundingClientRect = function (this: HTMLElement) {
    return this.matches(".map-overlay, .map-note") ? rectOf(200, 150) : rectOf(900, 700);
  };
});
afterAll(() => {
  HTMLElement.prototype.getBoundingClientRect = realRect;
});
afterEach(cleanup);

function renderMap(overrides: Partial<SvgMapProps> = {}, container?: HTMLElement) {
  const status = classify(data, { color: "status" }, "sv");
  const props: SvgMapProps = {
    counties,
    context,
    labelPoints,
    colorOf: status.colorOf,
    marked: status.marked,
    label: "Karta över Sveriges 21 regioner",
    keyTitle: "Siffror på kartan",
    nameOf,
    describe: (code) => `${nameOf(code)}: ${status.valueOf[code]}`,
    onSelect: vi.fn(),
    note: "Förenklad karta visas (WebGL saknas)",
    ...overrides,
  };
  const view = render(<SvgMap {...props} />, container ? { container } : undefined);
  return { ...view, props, svg: () => view.container.querySelector("svg")! };
}

const countyPaths = (container: HTMLElement) => [...container.querySelectorAll<SVGPathElement>("path[data-code]")];

describe("SvgMap", () => {
  it("draws every county once in its classification colour, names itself and says it is simplified", () => {
    const { container, props, svg } = renderMap();
    const paths = countyPaths(container);
    expect(paths.map((p) => p.dataset.code).sort()).toEqual(data.regions.map((r) => r.code).sort());
    for (const p of paths) expect(p.getAttribute("fill")).toBe(props.colorOf[p.dataset.code!]);
    // The drawing itself is the named image.
    expect(screen.getByRole("img", { name: "Karta över Sveriges 21 regioner" })).toBe(svg());
    expect(screen.getByTestId("map-note").textContent).toBe("Förenklad karta visas (WebGL saknas)");
    expect(screen.getByTestId("map").dataset.ready).toBe("true");
    // Context countries are drawn under the counties.
    expect(container.querySelectorAll("path:not([data-code])").length).toBeGreaterThanOrEqual(context.features.length);
  });

  it("recolours without recomputing geometry: the path strings stay the same", () => {
    const { container, rerender, props } = renderMap();
    const before = countyPaths(container).map((p) => p.getAttribute("d"));
    const year = classify(data, { color: "year" }, "sv");
    rerender(<SvgMap {...props} colorOf={year.colorOf} />);
    const after = countyPaths(container);
    expect(after.map((p) => p.getAttribute("d"))).toEqual(before);
    for (const p of after) expect(p.getAttribute("fill")).toBe(year.colorOf[p.dataset.code!]);
  });

  it("a click on a county selects it; a click on the sea clears", () => {
    const onSelect = vi.fn();
    const { container, svg } = renderMap({ onSelect });
    fireEvent.click(container.querySelector('path[data-code="SE-BD"]')!);
    expect(onSelect).toHaveBeenLastCalledWith("SE-BD");
    expect(onSelect).toHaveBeenCalledTimes(1);
    fireEvent.click(svg());
    expect(onSelect).toHaveBeenLastCalledWith(undefined);
  });

  it("hover shows the same tooltip text MapView shows", () => {
    const { container } = renderMap();
    fireEvent.mouseMove(container.querySelector('path[data-code="SE-W"]')!, { clientX: 300, clientY: 400 });
    expect(screen.getByTestId("map-tooltip").textContent).toBe(`Dalarna: ${classify(data, { color: "status" }, "sv").valueOf["SE-W"]}`);
  });

  it("fits a selected county (outlined) and returns to Sweden when cleared", () => {
    const { container, rerender, props, svg } = renderMap();
    const national = svg().getAttribute("viewBox");
    rerender(<SvgMap {...props} selected="SE-I" />);
    const region = svg().getAttribute("viewBox")!;
    expect(region).not.toBe(national);
    // Zoomed in: the visible width in projected units is smaller.
    expect(Number(region.split(" ")[2])).toBeLessThan(Number(national!.split(" ")[2]));
    // The outline follows Gotland's own shape.
    expect(screen.getByTestId("svg-selected").getAttribute("d")).toBe(container.querySelector('path[data-code="SE-I"]')!.getAttribute("d"));
    rerender(<SvgMap {...props} selected={undefined} />);
    expect(svg().getAttribute("viewBox")).toBe(national);
    expect(screen.queryByTestId("svg-selected")).toBeNull();
  });

  it("outlines the keyboard's region dashed and shows its tooltip", () => {
    const { container } = renderMap({ focused: "SE-K" });
    const outline = screen.getByTestId("svg-focused");
    expect(outline.getAttribute("stroke-dasharray")).toMatch(/^\d+(\.\d+)?( \d+(\.\d+)?)+$/u);
    expect(outline.getAttribute("d")).toBe(container.querySelector('path[data-code="SE-K"]')!.getAttribute("d"));
    expect(screen.getByTestId("map-tooltip").textContent).toContain("Blekinge");
  });

  it("places the county labels and hands MapView's handle to onReady, once the map is painted", async () => {
    const onReady = vi.fn();
    renderMap({ onReady });
    // Not in the commit: what waits for the map would hold its first frame back.
    expect(onReady).not.toHaveBeenCalled();
    await waitFor(() => expect(onReady).toHaveBeenCalledTimes(1));
    const handle = onReady.mock.calls[0]![0];
    expect(handle.getPlacement().labels).toHaveLength(21);
    expect(screen.getByTestId("map-labels").textContent).toContain("Norrbotten");
  });

  it("gives export its size on screen and holds its stage for print through the handle, not through its elements", async () => {
    const onReady = vi.fn();
    const stage = document.body.appendChild(document.createElement("div"));
    stage.className = "map-stage";
    renderMap({ onReady }, stage);
    await waitFor(() => expect(onReady).toHaveBeenCalledTimes(1));
    const handle: MapHandle = onReady.mock.calls[0]![0];
    expect(handle.screenSize?.()).toEqual({ width: 900, height: 700 });
    const zoomFor = vi.fn(() => 1.5);
    const undo = handle.holdForPrint!(zoomFor);
    expect(zoomFor).toHaveBeenCalledWith({ width: stage.clientWidth, height: stage.clientHeight });
    expect(stage.classList.contains("print-frozen")).toBe(true);
    expect(stage.style.getPropertyValue("--print-zoom")).toBe("1.5");
    // The SVG map prints as it is: no copy of its picture.
    expect(stage.querySelector(".print-map")).toBeNull();
    undo();
    expect(stage.classList.contains("print-frozen")).toBe(false);
    expect(stage.style.getPropertyValue("--print-zoom")).toBe("");
    stage.remove();
  });
});

describe("RegionList", () => {
  const regions = data.regions.map((r) => ({ code: r.code, name: r.name })).sort((a, b) => a.name.localeCompare(b.name, "sv"));

  function renderList(selected?: string) {
    const onSelect = vi.fn();
    const onFocusRegion = vi.fn();
    const view = render(
      <>
        <button type="button">before</button>
        <RegionList
          regions={regions}
          selected={selected}
          label="Regioner på kartan"
          hint="Piltangenterna …"
          onSelect={onSelect}
          onFocusRegion={onFocusRegion}
        />
        <button type="button">after</button>
      </>,
    );
    return { ...view, onSelect, onFocusRegion };
  }

  it("is one tab stop; arrows, Home, End and letters move; Enter and Space select", async () => {
    const user = userEvent.setup();
    const { onSelect, onFocusRegion } = renderList();
    const list = screen.getByRole("listbox", { name: "Regioner på kartan" });
    expect(screen.getAllByRole("option")).toHaveLength(21);
    expect(list.querySelectorAll('[tabindex="0"]')).toHaveLength(1);

    await user.click(screen.getByText("before"));
    await user.tab();
    expect(document.activeElement?.textContent).toBe("Blekinge");
    expect(onFocusRegion).toHaveBeenLastCalledWith("SE-K");
    await user.keyboard("{ArrowRight}");
    expect(document.activeElement?.textContent).toBe("Dalarna");
    await user.keyboard("{End}");
    expect(document.activeElement?.textContent).toBe("Östergötland");
    await user.keyboard("{ArrowRight}");
    expect(document.activeElement?.textContent).toBe("Blekinge");
    await user.keyboard("s");
    expect(document.activeElement?.textContent).toBe("Skåne");
    await user.keyboard("s");
    expect(document.activeElement?.textContent).toBe("Stockholm");
    await user.keyboard("{Enter}");
    expect(onSelect).toHaveBeenLastCalledWith("SE-AB");
    await user.keyboard("{Home} ");
    expect(onSelect).toHaveBeenLastCalledWith("SE-K");

    // One Tab leaves the list, and the map's outline goes with the focus.
    await user.tab();
    expect(document.activeElement?.textContent).toBe("after");
    expect(onFocusRegion).toHaveBeenLastCalledWith(undefined);
  });

  it("marks the selected region and starts the tab stop on it", () => {
    renderList("SE-BD");
    const option = screen.getByRole("option", { name: "Norrbotten" });
    expect(option.getAttribute("aria-selected")).toBe("true");
    expect(option.getAttribute("tabindex")).toBe("0");
    expect(screen.getAllByRole("option", { selected: true })).toHaveLength(1);
  });

  it("moveIndex wraps around and ignores other keys; indexByLetter searches after the current one", () => {
    expect(moveIndex("ArrowLeft", 0, 21)).toBe(20);
    expect(moveIndex("ArrowDown", 20, 21)).toBe(0);
    expect(moveIndex("Tab", 3, 21)).toBeNull();
    const names = regions.map((r) => r.name);
    expect(names[indexByLetter(names, "v", 0)!]).toBe("Värmland");
    expect(names[indexByLetter(names, "ö", 0)!]).toBe("Örebro");
    expect(indexByLetter(names, "q", 0)).toBeNull();
  });
});
