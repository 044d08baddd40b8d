import { useEffect, useMemo, useRef, useState, type DragEvent } from "react";
import { useShallow } from "zustand/react/shallow";
import type { Dataset } from "../data/schema";
import { PRESENT_STRINGS } from "../i18n/present";
import { PPTX_STRINGS } from "../i18n/pptx";
import type { Lang } from "../i18n/strings";
import { classify } from "../domain/classify";
import { useViewStore, viewStateOf } from "../state/store";
import { knownValuesOf } from "../state/url";
import { reasonCount, RefusalList } from "../ui/IssueList";
import { ClampedText } from "../ui/ClampedText";
import { addSlide, deckFileText, moveSlide, newDeck, removeSlide, renameDeck, slideKey, slideViewOf, updateSlide } from "./deckEdits";
import { slideMisfit, type Deck } from "./deckSchema";
import { DeckSlideRow } from "./DeckSlideRow";
import { useDeckStore } from "./deckStore";
import { DeckTabsNotice } from "./DeckTabsNotice";
import { SlideForm, type SlideWords } from "./SlideForm";
import { BilingualForm } from "./BilingualForm";
import { useDeckFile } from "./useDeckFile";
import type { Presentation } from "./usePresentation";
import "./deckEditor.css";

type DeckEditorProps = {
  data: Dataset;
  lang: Lang;
  presentation: Presentation;
  /** Saves a file (the app passes its download helper, so this feature needs no export code). */
  onDownload: (text: string, fileName: string) => void;
  /** Prints every slide of the deck; resolves when the print dialog has been opened. Absent while the map is not shown. */
  onPrint?: (deck: Deck) => Promise<unknown>;
  /** Downloads the deck as a PowerPoint file (the app composes it: export is another feature). */
  onPowerPoint?: (deck: Deck) => Promise<number>;
};

/**
 * "Build a deck": the deck being presented, edited from the dashboard. A
 * non-modal panel, so the user can change the view behind it and add it.
 * Opening a file validates it first and keeps the current deck on any error.
 */
