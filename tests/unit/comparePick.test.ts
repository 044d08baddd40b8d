import { beforeEach, describe, expect, it } from "vitest";
import { addToComparison, completePick } from "../../src/state/comparePick";
import { DEFAULT_VIEW, MAX_COMPARE, useViewStore, viewStateOf } from "../../src/state/store";

const store = () => useViewStore.getState();
beforeEach(() => store().setView(DEFAULT_VIEW));

describe("starting a comparison from any region (pure steps)", () => {
  it("a first region waits; a second one starts the comparison; into one under way it is added", () => {
    expect(addToComparison([], undefined, "SE-AB")).toEqual({ compare: [], pick: "SE-AB" });
    expect(addToComparison([], "SE-AB", "SE-O")).toEqual({ compare: ["SE-AB", "SE-O"], pick: undefined });
    expect(addToComparison([], "SE-AB", "SE-AB")).toEqual({ compare: [], pick: "SE-AB" });
    expect(addToComparison(["SE-AB", "SE-O"], undefined, "SE-M")).toEqual({ compare: ["SE-AB", "SE-O", "SE-M"], pick: undefined });
    expect(addToComparison(["SE-AB", "SE-O"], undefined, "SE-O")).toEqual({ compare: ["SE-AB", "SE-O"], pick: undefined });
  });

  it("a region chosen while one waits completes the pick; the same region or none does not", () => {
    expect(completePick("SE-AB", "SE-O")).toEqual({ compare: ["SE-AB", "SE-O"], pick: undefined });
    expect(completePick("SE-AB", "SE-AB")).toBeUndefined();
    expect(completePick("SE-AB", undefined)).toBeUndefined();
    expect(completePick(undefined, "SE-O")).toBeUndefined();
  });
});

describe("the store's first pick", () => {
  it("Stockholm's 'Lägg till i jämförelse', then Västra Götaland chosen on the map: the two are compared", () => {
    store().selectRegion("SE-AB");
    store().addToCompare("SE-AB");
    expect(store().comparePick).toBe("SE-AB");
    // A comparison of one is none: the view (and so the link) has no comparison yet.
    expect(viewStateOf(store()).compare).toEqual([]);
    store().setLang("en");
    expect(store().comparePick).toBe("SE-AB");
    store().selectRegion("SE-O");
    expect(viewStateOf(store())).toEqual({ ...DEFAULT_VIEW, lang: "en", region: "SE-O", compare: ["SE-AB", "SE-O"] });
    expect(store().comparePick).toBeUndefined();
    // Selecting another region now is a selection, not a comparison.
    store().selectRegion("SE-M");
    expect(store().compare).toEqual(["SE-AB", "SE-O"]);
  });

  it("deselecting keeps the pick; Cancel, a new view, a slide or a comparison set otherwise end it", () => {
    const ends: [string, () => void][] = [
      ["cancel", () => store().cancelComparePick()],
      ["setView", () => store().setView({ ...DEFAULT_VIEW, region: "SE-M" })],
      ["goToSlide", () => store().goToSlide(1)],
      ["setCompare", () => store().setCompare(["SE-M", "SE-N"])],
    ];
    for (const [name, end] of ends) {
      store().setView(DEFAULT_VIEW);
      store().addToCompare("SE-AB");
      store().selectRegion(undefined);
      expect(store().comparePick, name).toBe("SE-AB");
      end();
      expect(store().comparePick, name).toBeUndefined();
      if (name === "setView") expect(store().compare).toEqual([]);
    }
  });

  it("adds up to six regions; a seventh is not taken", () => {
    expect(MAX_COMPARE).toBe(6);
    const codes = ["SE-AB", "SE-O", "SE-M", "SE-N", "SE-K", "SE-H", "SE-G"];
    store().addToCompare(codes[0]!);
    for (const code of codes.slice(1)) store().addToCompare(code);
    expect(store().compare).toEqual(codes.slice(0, 6));
  });
});
