import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { useSlidePicture } from "./useSlidePicture";
import type { Dataset } from "../data/schema";
import { comparisonTable } from "../domain/comparisonTable";
import { useViewStore } from "../state/store";
import { ComparisonPanel } from "./SlideComparison";
import { PanelPageLine } from "./PanelPageLine";
import { usePanelPages } from "./usePanelPages";
import { PRESENT_STRINGS, type PresentStrings } from "../i18n/present";
import { STRINGS, type Lang } from "../i18n/strings";
import type { Presentation } from "./usePresentation";
import type { PresenterMessage } from "./usePresenterLink";
import { slideLists } from "./printPages";
import { QuotedList } from "../ui/QuotedList";
import { useClampedText } from "../ui/useClampedText";
import { ClampedText } from "../ui/ClampedText";
import { issueLine } from "../i18n/issueText";

type SlideHeaderProps = { presentation: Presentation; lang: Lang };

/** The slide's title, caption and counter, above the map; E (or the faded PNG button) exports the slide. */
export function SlideHeader({ presentation, lang, onExport }: SlideHeaderProps & { onExport?: () => Promise<void> }) {
  const t = PRESENT_STRINGS[lang];
  const { current, slide, count, digits, issues } = presentation;
  const [exporting, setExporting] = useState<"" | "busy" | "failed">("");
  const exportRef = useRef(onExport);
  useEffect(() => {
    exportRef.current = onExport;
  });
  const runExport = useCallback(() => {
    const run = exportRef.current;
    if (!run) return;
    setExporting("busy");
    run().then(
      () => setExporting(""),
      () => setExporting("failed"),
    );
  }, []);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.key === "e" || event.key === "E") && !event.ctrlKey && !event.metaKey && !event.altKey) runExport();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [runExport]);
  if (!current) {
    return (
      <header className="slide-header">
        <p role={issues.length > 0 ? "alert" : "status"}>
          {issues.length > 0 ? `${t.deckFailed} ${issues.map((i) => issueLine(i, lang)).join("; ")}` : t.deckLoading}
        </p>
      </header>
    );
  }
  return (
    <header className="slide-header" data-testid="slide-header">
      <SlideText title={current.title[lang]} caption={current.caption[lang]}>
        {presentation.misfit.length > 0 && (
          <p className="slide-misfit" role="alert" data-testid="slide-misfit">
            {t.slideMisfit(presentation.misfit)}
          </p>
        )}
      </SlideText>
      <div className="slide-meta">
        <p className="slide-counter" data-testid="slide-counter" aria-label={t.slideOf(slide, count)}>
          {t.slideCounter(slide, count)}
        </p>
        {digits && (
          <p className="slide-jump" role="status">
            {t.jumpTo(digits)}
          </p>
        )}
        {/* The page's notices are hidden on a slide: a link's slide past the deck's end is said here, until dismissed. */}
        {presentation.ignored.map((p) => (
          <p key={p.key} className="slide-jump" role="status" data-testid="slide-notice">
            {t.slidePastEnd(p.value, count)}{" "}
            <button type="button" className="slide-exit" onClick={presentation.dismissIgnored} aria-label={STRINGS[lang].dismissNotice}>
              ×
            </button>
          </p>
        ))}
        <span className="slide-buttons">
          {onExport && (
            <button
              type="button"
              className="slide-exit"
              onClick={runExport}
              title={t.exportSlideHint}
              aria-label={t.exportSlideHint}
              data-testid="slide-png"
            >
              PNG
            </button>
          )}
          <button
            type="button"
            className="slide-exit"
            onClick={presentation.openPresenter}
            title={t.presenterHint}
            data-testid="open-presenter"
          >
            {t.presenterView}
          </button>
          <button type="button" className="slide-exit" onClick={presentation.exit} title={t.keysHint}>
            {t.exitPresentation}
          </button>
        </span>
        {presentation.presenterMessage && (
          <p className="slide-jump" role="alert" data-testid="presenter-message">
            {PRESENTER_MESSAGE_TEXT[presentation.presenterMessage](t)}
          </p>
        )}
        {exporting && (
          <p className="slide-jump" role="status">
            {exporting === "busy" ? t.pngWorking : t.pngFailed}
          </p>
        )}
      </div>
    </header>
  );
}

/**
 * The slide's title and caption, each cut to a few lines: a deck is anyone's file, and
 * a title of any length must leave the slide number, the exit button and the map in view.
 */
