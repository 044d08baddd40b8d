import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NATIONAL_PADDING } from "../../src/domain/camera";
import { numbersIn } from "../../src/domain/labelPlacement";
import { computeLabelPoints } from "../../src/geo/labelPoints";
import { SWEDEN_BOUNDS, fitViewBox } from "../../src/geo/projection";
import { layoutLabels } from "../../src/map/measureLabel";
import { layoutInView } from "../../src/map/svgMapHooks";
import { realCounties, realDataset } from "./fixtures";

/**
 * A slide's picture of the national map (mapPicture.tsx: the same view, the inset, the thorough and unhurried placement) names every
 * region by name where the report's lists stand beside it: the PowerPoint's picture (644 × 706 px, names at 20 px) and
 * the PNG's map (1300 × 736 px, names at 20 px). The names are measured as Chromium on Linux measures them (the label
 * font resolves to DejaVu Sans there): each character's advance at weight 600, per px of type, from measureText in
 * headless Chromium on this project's machine. With a detail of only the regions the map alone numbers, Östergötland
 * and Kalmar stayed numbered in the PowerPoint's picture, Östergötland in the PNG's, in Chromium as here.
 */
/** Each character's advance, per px of type: [the characters, their advance]. */
const ADVANCE = new Map(
  (
    [
      ["ijl", 0.343],
      [" ", 0.348],
      ["J", 0.372],
      [",.", 0.38],
      ["-", 0.415],
      ["t", 0.478],
      ["r", 0.493],
      ["–", 0.5],
      ["c", 0.593],
      ["s", 0.595],
      ["v", 0.652],
      ["k", 0.665],
      ["aäå", 0.675],
      ["e", 0.678],
      ["oö", 0.687],
      ["0123456789", 0.696],
      ["hn", 0.712],
      ["bdgp", 0.716],
      ["S", 0.72],
      ["B", 0.762],
      ["V", 0.774],
      ["K", 0.775],
      ["U", 0.812],
      ["G", 0.821],
      ["D", 0.83],
      ["HN", 0.837],
      ["×", 0.838],
      ["Ö", 0.85],
      ["m", 1.042],
    ] as const
  ).flatMap(([chars, advance]) => [...chars].map((ch) => [ch, advance] as const)),
);
/** measureLabel.ts measures with a canvas where there is a document: this one's advances, at the font's px. */
const measuringDocument = {
  createElement: () => ({
    getContext: () => ({
      font: "",
      measureText(this: { font: string }, text: string) {
        const px = Number(/(\d+(?:\.\d+)?)px/.exec(this.font)![1]);
        return { width: [...text].reduce((sum, ch) => sum + (ADVANCE.get(ch) ?? 0.6) * px, 0) };
      },
    }),
  }),
};
beforeAll(() => void Object.assign(globalThis, { document: measuringDocument }));
afterAll(() => void Reflect.deleteProperty(globalThis, "document"));
const counties = realCounties();
const points = computeLabelPoints(counties);
const names = new Map(realDataset().regions.map((r) => [r.code, r.name]));
const padding = { top: NATIONAL_PADDING, right: NATIONAL_PADDING, bottom: NATIONAL_PADDING, left: NATIONAL_PADDING };

function pictureLabels(size: { width: number; height: number }, fontPx: number) {
  const view = fitViewBox(SWEDEN_BOUNDS, size, padding);
  return layoutLabels(
    layoutInView(view, size, {
      points,
      counties,
      nameOf: (code) => names.get(code)!,
      isMarked: () => false,
      fontPx,
      inset: true,
      thorough: true,
      unhurried: true,
    }),
  );
}

describe("a slide's picture of the national map beside the report's lists", () => {
  for (const [what, size, fontPx] of [
    ["the PowerPoint's picture", { width: 644, height: 706 }, 20],
    ["the PNG's map", { width: 1300, height: 736 }, 20],
  ] as const) {
    it(`${what}: every region named by name, the dense south in an inset`, () => {
      const placement = pictureLabels(size, fontPx);
      expect(numbersIn(placement)).toEqual([]);
      expect(placement.labels.filter((l) => l.visible)).toHaveLength(21);
      expect(placement.inset).toBeDefined();
    });
  }
});
