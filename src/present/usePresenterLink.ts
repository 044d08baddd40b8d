import { useEffect, useRef, useState } from "react";
import { useViewStore } from "../state/store";
import type { Deck } from "./deckSchema";
import type { Blank } from "./keys";
import { openPresenterChannel, PRESENTER_QUERY } from "./presenterChannel";
import { PRESENTER_PROTOCOL, clampSlide, readToPresentation, withVersion, type PresenterState } from "./presenterMessages";

/** How long after opening the presenter view a loss of full screen is taken for the browser's doing. */
const POPUP_FULLSCREEN_MS = 2000;

type LinkState = {
  present: boolean;
  deck: Deck | null;
  slide: number;
  go: (n: number) => void;
  /** The next or previous step, as the presentation's own key takes it (a paged panel's page first). */
  step: (by: 1 | -1) => void;
  /** The audience's screen blanked (B / . and W / ,), and how the presenter view's keys blank it or bring it back. */
  blank: Blank | undefined;
  setBlank: (blank: Blank | undefined) => void;
  /** The page of the slide's panel the audience sees, where it is in pages (usePanelPages). */
  panel?: PanelPage;
};

/** A paged panel's page as the presenter view is told it: 1-based, of `pages` (the state message's own shape). */
export type PanelPage = NonNullable<PresenterState["panel"]>;

/**
 * What the presentation says about its presenter view, only when it failed: blocked by the browser, open without a
 * channel, or a window of another protocol version on the channel ("other-older": the presenter view is older;
 * "self-older": this window is).
 */
export type PresenterMessage = "" | "blocked" | "no-channel" | "other-older" | "self-older";

/**
 * The presentation window's side of the presenter view (presenterChannel.ts): opens it (key S or the button), tells
 * it the deck, slide and language whenever they change or it asks, and moves to the slide it asks for. Leaving the
 * presentation tells it so and closes it.
 */
export function usePresenterLink({ present, deck, slide, go, step, blank, setBlank, panel }: LinkState) {
  const lang = useViewStore((s) => s.lang);
  const [message, setMessage] = useState<PresenterMessage>("");
  const channel = useRef<BroadcastChannel | null>(null);
  const presenterWindow = useRef<Window | null>(null);
  const openedAt = useRef(-Infinity);
  const latest = useRef({ present, deck, slide, lang, go, step, blank, setBlank, panel });
  useEffect(() => {
    latest.current = { present, deck, slide, lang, go, step, blank, setBlank, panel };
  });

  // Whether this window presented since it last told a presenter view so: only then is "it ended" news.
  const presented = useRef(false);
  const tell = () => {
    const { deck: shown, slide: n, lang: l, present: on, blank: b, panel: p } = latest.current;
    // A tab that is not presenting says nothing: a presenter view belongs to the window that presents.
    if (!shown || (!on && !presented.current)) return;
    presented.current = on;
    const message = {
      type: "state",
      deck: shown,
      slide: clampSlide(n, shown.slides.length),
      lang: l,
      present: on,
      blank: b ?? null,
      panel: p ?? null,
    } as const;
    channel.current?.postMessage(withVersion(message) satisfies PresenterState);
  };

  useEffect(() => {
    const opened = openPresenterChannel();
    channel.current = opened;
    if (!opened) return;
    // Anything on the channel is data from outside (another tab, an older deployment): read through the schema.
    opened.onmessage = (event: MessageEvent<unknown>) => {
      const received = readToPresentation(event.data);
      if (received.kind === "version") {
        if (latest.current.present) setMessage(received.version < PRESENTER_PROTOCOL ? "other-older" : "self-older");
        return;
      }
      if (received.kind === "ignored") {
        if (received.reason === "invalid") countIgnored();
        return;
      }
      const request = received.message;
      if (request.type === "hello") {
        if (latest.current.present) setMessage((m) => (m === "other-older" || m === "self-older" ? "" : m));
        tell();
      }
      // The screen blanked or brought back from the presenter view, while presenting only.
      else if (request.type === "blank") {
        if (latest.current.present) latest.current.setBlank(request.blank ?? undefined);
      }
      // A step from the presenter view's next or previous, while presenting only.
      else if (request.type === "step") {
        if (latest.current.present) latest.current.step(request.by);
      }
      // A slide asked for while presenting, clamped into the deck as a key press's would be: the link stays valid.
      else if (latest.current.present && latest.current.deck)
        latest.current.go(clampSlide(request.slide, latest.current.deck.slides.length));
    };
    return () => {
      opened.close();
      channel.current = null;
    };
  }, []);

  // Every change of slide, deck, language or presenting is told; the end of the presentation closes the view it opened.
  useEffect(() => {
    tell();
    if (!present) {
      presenterWindow.current?.close();
      presenterWindow.current = null;
    }
  }, [deck, slide, lang, present, blank, panel?.page, panel?.pages]);

  const open = () => {
    const url = `${window.location.pathname}?${PRESENTER_QUERY}${lang === "en" ? "&lang=en" : ""}`;
    const opened = window.open(url, "rus-kartan-presenter", "popup,width=1100,height=720");
    if (!opened) return setMessage("blocked");
    presenterWindow.current = opened;
    openedAt.current = performance.now();
    // Nothing is said when it worked: the slide header is on the projector.
    setMessage(channel.current ? "" : "no-channel");
  };

  /**
   * Chromium drops a page's full screen when it opens a pop-up (a guard against spoofing): that exit, just after the
   * presenter view opened, is the browser's, not the presenter's wish to leave the presentation.
   */
  const presenterJustOpened = () => performance.now() - openedAt.current < POPUP_FULLSCREEN_MS;

  // The message belongs to this presentation: none once it has ended.
  return { openPresenter: open, presenterJustOpened, presenterMessage: present ? message : ("" as PresenterMessage) };
}

/**
 * Messages on the channel this window did not apply (wrong shape or values), counted on the page's root element
 * (`data-presenter-ignored`) for whoever debugs two windows; the presentation goes on.
 */
function countIgnored() {
  const root = document.documentElement;
  root.dataset.presenterIgnored = String(Number(root.dataset.presenterIgnored ?? 0) + 1);
}
