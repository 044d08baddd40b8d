import { useEffect, useRef, useState } from "react";
import { PRESENT_STRINGS } from "../i18n/present";
import type { Lang } from "../i18n/strings";
import { keyToAction, stepOf } from "./keys";
import { shownNotes } from "./slideNotes";
import { elapsedText, openPresenterChannel } from "./presenterChannel";
import {
  PRESENTER_PROTOCOL,
  clampSlide,
  isOwnPicture,
  readToPresenter,
  withVersion,
  type PresenterPictures,
  type PresenterRequest,
  type PresenterState,
} from "./presenterMessages";
import "./presenter.css";

/** How long the presenter view waits for the presentation window before it says that none answers. */
const ANSWER_MS = 3000;

/**
 * The presenter view, a window of its own (presenterChannel.ts): the slide shown and the next one, the notes in the
 * interface language, the time since it opened, slide n of N. It shows what the presentation window tells it and asks
 * it to move; the clicker's keys work here as they do there.
 */
export default function PresenterView() {
  const [state, setState] = useState<PresenterState | null>(null);
  const [pictures, setPictures] = useState<PresenterPictures | null>(null);
  const [silent, setSilent] = useState(false);
  // A window of another protocol version on the channel: which one is to be reloaded (presenterMessages.ts).
  const [olderWindow, setOlderWindow] = useState<"other" | "self" | null>(null);
  // Messages not applied (wrong shape or values): counted, for whoever debugs the two windows; the view goes on.
  const [ignored, setIgnored] = useState(0);
  const [digits, setDigits] = useState("");
  const [started, setStarted] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  const channel = useRef<BroadcastChannel | null>(null);
  const lang: Lang = state?.lang ?? (new URLSearchParams(window.location.search).get("lang") === "en" ? "en" : "sv");
  const t = PRESENT_STRINGS[lang];

  useEffect(() => {
    // No answer in time (or no channel at all, where the browser has none): said, with what to do.
    const timer = setTimeout(() => setSilent(true), ANSWER_MS);
    const opened = openPresenterChannel();
    channel.current = opened;
    if (opened) {
      // Anything on the channel is data from outside (another tab, an older deployment): read through the schema.
      opened.onmessage = (event: MessageEvent<unknown>) => {
        const received = readToPresenter(event.data);
        if (received.kind === "version") setOlderWindow(received.version < PRESENTER_PROTOCOL ? "other" : "self");
        else if (received.kind === "ignored") {
          if (received.reason === "invalid") setIgnored((n) => n + 1);
        } else if (received.message.type === "state") {
          setState(received.message);
          setOlderWindow(null);
        } else setPictures(ownPictures(received.message));
      };
      opened.postMessage(withVersion({ type: "hello" }) satisfies PresenterRequest);
    }
    return () => {
      clearTimeout(timer);
      opened?.close();
      channel.current = null;
    };
  }, []);

  useEffect(() => {
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t.presenterTitle;
  }, [lang, t]);

  const count = state?.deck.slides.length ?? 0;
  // The number told is clamped into the deck told with it: never "99 / 1".
  const slide = clampSlide(state?.slide ?? 1, count);
  const blank = state?.blank ?? undefined;
  const latest = useRef({ slide, count, digits, blank });
  const ask = (n: number) =>
    channel.current?.postMessage(withVersion({ type: "go", slide: clampSlide(n, latest.current.count) }) satisfies PresenterRequest);

  useEffect(() => {
    latest.current = { slide, count, digits, blank };
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || latest.current.count === 0) return;
      if (event.target instanceof HTMLElement && event.target.closest("button") && (event.key === "Enter" || event.key === " ")) return;
      const action = keyToAction(event.key, { ...latest.current, grid: false });
      const post = (request: PresenterRequest) => channel.current?.postMessage(request);
      const step = stepOf(event.key);
      // Next and previous are the presentation's to take (a paged panel's next page comes before the next slide).
      if (action.type === "go" && step !== undefined && latest.current.digits === "") post(withVersion({ type: "step", by: step }));
      else if (action.type === "go") {
        setDigits("");
        ask(action.slide);
      } else if (action.type === "digits") setDigits(action.digits);
      // B / . and W / , blank the audience's screen from here too; any key brings it back, as there.
      else if (action.type === "blank") post(withVersion({ type: "blank", blank: action.blank }));
      else if (action.type === "unblank") post(withVersion({ type: "blank", blank: null }));
      else return;
      event.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const versionNote = olderWindow && (
    <p role="alert" className="presenter-version" data-testid="presenter-version">
      {olderWindow === "other" ? t.presenterOtherOlder : t.presenterSelfOlder}
      {olderWindow === "self" && (
        <button type="button" onClick={() => window.location.reload()}>
          {t.reload}
        </button>
      )}
    </p>
  );

  if (!state || !state.present) {
    const text = state ? t.presenterEnded : silent ? t.presenterNoAnswer : t.presenterWaiting;
    return (
      <main className="presenter presenter-message" data-ignored-messages={ignored}>
        <h1>{t.presenterTitle}</h1>
        {versionNote}
        {/* Told apart from the version's note: a window of another version is not "no answer". */}
        {!(olderWindow && !state) && (
          <p role={silent || state ? "alert" : "status"} data-testid="presenter-status">
            {text}
          </p>
        )}
      </main>
    );
  }

  const current = state.deck.slides[slide - 1];
  const next = state.deck.slides[slide];
  // Pictures come after the state they go with; those of another slide are not shown.
  const shown = pictures?.slide === slide ? pictures : null;
  const notes = shownNotes(current?.notes, lang);
  return (
    <main className="presenter" data-testid="presenter" data-ignored-messages={ignored}>
      <header className="presenter-bar">
        <h1>{t.presenterTitle}</h1>
        {versionNote}
        <p className="presenter-counter" data-testid="presenter-counter" aria-label={t.slideOf(slide, count)}>
          {t.slideCounter(slide, count)}
        </p>
        {digits && <p role="status">{t.jumpTo(digits)}</p>}
        <p className="presenter-time">
          {t.presenterElapsed}{" "}
          <time data-testid="presenter-elapsed" dateTime={`PT${Math.floor((now - started) / 1000)}S`}>
            {elapsedText(now - started)}
          </time>
        </p>
        <button
          type="button"
          onClick={() => {
            setStarted(Date.now());
            setNow(Date.now());
          }}
          data-testid="presenter-reset"
        >
          {t.presenterReset}
        </button>
        {blank && (
          <p className="presenter-blank" role="status" data-testid="presenter-blank">
            {t.presenterBlank(blank === "black")}
          </p>
        )}
        {/* Where the slide's panel is in pages: which one the audience sees, and what the next click does. */}
        {state?.panel && (
          <p className="presenter-panel-page" role="status" data-testid="presenter-panel-page">
            {t.presenterPanelPage(state.panel.page, state.panel.pages)}
          </p>
        )}
      </header>
      <section className="presenter-current" aria-label={t.presenterCurrent}>
        <h2 className="presenter-label">{t.presenterCurrent}</h2>
        <SlidePicture src={shown?.current} alt={t.presenterPicture(current?.title[lang] ?? "")} testId="presenter-picture" />
        <p className="presenter-title" data-testid="presenter-title">
          {current?.title[lang]}
        </p>
        <p className="presenter-caption">{current?.caption[lang]}</p>
      </section>
      <section className="presenter-next" aria-label={t.presenterNext}>
        <h2 className="presenter-label">{t.presenterNext}</h2>
        {next && <SlidePicture src={shown?.next} alt={t.presenterPicture(next.title[lang])} testId="presenter-next-picture" />}
        <p data-testid="presenter-next">{next ? next.title[lang] : t.presenterLast}</p>
      </section>
      <section className="presenter-notes" aria-label={t.presenterNotes}>
        <h2 className="presenter-label">{t.presenterNotes}</h2>
        {notes?.otherLanguage && (
          <p className="presenter-notes-other" data-testid="presenter-notes-other">
            {t.presenterOtherNotes}
          </p>
        )}
        <p data-testid="presenter-notes" lang={notes?.lang ?? lang}>
          {notes?.text ?? t.presenterNoNotes}
        </p>
      </section>
      <nav className="presenter-buttons" aria-label={t.presenterKeys}>
        <button type="button" disabled={slide <= 1} onClick={() => ask(slide - 1)}>
          ← {t.presenterPrevious}
        </button>
        <button type="button" disabled={slide >= count} onClick={() => ask(slide + 1)}>
          {t.presenterForward} →
        </button>
        <span className="presenter-keys">{t.presenterKeys}</span>
      </nav>
    </main>
  );
}

/** The pictures of a message that are the presentation window's own (isOwnPicture); any other is left out. */
function ownPictures(message: PresenterPictures): PresenterPictures {
  const origin = window.location.origin;
  return {
    ...message,
    current: isOwnPicture(message.current, origin) ? message.current : undefined,
    next: isOwnPicture(message.next, origin) ? message.next : undefined,
  };
}

/** A slide's map as the main window drew it; until it comes (or where it could not be drawn), its room stays empty. */
function SlidePicture({ src, alt, testId }: { src: string | undefined; alt: string; testId: string }) {
  return src ? (
    <img className="presenter-picture" src={src} alt={alt} data-testid={testId} />
  ) : (
    <span className="presenter-picture" aria-hidden="true" />
  );
}
