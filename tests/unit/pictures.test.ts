import { describe, expect, it } from "vitest";
import { pptxFileName } from "../../src/app/powerPoint";
import { pictureRequestOf } from "../../src/domain/pictureRequest";
import { classify } from "../../src/domain/classify";
import { DEFAULT_VIEW } from "../../src/state/store";
import { realDataset } from "./fixtures";

const data = realDataset();

describe("a picture of a view", () => {
  it("shows the view's own colours, marks, selection, neighbours, comparison and grouping", () => {
    const view = {
      ...DEFAULT_VIEW,
      color: "practice" as const,
      practice: "spatial-planning",
      region: "SE-N",
      compare: ["SE-N", "SE-O"],
      macro: "nuts2" as const,
    };
    const classification = classify(data, view, "sv");
    const neighbours = { land: { "SE-N": ["SE-O", "SE-F", "SE-G", "SE-M"] }, sea: {} };
    const request = pictureRequestOf(view, classification, neighbours);
    expect(request.colorOf).toBe(classification.colorOf);
    expect(request.marked).toEqual(classification.marked);
    expect(request.marked.length).toBeGreaterThan(0);
    expect(request.selected).toBe("SE-N");
    expect(request.outlines).toEqual({ land: ["SE-O", "SE-F", "SE-G", "SE-M"], sea: [], compared: ["SE-N", "SE-O"] });
    expect(request.macro).toBe("nuts2");
    expect(request.keepNational).toBe(false);
  });
});

describe("the PowerPoint file's name", () => {
  it("is the title in a-z (å, ä, ö folded) and the date", () => {
    expect(pptxFileName("Regionala utvecklingsstrategier – läget i Östergötland och Skåne", "2026-11-28")).toBe(
      "regionala-utvecklingsstrategier-laget-i-ostergotland-och-2026-11-28.pptx",
    );
  });
  it("stays short, and never empty", () => {
    expect(pptxFileName("å".repeat(5) + " " + "x".repeat(200), "2026-11-28")).toBe("aaaaa-2026-11-28.pptx");
    expect(pptxFileName("x".repeat(200), "2026-11-28")).toBe(`${"x".repeat(60)}-2026-11-28.pptx`);
    expect(pptxFileName("“ ” …", "2026-11-28")).toBe("rus-kartan-2026-11-28.pptx");
  });
});
