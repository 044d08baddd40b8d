import { readFileSync } from "node:fs";
import { booleanPointInPolygon } from "@turf/turf";
import { expect, type Page } from "@playwright/test";
import { screenToLngLat, type Bounds } from "../../src/geo/projection";

/**
 * Every region is named on its own region, at the three sizes the users' screens
 * have and on slides, by either renderer: the label's anchor (the text's middle,
 * a leader's end, or a number) lies in the region's own polygon, taken from the
 * committed geometry and the map's reported view, and no two labels overlap.
 */
const counties = JSON.parse(readFileSync("public/geo/counties.geojson", "utf8")) as {
  features: { properties: { code: string; name: string }; geometry: Parameters<typeof booleanPointInPolygon>[1] }[];
};
const featureOf = new Map(counties.features.map((f) => [f.properties.code, f]));

type LabelInfo = {
  code: string;
  kind: string;
  ax: number;
  ay: number;
  box: { left: number; top: number; right: number; bottom: number };
  text: string;
  /** Named in the inset of the south: its anchor is in the inset's own view. */
  inset: boolean;
};

/** The inset's view, and its map's box in the map's px. */
type InsetView = { bounds: Bounds; origin: { x: number; y: number }; size: { width: number; height: number } };

async function labelsOf(page: Page): Promise<{
  labels: LabelInfo[];
  bounds: Bounds;
  size: { width: number; height: number };
  key: string[];
  covered: string[];
  inset: InsetView | null;
}> {
  const map = page.getByTestId("map");
  await expect(map).toHaveAttribute("data-view-bounds", /,/);
  // Labels are laid out a frame after the map settles: wait until all 21 are there.
  await expect(page.locator('[data-testid="map-labels"] .map-label')).toHaveCount(featureOf.size);
  return page.evaluate(() => {
    const mapEl = document.querySelector<HTMLElement>('[data-testid="map"]')!;
    const origin = mapEl.getBoundingClientRect();
    const labels = [...document.querySelectorAll<HTMLElement>('[data-testid="map-labels"] .map-label')].map((el) => {
      const r = el.getBoundingClientRect();
      return {
        code: el.dataset.code!,
        kind: el.dataset.kind!,
        ax: Number(el.dataset.anchorX),
        ay: Number(el.dataset.anchorY),
        box: { left: r.left - origin.left, top: r.top - origin.top, right: r.right - origin.left, bottom: r.bottom - origin.top },
        text: el.textContent ?? "",
        inset: el.dataset.inset === "true",
      };
    });
    const insetMap = document.querySelector<SVGSVGElement>('[data-testid="map-inset-map"]');
    // Its viewport from its attributes, in the map's px (the overlay it is drawn in covers the map); an SVG's own
    // client rect is the box of what it draws, which overflows its viewport.
    const at = (name: string) => Number(insetMap?.getAttribute(name));
    const inset = insetMap
      ? {
          bounds: insetMap.dataset.viewBounds!.split(",").map(Number) as [number, number, number, number],
          origin: { x: at("x"), y: at("y") },
          size: { width: at("width"), height: at("height") },
        }
      : null;
    const bounds = mapEl.dataset.viewBounds!.split(",").map(Number) as [number, number, number, number];
    const keyLines = [...document.querySelectorAll('[data-testid="map-number-key"] > div')];
    const key = keyLines.map((d) => d.textContent ?? "");
    // What stands over the map (the simplified map's note, the legend) must leave every line of the key in sight.
    const over = [...document.querySelectorAll('[data-testid="map-note"], .map-overlay')].map((el) => el.getBoundingClientRect());
    const covered = keyLines
      .filter((line) => {
        const r = line.getBoundingClientRect();
        return over.some(
          (o) => Math.min(r.right, o.right) - Math.max(r.left, o.left) > 1 && Math.min(r.bottom, o.bottom) - Math.max(r.top, o.top) > 1,
        );
      })
      .map((line) => line.textContent ?? "");
    return { labels, bounds, size: { width: origin.width, height: origin.height }, key, covered, inset };
  });
}

export async function expectEveryRegionNamedOnItself(page: Page, what: string) {
  const { labels, bounds, size, key, covered, inset } = await labelsOf(page);
  expect(covered, `${what}: lines of the numbers' key covered`).toEqual([]);
  // All 21 regions are on the national view: each has exactly one label.
  expect(labels.map((l) => l.code).sort(), what).toEqual([...featureOf.keys()].sort());
  for (const label of labels) {
    // A name in the inset is on its region in the inset's view (the inset is a map of its own, enlarged).
    expect(!label.inset || inset !== null, `${what}: ${label.code} is named in an inset that is not there`).toBe(true);
    const lngLat =
      label.inset && inset
        ? screenToLngLat({ x: label.ax - inset.origin.x, y: label.ay - inset.origin.y }, inset.bounds, inset.size)
        : screenToLngLat({ x: label.ax, y: label.ay }, bounds, size);
    const own = booleanPointInPolygon(lngLat, featureOf.get(label.code)!.geometry);
    expect(own, `${what}: ${label.code} (${label.kind}) anchor ${lngLat.map((n) => n.toFixed(3))} is not on its region`).toBe(true);
    // A number's badge may carry the practice map's ✓ before it; the key explains the number.
    if (label.kind === "number")
      expect(key, `${what}: the key explains ${label.code}`).toContain(
        `${label.text.replace("✓", "")} ${featureOf.get(label.code)!.properties.name}`,
      );
    else expect(label.text).toContain(featureOf.get(label.code)!.properties.name.split(" ")[0]!);
  }
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      const a = labels[i]!.box;
      const b = labels[j]!.box;
      const overlap =
        Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
      expect(overlap, `${what}: ${labels[i]!.code} overlaps ${labels[j]!.code}`).toBe(false);
    }
  }
  return labels;
}
