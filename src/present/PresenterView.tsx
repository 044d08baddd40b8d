import { useEffect, useRef, useState } from "react";
import { PRESENT_STRINGS } from "../i18n/present";
import type { Lang } from "../i18n/strings";
import { keyToAction } from "./keys";
import { elapsedText, openPresenterChannel, type PresenterPictures, type PresenterRequest, type PresenterState } from "./presenterChannel";
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
      opened.onmessage = (event: MessageEvent<PresenterState | PresenterPictures>) => {
        if (event.data?.type === "state") setState(event.data);
        else if (event.data?.type === "pictures") setPictures(event.data);
      };
      opened.postMessage({ type: "hello" } satisfies PresenterRequest);
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
  const slide = state?.slide ?? 1;
  const ask = (n: number) => channel.current?.postMessage({ type: "go", slide: n } satisfies PresenterRequest);

  const latest = useRef({ slide, count, digits });
  useEffect(() => {
    latest.current = { slide, count, digits };
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || latest.current.count === 0) return;
      if (event.target instanceof HTMLElement && event.target.closest("button") && (event.key === "Enter" || event.key === " ")) return;
      const action = keyToAction(event.key, { ...latest.current, grid: false });
      if (action.type === "go") {
        setDigits("");
        ask(action.slide);
      } else if (action.type === "digits") setDigits(action.digits);
      else return;
      event.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  if (!state || !state.present) {
    const text = state ? t.presenterEnded : silent ? t.presenterNoAnswer : t.presenterWaiting;
    return (
      <main className="presenter presenter-message">
        <h1>{t.presenterTitle}</h1>
        <p role={silent || state ? "alert" : "status"} data-testid="presenter-status">
          {text}
        </p>
      </main>
    );
  }

  const current = state.deck.slides[slide - 1];
  const next = state.deck.slides[slide];
  // Pictures come after the state they go with; those of another slide are not shown.
  const shown = pictures?.slide === slide ? pictures : null;
  const notes = current?.notes?.[lang].trim();
  return (
    <main className="presenter" data-testid="presenter">
      <header className="presenter-bar">
        <h1>{t.presenterTitle}</h1>
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
        <p data-testid="presenter-notes" lang={lang}>
          {notes || t.presenterNoNotes}
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

/** A slide's map as the main window drew it; until it comes (or where it could not be drawn), its room stays empty. */
function SlidePicture({ src, alt, testId }: { src: string | undefined; alt: string; testId: string }) {
  return src ? (
    <img className="presenter-picture" src={src} alt={alt} data-testid={testId} />
  ) : (
    <span className="presenter-picture" aria-hidden="true" />
  );
}
