// @vitest-environment jsdom
import { act, cleanup, renderHook } from "@testing-library/react";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { useUrlSync } from "../../src/app/useUrlSync";
import type { Dataset } from "../../src/data/schema";
import { MACRO_GROUPINGS } from "../../src/geo/macroRegions";
import { parseDeckText, slideView, type Deck } from "../../src/present/deckSchema";
import { leavePresentation } from "../../src/present/usePresentation";
import { COLOR_MODES, DEFAULT_VIEW, useViewStore, viewStateOf, type ViewState } from "../../src/state/store";
import { knownValuesOf, parseView, serializeView } from "../../src/state/url";
import { realDataset } from "./fixtures";
import { editionText } from "../editionFiles";

/**
 * The URL is the view (issue 11, fault 1): after any sequence of the user's actions — including presenting, a new
 * dataset, a hash link and Back/Forward — the store holds exactly what its link says, and the address bar shows it.
 * The real store and the real URL sync run over jsdom's history; the actions are those the interface can issue.
 */
const real = realDataset();
/** A few regions, Skåne among them (renamed in the later edition), so that sequences meet them often. */
const codes = ["SE-M", "SE-AB", "SE-N", "SE-K"];
const practiceIds = real.practices.map((p) => p.id);
const listIds = real.practices.filter((p) => p.evidence === "listed").map((p) => p.id);
/** A later edition in which Skåne and a list are renamed: links naming them no longer fit. */
const renamed: Dataset = {
  ...real,
  regions: real.regions.map((r) => (r.code === "SE-M" ? { ...r, code: "SE-MX" } : r)),
  practices: real.practices.map((p) => (p.id === listIds[0] ? { ...p, id: `${p.id}-x` } : p)),
};
const deck: Deck = (() => {
  const result = parseDeckText(editionText("deck.json"), knownValuesOf(real));
  if (!result.ok) throw new Error("the default deck is invalid");
  return result.deck;
})();

type World = { data: Dataset; rerender: (data: Dataset) => void; before: ViewState };
type Command = fc.AsyncCommand<object, World>;

const store = () => useViewStore.getState();
const known = (w: World) => knownValuesOf(w.data);
const isList = (id: string | undefined) => id !== undefined && listIds.includes(id);

/** What the pickers offer: a practice's second list only when the first is a list; a keepSecond only between lists. */
function action(name: string, run: (w: World) => void, offered: (s: ViewState) => boolean = () => true): Command {
  return {
    check: () => offered(store()),
    run: async (_model, w) => {
      act(() => run(w));
      assertUrlIsView(w);
    },
    toString: () => name,
  };
}

/** Back or forward: the browser moves, then fires popstate (asynchronously in jsdom), which the URL sync reads. */
function traverse(delta: -1 | 1): Command {
  return {
    check: () => true,
    run: async (_model, w) => {
      const popped = new Promise<void>((done) => {
        window.addEventListener("popstate", () => done(), { once: true });
        setTimeout(done, 50); // at the first or last entry nothing happens
      });
      await act(async () => {
        window.history.go(delta);
        await popped;
      });
      assertUrlIsView(w);
    },
    toString: () => (delta < 0 ? "Back" : "Forward"),
  };
}

function assertUrlIsView(w: World) {
  const state = viewStateOf(store());
  const query = serializeView(state);
  expect(window.location.search).toBe(query);
  expect(parseView(query, known(w)).view).toEqual(state);
  // A first pick waits only while there is no comparison: the link never holds a comparison of one.
  if (store().comparePick !== undefined) expect(state.compare).toEqual([]);
}