function SlideText({ title, caption, children }: { title: string; caption: string; children?: ReactNode }) {
  const [titleRef, titleShown, titleTip] = useClampedText<HTMLHeadingElement>(title);
  const [captionRef, captionShown, captionTip] = useClampedText<HTMLParagraphElement>(caption);
  return (
    <div className="slide-text">
      <h2 className="slide-title line-clamp" data-testid="slide-title" ref={titleRef} title={titleTip}>
        {titleShown}
      </h2>
      <p className="slide-caption line-clamp" data-testid="slide-caption" ref={captionRef} title={captionTip}>
        {captionShown}
      </p>
      {children}
    </div>
  );
}

/**
 * Beside the map: a comparison's table on a slide that compares regions, else the report's national lists (2.2.9)
 * on slides that ask for them.
 */
export function SlidePanel({ presentation, lang, data }: SlideHeaderProps & { data: Dataset }) {
  const t = PRESENT_STRINGS[lang];
  const compare = useViewStore((s) => s.compare);
  const table = useMemo(() => (compare.length >= 2 ? comparisonTable(data, compare, lang) : undefined), [data, compare, lang]);
  const lists = slideLists(presentation.current?.panel, data.findings, lang);
  if (table) return <ComparisonPanel table={table} lang={lang} />;
  if (!lists) return null;
  return <ListsPanel lists={lists} lang={lang} label={t.slidePanel} />;
}

/** The lists' parts shown whole or not at all, when they continue on the next click. */
const LIST_BLOCKS = ".slide-panel section h3, .slide-panel section li, .slide-panel section p";

/** Both lists, the asked-for one first: the report's words as quotations (in English, translated and labelled), shrunk to fit. */
function ListsPanel({ lists, lang, label }: { lists: NonNullable<ReturnType<typeof slideLists>>; lang: Lang; label: string }) {
  const { ref, page, pages } = usePanelPages<HTMLElement>(`${lang}|${JSON.stringify(lists)}`, LIST_BLOCKS);
  return (
    <aside className="slide-panel" data-testid="slide-panel" aria-label={label} ref={ref}>
      {lists.map((list) => (
        <section key={list.title}>
          <h3>{list.title}</h3>
          <QuotedList items={list.items} lang={lang} />
        </section>
      ))}
      <PanelPageLine page={page} pages={pages} lang={lang} />
    </aside>
  );
}

/** A slide's picture in its tile, drawn when the grid opens; the tile keeps its words if the picture cannot be made. */
function SlideThumbnail({ index, thumbnail }: { index: number; thumbnail: (index: number) => Promise<string> }) {
  const [src] = useSlidePicture(index, thumbnail);
  // Decorative: the tile's number and title name the slide.
  return src ? (
    <img className="slide-grid-thumbnail" src={src} alt="" data-testid="slide-thumbnail" />
  ) : (
    <span className="slide-grid-thumbnail" />
  );
}

/**
 * Every slide as a tile (key G), with its map's picture where `thumbnail` draws one (the app's picture pipeline):
 * choose one with the keyboard or a click.
 */
export function SlideGrid({ presentation, lang, thumbnail }: SlideHeaderProps & { thumbnail?: (index: number) => Promise<string> }) {
  const t = PRESENT_STRINGS[lang];
  const { deck, slide, grid, setGrid, go } = presentation;
  const currentRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (grid) currentRef.current?.focus();
  }, [grid]);
  if (!grid || !deck) return null;
  return (
    <div className="slide-grid" role="dialog" aria-modal="true" aria-label={t.grid} data-testid="slide-grid">
      <p className="slide-grid-hint">
        <strong>{t.grid}</strong> — {t.gridHint}
      </p>
      <ol>
        {deck.slides.map((s, i) => (
          <li key={i}>
            <button
              type="button"
              ref={i + 1 === slide ? currentRef : undefined}
              aria-current={i + 1 === slide ? "true" : undefined}
              onClick={() => {
                setGrid(false);
                go(i + 1);
              }}
            >
              {thumbnail && <SlideThumbnail index={i} thumbnail={thumbnail} />}
              <span className="slide-grid-words">
                <span className="slide-grid-number">{i + 1}</span>
                <ClampedText text={s.title[lang]} className="slide-grid-title" />
              </span>
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** What the presentation says about its presenter view, by what went wrong (usePresenterLink). */
const PRESENTER_MESSAGE_TEXT: Record<Exclude<PresenterMessage, "">, (t: PresentStrings) => string> = {
  blocked: (t) => t.presenterBlocked,
  "no-channel": (t) => t.presenterNoAnswer,
  "other-older": (t) => t.presentationOtherOlder,
  "self-older": (t) => t.presentationSelfOlder,
};