export function DeckEditor({ data, lang, presentation, onDownload, onPrint, onPowerPoint }: DeckEditorProps) {
  const t = PRESENT_STRINGS[lang];
  const dialogRef = useRef<HTMLDialogElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const issuesRef = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState<number | null>(null);
  const [naming, setNaming] = useState(false);
  const [dragging, setDragging] = useState(false);
  const deck = useDeckStore((s) => s.deck);
  const origin = useDeckStore((s) => s.origin);
  const unsaved = useDeckStore((s) => s.unsaved);
  const storageProblem = useDeckStore((s) => s.storageProblem);
  const known = useMemo(() => knownValuesOf(data), [data]);
  const { status, refused, busy, openFile, reset, start, saved, print, produce, change } = useDeckFile(known, t, onPrint);
  const tp = PPTX_STRINGS[lang];
  const powerPoint = (deck: Deck) =>
    onPowerPoint &&
    produce(() => onPowerPoint(deck), {
      working: tp.working(0, deck.slides.length),
      done: tp.done(deck.slides.length),
      failed: (error) => tp.failed(error instanceof Error ? error.message : String(error)),
    });
  // The view's choices only (a shallow-equal copy): the editor re-renders when the view changes, not on every store update.
  const view = useViewStore(useShallow(viewStateOf));
  const viewQuery = slideViewOf(view);

  // The suggested words of the current view: its legend's title and subtitle in both languages.
  const suggested = useMemo<SlideWords>(() => {
    const sv = classify(data, view, "sv");
    const en = classify(data, view, "en");
    const region = view.region ? data.regions.find((r) => r.code === view.region)?.name : undefined;
    const withRegion = (s: string) => (region ? `${s} – ${region}` : s);
    return {
      title: { sv: withRegion(sv.title), en: withRegion(en.title) },
      caption: { sv: sv.subtitle || sv.title, en: en.subtitle || en.title },
    };
  }, [data, view]);

  // Presenting hides the dashboard, the editor with it; it comes back when the presentation ends.
  const shown = open && !presentation.present;
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (shown && !dialog.open) dialog.show();
    if (!shown && dialog.open) dialog.close();
  }, [shown]);

  // The file's problems are shown where the file was opened, scrolled into view.
  useEffect(() => {
    if (refused) issuesRef.current?.scrollIntoView({ block: "nearest" });
  }, [refused]);

  const focusRow = (index: number, action: string) =>
    requestAnimationFrame(() =>
      dialogRef.current?.querySelector<HTMLButtonElement>(`[data-slide-index="${index}"] [data-action="${action}"]`)?.focus(),
    );

  const move = (index: number, by: number, action: string) => {
    if (!deck) return;
    const to = Math.min(Math.max(index + by, 0), deck.slides.length - 1);
    if (to === index) return;
    change(moveSlide(deck, index, by), t.slideMoved(to + 1));
    setEditing(null);
    // Keep the focus on the moved slide, so it can be moved again with the keyboard; a ↑/↓ button disabled at the end
    // cannot hold it, so the row's Edit takes it.
    const disabled = (action === "up" && to === 0) || (action === "down" && to === deck.slides.length - 1);
    focusRow(to, disabled ? "edit" : action);
  };

  const startNew = () => {
    const title = { sv: PRESENT_STRINGS.sv.newDeckTitle, en: PRESENT_STRINGS.en.newDeckTitle };
    if (!start(newDeck(title, { view: viewQuery, ...suggested }))) return;
    setEditing(null);
    // The new deck's first need is a name of its own: its field, at the top of the panel, gets the focus.
    setNaming(true);
    requestAnimationFrame(() => dialogRef.current?.querySelector<HTMLInputElement>('[data-testid="deck-title-form"] input')?.select());
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    // A file dropped here is a deck: the page's own drop target (a dataset file, on window) must not get it too.
    event.stopPropagation();
    setDragging(false);
    void openFile(event.dataTransfer.files[0]).then((opened) => opened && setEditing(null));
  };

  const originLabel = origin === "file" ? t.originFile : origin === "edited" ? t.originEdited : t.originDefault;
  const keptLabel = storageProblem === "not-kept" ? "" : unsaved ? t.keptNotInFile : t.keptInBrowser;

  return (
    <>
      <button
        type="button"
        className="deck-editor-button"
        aria-expanded={open}
        aria-controls="deck-editor"
        title={t.deckEditorHint}
        onClick={() => setOpen((o) => !o)}
        data-testid="deck-editor-open"
      >
        {t.deckEditor}
      </button>
      <dialog
        id="deck-editor"
        ref={dialogRef}
        className={`deck-editor${dragging ? " deck-editor-dragging" : ""}`}
        aria-labelledby="deck-editor-title"
        data-testid="deck-editor"
        onKeyDown={(e) => {
          if (e.key === "Escape") {
            e.preventDefault();
            setOpen(false);
          }
        }}
        onDragEnter={(e) => e.stopPropagation()}
        onDragOver={(e) => {
          e.preventDefault();
          e.stopPropagation();
          setDragging(true);
        }}
        onDragLeave={(e) => {
          e.stopPropagation();
          setDragging(false);
        }}
        onDrop={onDrop}
      >
        <header className="deck-editor-head">
          <h2 id="deck-editor-title">{t.deckEditor}</h2>
          <button type="button" onClick={() => setOpen(false)}>
            {t.closeEditor}
          </button>
        </header>
        {deck && naming ? (
          <BilingualForm
            lang={lang}
            fields={[{ name: "title", label: t.deckTitle, lines: 1, required: true }]}
            initial={{ title: deck.title }}
            submitLabel={t.save}
            testId="deck-title-form"
            onCancel={() => setNaming(false)}
            onSubmit={({ title }) => {
              change(renameDeck(deck, title), t.deckRenamed);
              setNaming(false);
            }}
          />
        ) : (
          <div className="deck-editor-origin">
            {deck ? (
              <>
                <ClampedText text={deck.title[lang]} className="deck-editor-deck-title" testId="deck-title" />
                <span className="deck-editor-origin-label" data-testid="deck-origin">
                  · {originLabel}
                  {keptLabel && ` · ${keptLabel}`}
                </span>
                <button type="button" className="deck-editor-small" onClick={() => setNaming(true)} data-testid="deck-rename">
                  {t.renameDeck}
                </button>
              </>
            ) : (
              t.deckLoading
            )}
          </div>
        )}
        <DeckTabsNotice lang={lang} where="editor" />
        {storageProblem && (
          <p role="alert" className="deck-editor-storage" data-testid="deck-storage-problem">
            {storageProblem === "unreadable" ? t.storageUnreadable : t.storageNotKept}
          </p>
        )}

        <section aria-labelledby="deck-add-heading" className="deck-editor-add">
          <h3 id="deck-add-heading">
            {t.addHeading} <code className="deck-editor-view">{viewQuery || "color=status"}</code>
          </h3>
          <SlideForm
            key={`${viewQuery}|${lang}`}
            lang={lang}
            initial={suggested}
            suggested
            submitLabel={t.addSlide}
            testId="deck-add-form"
            onSubmit={(words) => {
              if (!deck) return;
              change(addSlide(deck, { view: viewQuery, ...words }), t.slideAdded(deck.slides.length + 1));
            }}
          />
        </section>

        <section aria-labelledby="deck-slides-heading">
          <h3 id="deck-slides-heading">{t.slidesHeading(deck?.slides.length ?? 0)}</h3>
          <p className="deck-editor-hint" id="deck-slides-keys">
            {t.reorderKeys}
          </p>
          <ol className="deck-slides" data-testid="deck-slides">
            {deck?.slides.map((slide, i) => (
              <li
                key={slideKey(slide)}
                data-slide-index={i}
                className="deck-slide"
                aria-describedby="deck-slides-keys"
                onKeyDown={(e) => {
                  // Alt+↑/↓ moves the slide whose button has the focus, as the ↑/↓ buttons do; the focus goes with it.
                  if (!e.altKey || (e.key !== "ArrowUp" && e.key !== "ArrowDown") || editing === i) return;
                  e.preventDefault();
                  const action = (e.target as HTMLElement).closest<HTMLElement>("[data-action]")?.dataset.action ?? "edit";
                  move(i, e.key === "ArrowUp" ? -1 : 1, action);
                }}
              >
                <DeckSlideRow
                  slide={slide}
                  misfit={slideMisfit(slide, known)}
                  index={i}
                  count={deck.slides.length}
                  editing={editing === i}
                  lang={lang}
                  t={t}
                  onMove={(by, action) => move(i, by, action)}
                  onEdit={() => setEditing(i)}
                  onCancelEdit={() => {
                    setEditing(null);
                    focusRow(i, "edit");
                  }}
                  onSave={(words: SlideWords) => {
                    change(updateSlide(deck, i, words), "");
                    setEditing(null);
                    focusRow(i, "edit");
                  }}
                  onRemove={() => {
                    change(removeSlide(deck, i), t.slideRemoved);
                    focusRow(Math.min(i, deck.slides.length - 2), "edit");
                  }}
                  onPresent={() => presentation.enter(i + 1)}
                />
              </li>
            ))}
          </ol>
        </section>

        <section className="deck-editor-file">
          <p className="deck-editor-actions">
            <button
              type="button"
              className="present-button"
              disabled={!deck}
              onClick={() => presentation.enter(1)}
              data-testid="deck-present"
            >
              {t.presentDeck}
            </button>
            <button
              type="button"
              disabled={!deck}
              onClick={() => {
                if (!deck) return;
                onDownload(deckFileText(deck), `rus-${data.edition.id}-bildspel.json`);
                saved();
              }}
              data-testid="deck-download"
            >
              {t.downloadDeck}
            </button>
            <button type="button" disabled={!deck || busy || !onPrint} onClick={() => deck && void print(deck)} data-testid="deck-print">
              {t.printDeck}
            </button>
            <button
              type="button"
              disabled={!deck || busy || !onPowerPoint}
              onClick={() => deck && void powerPoint(deck)}
              title={tp.deckHint}
              data-testid="deck-pptx"
            >
              {tp.deckButton}
            </button>
          </p>
          <p className="deck-editor-actions">
            <button type="button" onClick={() => fileRef.current?.click()} data-testid="deck-open">
              {t.openDeck}
            </button>
            <input
              ref={fileRef}
              type="file"
              accept=".json,application/json"
              hidden
              data-testid="deck-file"
              onChange={(e) => {
                void openFile(e.target.files?.[0]).then((opened) => opened && setEditing(null));
                e.target.value = "";
              }}
            />
            <span className="deck-editor-drop">{t.dropDeck}</span>
          </p>
          {refused && (
            <div role="alert" className="deck-editor-issues" data-testid="deck-issues" ref={issuesRef}>
              <p>{t.deckRejected(refused.name, reasonCount(refused.refusal))}</p>
              <RefusalList refusal={refused.refusal} lang={lang} />
            </div>
          )}
          <p role="status" className="deck-editor-status" data-testid="deck-status">
            {status}
          </p>
          <p className="deck-editor-actions">
            <button type="button" onClick={startNew} disabled={!deck} data-testid="deck-new">
              {t.newDeck}
            </button>
            <button type="button" onClick={() => void reset()} data-testid="deck-reset">
              {t.resetDeck}
            </button>
          </p>
        </section>
      </dialog>
    </>
  );
}