const commands = (): fc.Arbitrary<Command>[] => [
  fc.constantFrom("sv", "en").map((lang) => action(`setLang(${lang})`, () => store().setLang(lang as ViewState["lang"]))),
  fc
    .option(fc.constantFrom(...codes), { nil: undefined })
    .map((code) =>
      action(`selectRegion(${code})`, (w) => (known(w).regionCodes.has(code ?? "") || !code ? store().selectRegion(code) : undefined)),
    ),
  fc
    .constantFrom(...COLOR_MODES.filter((m) => m !== "practice" && m !== "question"))
    .map((mode) => action(`setColorMode(${mode})`, () => store().setColorMode(mode as "status"))),
  fc.constantFrom(...practiceIds).map((id) =>
    action(`showPractice(${id})`, (w) => {
      if (known(w).practiceIds.has(id)) store().showPractice(id, isList(id));
    }),
  ),
  fc.integer({ min: 1, max: 9 }).map((q) => action(`showQuestion(${q})`, () => store().showQuestion(q))),
  fc.option(fc.constantFrom(...listIds), { nil: undefined }).map((id) =>
    action(
      `setPractice2(${id})`,
      (w) => (id === undefined || known(w).listIds.has(id) ? store().setPractice2(id) : undefined),
      (s) => s.color === "practice" && isList(s.practice),
    ),
  ),
  fc.option(fc.constantFrom(...MACRO_GROUPINGS), { nil: undefined }).map((m) => action(`setMacro(${m})`, () => store().setMacro(m))),
  fc
    .uniqueArray(fc.constantFrom(...codes), { maxLength: 8 })
    .map((list) => action(`setCompare(${list})`, (w) => store().setCompare(list.filter((c) => known(w).regionCodes.has(c))))),
  // "Lägg till i jämförelse": a first pick waits outside the link; the next region chosen completes it.
  fc
    .constantFrom(...codes)
    .map((code) => action(`addToCompare(${code})`, (w) => (known(w).regionCodes.has(code) ? store().addToCompare(code) : undefined))),
  fc.constant(action("cancelComparePick", () => store().cancelComparePick())),
  // Presenting: the slide number, then the slide's view, as usePresentation applies it.
  fc.integer({ min: 1, max: deck.slides.length }).map((n) =>
    action(`goToSlide(${n})`, (w) => {
      if (!store().present) w.before = viewStateOf(store());
      store().goToSlide(n);
      store().setView(slideView(deck.slides[n - 1]!, known(w), { lang: store().lang }, n - 1));
    }),
  ),
  fc.constant(
    action(
      "leave the presentation",
      (w) => {
        const expected = { ...w.before, lang: store().lang };
        leavePresentation(w.before, known(w));
        // Back to the view the user had (what of it still fits the data), whatever the slides showed.
        expect(viewStateOf(store())).toEqual(parseView(serializeView(expected), known(w)).view);
      },
      (s) => s.present,
    ),
  ),
  fc.constantFrom("1", "2.2.7", "3.1").map((section) => action(`openReport(${section})`, () => store().openReport(section))),
  fc
    .constantFrom("", " ", "LEADER", "kompetens", "x".repeat(140))
    .map((text) => action(`setSearch(${text})`, () => store().setSearch(text))),
  fc.constant(action("closeReport", () => store().closeReport())),
  fc.boolean().map((table) => action(`showTable(${table})`, () => store().showTable(table))),
  fc.constant(action("location.hash = …", () => (window.location.hash = `h${Math.random().toString(36).slice(2, 6)}`))),
  fc.constantFrom(real, renamed).map((data) => action(`dataset(${data === real ? "real" : "renamed"})`, (w) => w.rerender(data))),
  fc.constantFrom(-1 as const, 1 as const).map(traverse),
];

afterEach(cleanup);

describe("the URL is the view", () => {
  it("after any sequence of actions, Back/Forward, presenting and a new dataset, the store equals parse(serialize(store))", async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands(), { maxCommands: 30, size: "max" }), async (cmds) => {
        cleanup();
        window.history.replaceState(null, "", "/");
        act(() => store().setView(DEFAULT_VIEW));
        const hook = renderHook(({ data }) => useUrlSync(data), { initialProps: { data: real } });
        const world: World = {
          data: real,
          before: DEFAULT_VIEW,
          rerender: (data) => {
            world.data = data;
            hook.rerender({ data });
          },
        };
        await fc.asyncModelRun(() => ({ model: {}, real: world }), cmds);
      }),
      { numRuns: 150, seed: 20261128 },
    );
  });

  it("a renamed region in a new dataset leaves the view and the link", () => {
    window.history.replaceState(null, "", "/?region=SE-M&macro=nuts2");
    const hook = renderHook(({ data }) => useUrlSync(data), { initialProps: { data: real } });
    expect(store().region).toBe("SE-M");
    hook.rerender({ data: renamed });
    expect(store().region).toBeUndefined();
    expect(window.location.search).toBe("?macro=nuts2");
    act(() => store().setColorMode("year"));
    expect(window.location.search).toBe("?color=year&macro=nuts2");
  });

  it("a hash written like a query is read as the link and rewritten as a query (issue 24, point 4)", () => {
    window.history.replaceState(null, "", "/#region=SE-M&lang=en");
    renderHook(() => useUrlSync(real));
    expect(store().region).toBe("SE-M");
    expect(store().lang).toBe("en");
    expect(window.location.search).toBe("?lang=en&region=SE-M");
    expect(window.location.hash).toBe("");
    // An anchor stays an anchor.
    act(() => store().showTable(true));
    window.history.replaceState(null, "", "/?view=table#side-panel");
    act(() => store().selectRegion("SE-AB"));
    expect(window.location.hash).toBe("#side-panel");
    expect(window.location.search).toBe("?lang=en&region=SE-AB&view=table");
  });
});
