// @vitest-environment jsdom
import { act, renderHook, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { DashboardModel } from "../../src/app/useDashboardModel";
import type { MapPicture } from "../../src/domain/mapRenderer";
import type { Deck, Slide } from "../../src/present/deckSchema";
import { realDataset } from "./fixtures";

// The drawing itself is the picture pipeline's (tested elsewhere): here each picture is a blob at once.
vi.mock("../../src/export/viewImage", () => ({ renderViewMap: async () => document.createElement("canvas"), viewWords: () => ({}) }));
vi.mock("../../src/export/png", () => ({ canvasToBlob: async () => new Blob(["png"]) }));
vi.mock("../../src/domain/pictureRequest", () => ({ pictureRequestOf: () => ({}) }));

const { useSlideThumbnails } = await import("../../src/app/useSlideThumbnails");

const data = realDataset();
const slide = (view: string): Slide => ({ view, title: { sv: view, en: view }, caption: { sv: "", en: "" } });
const deckOf = (...views: string[]): Deck => ({ version: 1, title: { sv: "D", en: "D" }, slides: views.map(slide) });
const modelWith = (picture: MapPicture) =>
  ({ picture, nameOf: (code: string) => code, geometry: { neighbourTable: {} } }) as unknown as DashboardModel;

const { createObjectURL, revokeObjectURL } = URL;
let live: Set<string>;
let created: number;
let revoked: number;
beforeEach(() => {
  live = new Set();
  created = 0;
  revoked = 0;
  URL.createObjectURL = vi.fn(() => {
    const url = `blob:test/${++created}`;
    live.add(url);
    return url;
  });
  URL.revokeObjectURL = vi.fn((url: string) => {
    revoked++;
    live.delete(url);
  });
});
afterEach(() => {
  URL.createObjectURL = createObjectURL;
  URL.revokeObjectURL = revokeObjectURL;
});

/** Asks for every slide's picture, as the grid does when it opens. */
const showAll = (pictureOf: (index: number) => Promise<string>, deck: Deck) => Promise.all(deck.slides.map((_, i) => pictureOf(i)));

describe("useSlideThumbnails: slide pictures' object URLs", () => {
  it("draws each slide's picture once, revokes a slide's when it leaves the deck, and all of them when the page goes", async () => {
    const picture = vi.fn() as unknown as MapPicture;
    const first = deckOf("color=status", "color=year", "color=question&q=8");
    const { result, rerender, unmount } = renderHook(({ deck }) => useSlideThumbnails(deck, data, modelWith(picture), "sv"), {
      initialProps: { deck: first },
    });
    const urls = await act(() => showAll(result.current, first));
    expect(created).toBe(3);
    // The grid opened again: nothing drawn again.
    expect(await act(() => showAll(result.current, first))).toEqual(urls);
    expect(created).toBe(3);

    // A slide removed, one added: the removed one's URL goes, the others stay as they were.
    const second = deckOf("color=status", "color=question&q=8", "color=practice&practice=open-indicator-platforms");
    rerender({ deck: second });
    await act(() => showAll(result.current, second));
    await waitFor(() => expect(revoked).toBe(1));
    expect(created).toBe(4);
    expect(live.has(urls[1]!)).toBe(false);
    expect(live.has(urls[0]!) && live.has(urls[2]!)).toBe(true);

    // A new deck altogether: every picture of the old one that it does not show goes.
    const third = deckOf("color=year");
    rerender({ deck: third });
    await act(() => showAll(result.current, third));
    await waitFor(() => expect(revoked).toBe(4));
    expect(live.size).toBe(1);

    unmount();
    await waitFor(() => expect(revoked).toBe(created));
    expect(live.size).toBe(0);
  });

  it("revokes every picture of a picture maker that is replaced (a new dataset or geometry)", async () => {
    const deck = deckOf("color=status", "color=year");
    const { result, rerender } = renderHook(({ picture }) => useSlideThumbnails(deck, data, modelWith(picture), "sv"), {
      initialProps: { picture: vi.fn() as unknown as MapPicture },
    });
    await act(() => showAll(result.current, deck));
    rerender({ picture: vi.fn() as unknown as MapPicture });
    await act(() => showAll(result.current, deck));
    await waitFor(() => expect(revoked).toBe(2));
    expect(created).toBe(4);
    expect(live.size).toBe(2);
  });
});
