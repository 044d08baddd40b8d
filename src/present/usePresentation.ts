import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import type { Dataset } from "../data/schema";
import type { ValidationIssue } from "../data/issues";
import { fileProblemText } from "../i18n/fileProblems";
import { DEFAULT_VIEW, useViewStore, viewStateOf, type ViewState } from "../state/store";
import { knownValuesOf, parseView, serializeView, type IgnoredParam, type KnownValues } from "../state/url";
import { earlierEditionIds } from "../data/editions";
import { slideMisfit, slideView } from "./deckSchema";
import { useDeckStore } from "./deckStore";
import { DECK_STORAGE_KEY, browserStorage, readKeptDeck, readKeptText } from "./deckStorage";
import { enterFullscreen, exitFullscreen } from "./fullscreen";
import { keyToAction, type Blank } from "./keys";
import { loadDefaultDeck } from "./loadDefaultDeck";
import { usePresenterLink } from "./usePresenterLink";
import { panelPaging, subscribePanelPaging } from "./usePanelPages";

/** The prerender's (scripts/prerender.mjs): no slide, no paged panel. */
const noPaging = () => undefined;

// The deck editor (a <dialog>) has its own keys: P there must not start the presentation.
const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && target.closest("input, select, textarea, [contenteditable='true'], dialog") !== null;

/**
 * Presentation mode: the deck, the slide shown (from the store, so it is in
 * the URL), keys, full screen and the page's presentation layout. Applying a
 * slide sets the store's view; the one map follows, never re-created.
 */
