// @vitest-environment jsdom
import { act, cleanup, render, renderHook, screen } from "@testing-library/react";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useUrlSync } from "../../src/app/useUrlSync";
import PresenterView from "../../src/present/PresenterView";
import { PresenterBoundary } from "../../src/present/PresenterBoundary";
import { PRESENTER_CHANNEL } from "../../src/present/presenterChannel";
import { PRESENTER_PROTOCOL, withVersion } from "../../src/present/presenterMessages";
import { usePresenterLink } from "../../src/present/usePresenterLink";
import type { Deck } from "../../src/present/deckSchema";
import { useViewStore } from "../../src/state/store";
import { knownValuesOf, parseView } from "../../src/state/url";
import { realDataset } from "./fixtures";
import { FakeChannel } from "./fakeChannel";
import { editionText } from "../editionFiles";

/**
 * Issue 24, point 1: any page of the origin can post on the presenter channel. Random messages never throw, never
 * blank the presenter view, and never put an invalid link in the presentation window's address bar.
 */
const data = realDataset();
const deck = JSON.parse(editionText("deck.json")) as Deck;

/** A page that is neither window: it posts whatever it likes. */
const outsider = () => new FakeChannel(PRESENTER_CHANNEL);

beforeEach(() => {
  FakeChannel.open = [];
  vi.stubGlobal("BroadcastChannel", FakeChannel);
  window.history.replaceState(null, "", "/");
  useViewStore.getState().setView({ lang: "sv", color: "status", compare: [], present: false });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const message = fc.record(
  {
    v: fc.oneof(fc.constant(PRESENTER_PROTOCOL), fc.constant(1), fc.anything()),
    type: fc.constantFrom("state", "pictures", "hello", "go", "step", "blank"),
    slide: fc.oneof(fc.integer({ min: -5, max: 300 }), fc.double(), fc.anything()),
    by: fc.oneof(fc.constantFrom(1, -1), fc.integer(), fc.anything()),
    deck: fc.oneof(fc.constant(deck), fc.constant(null), fc.record({ slides: fc.anything() }), fc.anything()),
    lang: fc.oneof(fc.constantFrom("sv", "en"), fc.string()),
    present: fc.oneof(fc.boolean(), fc.anything()),
    current: fc.oneof(fc.webUrl(), fc.constant("javascript:alert(1)"), fc.anything()),
  },
  { requiredKeys: [] },
);
const anyMessage = fc.oneof(message, fc.anything());

describe("the presentation window", () => {
  it("keeps a valid link whatever is posted, and moves only to slides of its deck", () => {
    const known = knownValuesOf(data);
    window.history.replaceState(null, "", "/?present=1&slide=3");
    renderHook(() => {
      useUrlSync(data);
      const present = useViewStore((s) => s.present);
      const slide = useViewStore((s) => s.slide) ?? 1;
      usePresenterLink({
        present,
        deck,
        slide,
        go: (n) => useViewStore.getState().goToSlide(n),
        step: (by) => useViewStore.getState().goToSlide(Math.min(Math.max(slide + by, 1), deck.slides.length)),
        blank: undefined,
        setBlank: () => {},
      });
    });
    const spoofer = outsider();
    fc.assert(
      fc.property(fc.array(anyMessage, { maxLength: 20 }), (messages) => {
        for (const m of messages) act(() => spoofer.postMessage(m));
        const parsed = parseView(window.location.search, known);
        expect(parsed.ignored).toEqual([]);
        expect(parsed.view.present).toBe(true);
        const slide = useViewStore.getState().slide ?? 1;
        expect(slide >= 1 && slide <= deck.slides.length).toBe(true);
      }),
      { numRuns: 300 },
    );
    // The go to slide 0 is not a slide: ignored, the link stays as it was.
    act(() => spoofer.postMessage(withVersion({ type: "go", slide: 5 })));
    act(() => spoofer.postMessage(withVersion({ type: "go", slide: 0 })));
    act(() => spoofer.postMessage({ type: "go", slide: 0 }));
    expect(window.location.search).toBe("?present=1&slide=5");
    act(() => spoofer.postMessage(withVersion({ type: "go", slide: 150 })));
    expect(window.location.search).toBe(`?present=1&slide=${deck.slides.length}`);
  });

  it("takes the presenter view's next and previous as steps of its own, only while presenting", () => {
    const steps: number[] = [];
    const { rerender } = renderHook(
      ({ present }: { present: boolean }) =>
        usePresenterLink({ present, deck, slide: 2, go: () => {}, step: (by) => steps.push(by), blank: undefined, setBlank: () => {} }),
      { initialProps: { present: true } },
    );
    act(() => outsider().postMessage(withVersion({ type: "step", by: 1 })));
    act(() => outsider().postMessage(withVersion({ type: "step", by: -1 })));
    act(() => outsider().postMessage(withVersion({ type: "step", by: 2 })));
    expect(steps).toEqual([1, -1]);
    rerender({ present: false });
    act(() => outsider().postMessage(withVersion({ type: "step", by: 1 })));
    expect(steps).toEqual([1, -1]);
  });

  it("says a presenter view of an older version is to be reloaded", () => {
    useViewStore.getState().goToSlide(1);
    const { result } = renderHook(() =>
      usePresenterLink({ present: true, deck, slide: 1, go: () => {}, step: () => {}, blank: undefined, setBlank: () => {} }),
    );
    act(() => outsider().postMessage({ type: "hello" }));
    expect(result.current.presenterMessage).toBe("other-older");
    act(() => outsider().postMessage({ v: PRESENTER_PROTOCOL + 1, type: "hello" }));
    expect(result.current.presenterMessage).toBe("self-older");
  });

  it("blanks the audience's screen when the presenter view asks, only while presenting, and tells the view so", () => {
    const asked: (string | undefined)[] = [];
    const heard: unknown[] = [];
    const listener = outsider();
    listener.onmessage = (event) => heard.push(event.data);
    const { rerender } = renderHook(
      ({ present, blank }: { present: boolean; blank?: "black" | "white" }) =>
        usePresenterLink({ present, deck, slide: 1, go: () => {}, step: () => {}, blank, setBlank: (b) => asked.push(b) }),
      { initialProps: { present: true } as { present: boolean; blank?: "black" | "white" } },
    );
    act(() => outsider().postMessage(withVersion({ type: "blank", blank: "black" })));
    act(() => outsider().postMessage(withVersion({ type: "blank", blank: null })));
    act(() => outsider().postMessage(withVersion({ type: "blank", blank: "grey" })));
    expect(asked).toEqual(["black", undefined]);
    rerender({ present: true, blank: "white" });
    expect(heard.filter((m) => (m as { type?: string }).type === "state").at(-1)).toMatchObject({ blank: "white" });
    rerender({ present: false });
    act(() => outsider().postMessage(withVersion({ type: "blank", blank: "black" })));
    expect(asked).toEqual(["black", undefined]);
  });

  it("tells the presenter view which page of a paged panel the audience sees, at each page", () => {
    const heard: unknown[] = [];
    const listener = outsider();
    listener.onmessage = (event) => heard.push(event.data);
    const { rerender } = renderHook(
      ({ panel }: { panel?: { page: number; pages: number } }) =>
        usePresenterLink({ present: true, deck, slide: 3, go: () => {}, step: () => {}, blank: undefined, setBlank: () => {}, panel }),
      { initialProps: { panel: { page: 1, pages: 2 } } as { panel?: { page: number; pages: number } } },
    );
    const lastState = () => heard.filter((m) => (m as { type?: string }).type === "state").at(-1);
    expect(lastState()).toMatchObject({ slide: 3, panel: { page: 1, pages: 2 } });
    rerender({ panel: { page: 2, pages: 2 } });
    expect(lastState()).toMatchObject({ panel: { page: 2, pages: 2 } });
    rerender({});
    expect(lastState()).toMatchObject({ panel: null });
  });

  it("a tab that is not presenting tells a presenter view nothing (it would say the presentation ended)", () => {
    const heard: unknown[] = [];
    const listener = outsider();
    listener.onmessage = (event) => heard.push(event.data);
    renderHook(() =>
      usePresenterLink({ present: false, deck, slide: 1, go: () => {}, step: () => {}, blank: undefined, setBlank: () => {} }),
    );
    act(() => outsider().postMessage(withVersion({ type: "hello" })));
    expect(heard.filter((m) => (m as { type?: string }).type === "state")).toEqual([]);
  });
});

describe("the presenter view", () => {
  const state = (over: Record<string, unknown> = {}) => withVersion({ type: "state", deck, slide: 2, lang: "sv", present: true, ...over });

  it("shows what it is told and stays up whatever else is posted", () => {
    render(<PresenterView />);
    const spoofer = outsider();
    act(() => spoofer.postMessage(state()));
    expect(screen.getByTestId("presenter-counter").textContent).toBe(`2 / ${deck.slides.length}`);
    fc.assert(
      fc.property(fc.array(anyMessage, { maxLength: 10 }), (messages) => {
        for (const m of messages) act(() => spoofer.postMessage(m));
        act(() => spoofer.postMessage(state()));
        // Still the view, the slide told, and no picture from anywhere but this page.
        expect(screen.getByTestId("presenter-counter").textContent).toBe(`2 / ${deck.slides.length}`);
        for (const img of document.querySelectorAll("img"))
          expect(img.getAttribute("src")).toMatch(/^(blob:http:\/\/localhost(:\d+)?\/|data:image\/png;base64,)/);
      }),
      { numRuns: 200 },
    );
  });

  it("ignores and counts the issue's messages: no deck, slide 99 of a one-slide deck, a foreign picture", () => {
    render(<PresenterView />);
    const spoofer = outsider();
    act(() => spoofer.postMessage({ type: "state", slide: 1, lang: "sv", present: true, deck: null }));
    act(() => spoofer.postMessage(state({ deck: null })));
    act(() => spoofer.postMessage(state({ deck: { slides: "abc" } })));
    expect(screen.getByTestId("presenter-status").textContent).toMatch(/Väntar/);
    expect(document.querySelector("main")?.getAttribute("data-ignored-messages")).toBe("3");
    act(() => spoofer.postMessage(state({ deck: { ...deck, slides: deck.slides.slice(0, 1) }, slide: 1 })));
    act(() =>
      spoofer.postMessage(
        withVersion({ type: "state", deck: { ...deck, slides: deck.slides.slice(0, 1) }, slide: 99, lang: "sv", present: true }),
      ),
    );
    expect(screen.getByTestId("presenter-counter").textContent).toBe("1 / 1");
    act(() => spoofer.postMessage(withVersion({ type: "pictures", slide: 1, current: "https://example.com/x.png" })));
    expect(document.querySelector("img")).toBeNull();
  });

  it("says which page of the slide's panel the audience sees, and what the next click does", () => {
    render(<PresenterView />);
    const view = outsider();
    act(() => view.postMessage(state({ panel: { page: 1, pages: 2 } })));
    expect(screen.getByTestId("presenter-panel-page").textContent).toBe(
      "Panelen på publikens skärm: sida 1 av 2. Nästa klick visar sida 2.",
    );
    act(() => view.postMessage(state({ panel: { page: 2, pages: 2 } })));
    expect(screen.getByTestId("presenter-panel-page").textContent).toBe(
      "Panelen på publikens skärm: sida 2 av 2. Nästa klick går till nästa bild.",
    );
    act(() => view.postMessage(state({ panel: null })));
    expect(screen.queryByTestId("presenter-panel-page")).toBeNull();
  });

  it("says the presentation window is older, in Swedish and English", () => {
    render(<PresenterView />);
    const old: Record<string, unknown> = state();
    delete old.v;
    act(() => outsider().postMessage(old));
    expect(screen.getByTestId("presenter-version").textContent).toBe("Presentationsfönstret är från en äldre version — ladda om det.");
    cleanup();
    window.history.replaceState(null, "", "/?presenter=1&lang=en");
    render(<PresenterView />);
    act(() => outsider().postMessage(old));
    expect(screen.getByTestId("presenter-version").textContent).toBe("The presentation window is from an older version — reload it.");
  });
});

describe("the presenter view's boundary", () => {
  it("says what broke and reconnects with a fresh view (Återanslut)", () => {
    let fail = true;
    const Flaky = () => {
      if (fail) throw new Error("drawn from a bad message");
      return <p data-testid="flaky">ok</p>;
    };
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    render(
      <PresenterBoundary lang="sv">
        <Flaky />
      </PresenterBoundary>,
    );
    expect(screen.getByTestId("presenter-failed").textContent).toMatch(/Talarvyn slutade fungera/);
    fail = false;
    act(() => screen.getByRole("button", { name: "Återanslut" }).click());
    expect(screen.getByTestId("flaky").textContent).toBe("ok");
    quiet.mockRestore();
  });
});
