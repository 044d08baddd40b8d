// @vitest-environment jsdom
import { act, cleanup, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import PresenterView from "../../src/present/PresenterView";
import { PRESENTER_CHANNEL } from "../../src/present/presenterChannel";
import { withVersion } from "../../src/present/presenterMessages";
import { printPages } from "../../src/present/printPages";
import { shownNotes } from "../../src/present/slideNotes";
import type { Deck } from "../../src/present/deckSchema";
import { knownValuesOf } from "../../src/state/url";
import { realDataset } from "./fixtures";
import { FakeChannel } from "./fakeChannel";

const data = realDataset();
const SWEDISH = "Peka på Norrbotten.";
const deck: Deck = {
  version: 1,
  title: { sv: "D", en: "D" },
  slides: [
    { view: "color=status", title: { sv: "Status", en: "Status" }, caption: { sv: "C", en: "C" }, notes: { sv: SWEDISH, en: " " } },
    { view: "color=year", title: { sv: "År", en: "Year" }, caption: { sv: "C", en: "C" }, notes: { sv: "Svenska", en: "English" } },
    { view: "color=horizon", title: { sv: "Horisont", en: "Horizon" }, caption: { sv: "C", en: "C" } },
  ],
};

describe("a slide's notes in a language", () => {
  it("its own language's; else the other's, said to be; else none", () => {
    expect(shownNotes({ sv: "Svenska", en: "English" }, "en")).toEqual({ text: "English", lang: "en", otherLanguage: false });
    expect(shownNotes({ sv: ` ${SWEDISH}\n`, en: "  " }, "en")).toEqual({ text: SWEDISH, lang: "sv", otherLanguage: true });
    expect(shownNotes({ sv: "", en: "English only" }, "sv")).toEqual({ text: "English only", lang: "en", otherLanguage: true });
    expect(shownNotes({ sv: " ", en: "" }, "sv")).toBeUndefined();
    expect(shownNotes(undefined, "en")).toBeUndefined();
  });

  it("print and PowerPoint notes lead other-language notes with a line that says so", () => {
    const pages = printPages(deck, knownValuesOf(data), "en", data);
    expect(pages.map((p) => p.notes)).toEqual([`No English notes — the Swedish notes are shown.\n\n${SWEDISH}`, "English", ""]);
    expect(printPages(deck, knownValuesOf(data), "sv", data)[0]!.notes).toBe(SWEDISH);
  });
});

describe("the presenter view's notes", () => {
  beforeEach(() => {
    FakeChannel.open = [];
    vi.stubGlobal("BroadcastChannel", FakeChannel);
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  const show = (slide: number) =>
    act(() => new FakeChannel(PRESENTER_CHANNEL).postMessage(withVersion({ type: "state", deck, slide, lang: "en", present: true })));

  it("an English slide with Swedish notes only shows them, marked Swedish, and says so", () => {
    render(<PresenterView />);
    show(1);
    expect(screen.getByTestId("presenter-notes-other").textContent).toBe("No English notes — the Swedish notes are shown.");
    const notes = screen.getByTestId("presenter-notes");
    expect(notes.textContent).toBe(SWEDISH);
    expect(notes.getAttribute("lang")).toBe("sv");
    show(2);
    expect(screen.queryByTestId("presenter-notes-other")).toBeNull();
    expect(screen.getByTestId("presenter-notes").textContent).toBe("English");
    expect(screen.getByTestId("presenter-notes").getAttribute("lang")).toBe("en");
    show(3);
    expect(screen.getByTestId("presenter-notes").textContent).toBe("No notes for this slide.");
  });
});
