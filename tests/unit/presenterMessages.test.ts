import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Deck } from "../../src/present/deckSchema";
import {
  PRESENTER_PROTOCOL,
  clampSlide,
  isOwnPicture,
  readToPresentation,
  readToPresenter,
  withVersion,
} from "../../src/present/presenterMessages";
import { editionText } from "../editionFiles";

/** Issue 24, point 1: every message on the presenter channel is data from outside, read through one schema. */
const deck = JSON.parse(editionText("deck.json")) as Deck;
const ORIGIN = "http://127.0.0.1:4173";
const state = (over: Record<string, unknown> = {}) => ({
  v: PRESENTER_PROTOCOL,
  type: "state",
  deck,
  slide: 2,
  lang: "sv",
  present: true,
  ...over,
});

describe("the presenter view reads", () => {
  it("the presentation window's state and pictures of this version", () => {
    expect(readToPresenter(state())).toMatchObject({ kind: "ok", message: { type: "state", slide: 2 } });
    const pictures = withVersion({ type: "pictures", slide: 2, current: `blob:${ORIGIN}/0b8e4d4f-3c38-4f0a-9a49-3a4b3a0e1c11` });
    expect(readToPresenter(pictures)).toMatchObject({ kind: "ok" });
  });

  it("the page of a paged panel the audience sees, only as a page of its pages", () => {
    expect(readToPresenter(state({ panel: { page: 1, pages: 2 } }))).toMatchObject({
      kind: "ok",
      message: { panel: { page: 1, pages: 2 } },
    });
    expect(readToPresenter(state({ panel: null }))).toMatchObject({ kind: "ok" });
    for (const panel of [{ page: 3, pages: 2 }, { page: 0, pages: 2 }, { page: 1, pages: 1 }, { page: 1.5, pages: 2 }, "1/2"])
      expect(readToPresenter(state({ panel }))).toEqual({ kind: "ignored", reason: "invalid" });
  });

  it("not the spoofed messages of the issue: no deck, a deck of words, 200,000 slides", () => {
    expect(readToPresenter(state({ deck: null }))).toEqual({ kind: "ignored", reason: "invalid" });
    expect(readToPresenter(state({ deck: { slides: "abc" } }))).toEqual({ kind: "ignored", reason: "invalid" });
    const huge = { ...deck, slides: Array.from({ length: 200_000 }, () => deck.slides[0]) };
    expect(readToPresenter(state({ deck: huge }))).toEqual({ kind: "ignored", reason: "invalid" });
    expect(readToPresenter(state({ slide: 0 }))).toEqual({ kind: "ignored", reason: "invalid" });
    expect(readToPresenter(state({ slide: 1.5 }))).toEqual({ kind: "ignored", reason: "invalid" });
    expect(readToPresenter(state({ lang: "de" }))).toEqual({ kind: "ignored", reason: "invalid" });
  });

  it("a message of the first protocol (no version) as an older window's, only when it has that protocol's shape", () => {
    const old: Record<string, unknown> = state();
    delete old.v;
    expect(readToPresenter(old)).toEqual({ kind: "version", version: 1 });
    // The spoof has no version but no deck either: a stray object, not an older window.
    expect(readToPresenter({ type: "state", slide: 1, lang: "sv", present: true, deck: null })).toEqual({
      kind: "ignored",
      reason: "invalid",
    });
    expect(readToPresenter(state({ v: PRESENTER_PROTOCOL + 1 }))).toEqual({ kind: "version", version: PRESENTER_PROTOCOL + 1 });
  });

  it("the presenter view's own requests, heard on the channel too, as not its own (not counted as faults)", () => {
    expect(readToPresenter(withVersion({ type: "hello" }))).toEqual({ kind: "ignored", reason: "not-ours" });
    expect(readToPresentation(state())).toEqual({ kind: "ignored", reason: "not-ours" });
  });
});

describe("the presentation window reads", () => {
  it("hello and go of this version, a go only to a slide a deck can have", () => {
    expect(readToPresentation(withVersion({ type: "hello" }))).toMatchObject({ kind: "ok" });
    expect(readToPresentation(withVersion({ type: "go", slide: 3 }))).toMatchObject({ kind: "ok", message: { slide: 3 } });
    for (const slide of [0, -1, 1.5, 201, Number.NaN, Infinity, "3", null])
      expect(readToPresentation(withVersion({ type: "go", slide }))).toEqual({ kind: "ignored", reason: "invalid" });
    expect(readToPresentation({ type: "go", slide: 0 })).toEqual({ kind: "version", version: 1 });
  });
});

describe("reading never throws, whatever is posted", () => {
  it("random values, objects with known types and hostile getters", () => {
    const hostile = Object.defineProperty({}, "type", {
      get() {
        throw new Error("boom");
      },
    });
    expect(readToPresenter(hostile)).toEqual({ kind: "ignored", reason: "invalid" });
    const message = fc.record(
      {
        v: fc.oneof(fc.constant(PRESENTER_PROTOCOL), fc.anything()),
        type: fc.constantFrom("state", "pictures", "hello", "go", "blank", "other"),
        slide: fc.oneof(fc.integer(), fc.double(), fc.anything()),
        deck: fc.oneof(fc.constant(deck), fc.anything()),
        lang: fc.oneof(fc.constantFrom("sv", "en"), fc.string()),
        present: fc.anything(),
        current: fc.oneof(fc.webUrl(), fc.string(), fc.anything()),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(message, fc.anything()), (data) => {
        const toPresenter = readToPresenter(data);
        const toPresentation = readToPresentation(data);
        // Whatever is applied is a message of this version, with a slide a deck can have.
        for (const r of [toPresenter, toPresentation])
          if (r.kind === "ok" && "slide" in r.message) expect(Number.isInteger(r.message.slide) && r.message.slide >= 1).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("pictures", () => {
  it("only this page's own object URLs and PNG data", () => {
    expect(isOwnPicture(`blob:${ORIGIN}/0b8e4d4f-3c38-4f0a-9a49-3a4b3a0e1c11`, ORIGIN)).toBe(true);
    expect(isOwnPicture("data:image/png;base64,iVBORw0KGgo=", ORIGIN)).toBe(true);
    for (const url of [
      "https://example.com/x.png",
      "javascript:alert(1)",
      "blob:https://evil.example/0b8e4d4f-3c38-4f0a-9a49-3a4b3a0e1c11",
      `blob:${ORIGIN}/../x`,
      "data:image/svg+xml;base64,PHN2Zz4=",
      "data:image/png;base64,<script>",
      "/geo/labels.json",
      "",
    ])
      expect(isOwnPicture(url, ORIGIN), url).toBe(false);
    expect(isOwnPicture(42, ORIGIN)).toBe(false);
    // A page without an origin of its own (opened from a file) has no object URL to trust.
    expect(isOwnPicture("blob:null/0b8e4d4f-3c38-4f0a-9a49-3a4b3a0e1c11", "null")).toBe(false);
  });
});

describe("clampSlide", () => {
  it("keeps a slide inside its deck", () => {
    expect(clampSlide(99, 1)).toBe(1);
    expect(clampSlide(0, 12)).toBe(1);
    expect(clampSlide(5, 12)).toBe(5);
    expect(clampSlide(Number.NaN, 12)).toBe(1);
    fc.assert(
      fc.property(fc.double(), fc.integer({ min: 0, max: 200 }), (n, count) => {
        const slide = clampSlide(n, count);
        expect(Number.isInteger(slide) && slide >= 1 && slide <= Math.max(count, 1)).toBe(true);
      }),
    );
  });
});