export function usePresentation(data: Dataset) {
  const present = useViewStore((s) => s.present);
  const slideInUrl = useViewStore((s) => s.slide);
  const deck = useDeckStore((s) => s.deck);
  const [issues, setIssues] = useState<ValidationIssue[]>([]);
  const [grid, setGrid] = useState(false);
  const [digits, setDigits] = useState("");
  // The screen blacked or whited out (B / . and W / ,), until any key or a click: not a view, so not in the link.
  const [blank, setBlank] = useState<Blank | undefined>(undefined);
  if (blank && !present) setBlank(undefined);
  const known = useMemo(() => knownValuesOf(data, earlierEditionIds(data.edition)), [data]);
  const count = deck?.slides.length ?? 0;
  const slide = Math.min(Math.max(slideInUrl ?? 1, 1), Math.max(count, 1));
  // A link's slide past the deck's end shows the last slide, and is said like any other value the link could not use
  // (only the deck knows its length, so the link parser cannot), on the slide (SlideHeader), where the page's notices
  // are hidden. Kept until dismissed: the link is rewritten at once.
  const [ignored, setIgnored] = useState<IgnoredParam[]>([]);
  const [pastEnd, setPastEnd] = useState<number | undefined>(undefined);
  if (present && count > 0 && slideInUrl !== undefined && slideInUrl > count && slideInUrl !== pastEnd) {
    setPastEnd(slideInUrl);
    setIgnored([{ key: "slide", value: String(slideInUrl) }]);
  }
  /** The slide shown, derived from the deck and its number (not stored). */
  const current = deck?.slides[slide - 1];
  /** Re-checked whenever the deck or the data changes: what the current slide names that the data lacks. */
  const misfit = useMemo(() => (current ? slideMisfit(current, known) : []), [current, known]);

  useEffect(() => {
    if (useDeckStore.getState().deck) return;
    // The deck kept in this browser comes back as it was left; a copy that no longer reads is said, and the default used.
    const kept = readKeptDeck(browserStorage(), known);
    if (kept.kind === "kept") return useDeckStore.getState().startWith(kept.kept, null, kept.revision);
    let cancelled = false;
    void loadDefaultDeck(known).then((result) => {
      if (cancelled || useDeckStore.getState().deck) return;
      if (result.ok)
        useDeckStore
          .getState()
          .startWith({ deck: result.deck, origin: "default", unsaved: false }, kept.kind === "problem" ? kept.problem : null);
      // The shipped deck fails only in a broken build; its problem is said in the language of the moment.
      else
        setIssues(
          "issues" in result ? result.issues : [{ path: "(file)", message: fileProblemText(result.problem, useViewStore.getState().lang) }],
        );
    });
    return () => {
      cancelled = true;
    };
  }, [known]);

  // Another tab of the page kept a deck: taken over, or (beside this tab's own edits) kept aside for the user's choice.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key !== DECK_STORAGE_KEY || event.newValue === null) return;
      const read = readKeptText(event.newValue, known);
      if (read.kind === "kept") useDeckStore.getState().receive(read.kept, read.revision);
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, [known]);

  // Applying a slide: its view, in the presenter's language, at its number.
  useEffect(() => {
    if (!present || !current) return;
    const store = useViewStore.getState();
    store.setView(slideView(current, known, { lang: store.lang }, slide - 1));
  }, [present, slide, current, known]);

  useEffect(() => {
    document.documentElement.classList.toggle("presenting", present);
    return () => document.documentElement.classList.remove("presenting");
  }, [present]);

  // The view the user had before presenting, given back on leaving (a link straight into a deck had none: the default).
  const before = useRef<ViewState>(DEFAULT_VIEW);
  /** Whether this presentation holds the full screen; cleared on leaving, so that the full screen's end (an event that
   * comes a frame later) cannot end a presentation started again in the meantime (Escape, then P at once). */
  const wasFullscreen = useRef(false);
  const exit = () => {
    setGrid(false);
    setDigits("");
    wasFullscreen.current = false;
    exitFullscreen();
    leavePresentation(before.current, known);
  };
  const enter = (from = 1) => {
    before.current = viewStateOf(useViewStore.getState());
    enterFullscreen();
    useViewStore.getState().goToSlide(from);
  };
  const go = (n: number) => {
    setDigits("");
    useViewStore.getState().goToSlide(n);
  };

  // The presenter view's next or previous, taken as this window's PageDown or PageUp (a paged panel's page first).
  const step = (by: 1 | -1) => {
    const paging = panelPaging();
    const action = keyToAction(by > 0 ? "PageDown" : "PageUp", { slide, count, digits: "", grid: false, panel: paging });
    if (action.type === "page") paging?.show(action.page);
    else if (action.type === "go") go(action.slide);
  };
  // The page of the slide's panel the audience sees, told to the presenter view.
  const paging = useSyncExternalStore(subscribePanelPaging, panelPaging, noPaging);
  const panel = present && paging ? { page: paging.page + 1, pages: paging.pages } : undefined;
  const { openPresenter, presenterJustOpened, presenterMessage } = usePresenterLink({
    present,
    deck,
    slide,
    go,
    step,
    blank,
    setBlank,
    panel,
  });

  const state = { slide, count, digits, grid, blank };
  const latest = useRef({ state, exit, enter, go, openPresenter, presenterJustOpened });
  useEffect(() => {
    latest.current = { state, exit, enter, go, openPresenter, presenterJustOpened };
  });

  // Leaving full screen by the browser's own Escape leaves the presentation too.
  useEffect(() => {
    const onChange = () => {
      const now = document.fullscreenElement !== null;
      // Not when the browser dropped it for the presenter view's window: the presentation goes on, in the window.
      if (wasFullscreen.current && !now && useViewStore.getState().present && !latest.current.presenterJustOpened()) latest.current.exit();
      wasFullscreen.current = now;
    };
    document.addEventListener("fullscreenchange", onChange);
    return () => document.removeEventListener("fullscreenchange", onChange);
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      const { state: now, exit: leave, enter: start, go: goTo, openPresenter: openView } = latest.current;
      if (!useViewStore.getState().present) {
        if (event.key === "p" || event.key === "P") {
          event.preventDefault();
          start(1);
        }
        return;
      }
      const paging = panelPaging();
      const action = keyToAction(event.key, paging && !now.grid ? { ...now, panel: paging } : now);
      if (action.type === "none") return;
      // Handled here only: the dashboard's own Escape (clear the selection) must not also run.
      event.preventDefault();
      event.stopImmediatePropagation();
      if (action.type === "go") goTo(action.slide);
      else if (action.type === "page") paging?.show(action.page);
      else if (action.type === "digits") setDigits(action.digits);
      else if (action.type === "toggleGrid") setGrid((g) => !g);
      else if (action.type === "presenter") openView();
      else if (action.type === "blank") setBlank(action.blank);
      else if (action.type === "unblank") setBlank(undefined);
      else leave();
    };
    window.addEventListener("keydown", onKey, true);
    return () => window.removeEventListener("keydown", onKey, true);
  }, []);

  const dismissIgnored = () => setIgnored([]);
  return {
    present,
    deck,
    current,
    misfit,
    issues,
    slide,
    count,
    grid,
    digits,
    setGrid,
    blank,
    unblank: () => setBlank(undefined),
    enter,
    exit,
    go,
    openPresenter,
    presenterMessage,
    ignored,
    dismissIgnored,
  };
}

export type Presentation = ReturnType<typeof usePresentation>;

/**
 * Out of the presentation, back to a view, in the language the presenter chose meanwhile. Read as its link reads,
 * against the data now loaded: a dataset opened during the presentation may no longer have what the view named.
 */
export function leavePresentation(view: ViewState, known: KnownValues) {
  const store = useViewStore.getState();
  store.setView(parseView(serializeView({ ...view, lang: store.lang, present: false, slide: undefined }), known).view);
}

/** The map fills a new layout when presenting starts or ends, or the window (full screen) resizes: fit it again. */
export function useRefitOnLayout(handle: { refit(): void } | null, present: boolean) {
  useEffect(() => {
    if (!handle) return;
    let frame = requestAnimationFrame(() => handle.refit());
    const onResize = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => handle.refit());
    };
    if (present) window.addEventListener("resize", onResize);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("resize", onResize);
    };
  }, [handle, present]);
}
