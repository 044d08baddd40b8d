import { useEffect, useRef, useState } from "react";
import { useViewStore } from "../state/store";
import type { Deck } from "./deckSchema";
import { openPresenterChannel, PRESENTER_QUERY, type PresenterRequest, type PresenterState } from "./presenterChannel";

/** How long after opening the presenter view a loss of full screen is taken for the browser's doing. */
const POPUP_FULLSCREEN_MS = 2000;

type LinkState = { present: boolean; deck: Deck | null; slide: number; go: (n: number) => void };

/** What the presentation says about its presenter view, only when it failed: blocked by the browser, or open without a channel. */
export type PresenterMessage = "" | "blocked" | "no-channel";

/**
 * The presentation window's side of the presenter view (presenterChannel.ts): opens it (key S or the button), tells
 * it the deck, slide and language whenever they change or it asks, and moves to the slide it asks for. Leaving the
 * presentation tells it so and closes it.
 */
export function usePresenterLink({ present, deck, slide, go }: LinkState) {
  const lang = useViewStore((s) => s.lang);
  const [message, setMessage] = useState<PresenterMessage>("");
  const channel = useRef<BroadcastChannel | null>(null);
  const presenterWindow = useRef<Window | null>(null);
  const openedAt = useRef(-Infinity);
  const latest = useRef({ present, deck, slide, lang, go });
  useEffect(() => {
    latest.current = { present, deck, slide, lang, go };
  });

  const tell = () => {
    const { deck: shown, slide: n, lang: l, present: on } = latest.current;
    if (shown) channel.current?.postMessage({ type: "state", deck: shown, slide: n, lang: l, present: on } satisfies PresenterState);
  };

  useEffect(() => {
    const opened = openPresenterChannel();
    channel.current = opened;
    if (!opened) return;
    opened.onmessage = (event: MessageEvent<PresenterRequest>) => {
      const request = event.data;
      if (request?.type === "hello") tell();
      // A slide asked for while presenting; the number is checked as a key press's would be.
      else if (request?.type === "go" && latest.current.present && Number.isInteger(request.slide)) latest.current.go(request.slide);
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
  }, [deck, slide, lang, present]);

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
