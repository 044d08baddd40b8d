import { useEffect, useMemo, useRef, useState, type DragEvent } from "react";
import type { Dataset } from "../data/schema";
import { PRESENT_STRINGS } from "../i18n/present";
import type { Lang } from "../i18n/strings";
import { knownValuesOf } from "../state/url";
import { earlierEditionIds } from "../data/editions";
import { addSlide, newDeck, renameDeck } from "./deckEdits";
import type { Deck } from "./deckSchema";
import { DeckFileSection } from "./DeckFileSection";
import { DeckSlideList } from "./DeckSlideList";
import { useDeckStore } from "./deckStore";
import { DeckTabsNotice } from "./DeckTabsNotice";
import { DeckTitleBar, type Naming } from "./DeckTitleBar";
import { SlideForm } from "./SlideForm";
import { useDeckFile } from "./useDeckFile";
import type { Presentation } from "./usePresentation";
import { useViewAsSlide } from "./useViewAsSlide";
import "./deckEditor.css";

/** A drag that carries a file (a deck to open), not a row of the list. */
const hasFiles = (event: DragEvent) => event.dataTransfer.types.includes("Files");

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
  /** The picture of a slide's map by its index: the slide grid's (the app draws them; this feature has no map). */
  thumbnail?: (index: number) => Promise<string>;
};

/**
 * "Build a deck": the deck being presented, edited from the dashboard. A
 * non-modal panel, so the user can change the view behind it and add it.
 * Opening a file validates it first and keeps the current deck on any error.
 * Its parts: the title (DeckTitleBar), the slides (DeckSlideList), the file (DeckFileSection).
 */
export function DeckEditor({ data, lang, presentation, onDownload, onPrint, onPowerPoint, thumbnail }: DeckEditorProps) {
  const t = PRESENT_STRINGS[lang];
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState<number | null>(null);
  const [naming, setNaming] = useState<Naming>(false);
  const [dragging, setDragging] = useState(false);
  const deck = useDeckStore((s) => s.deck);
  const storageProblem = useDeckStore((s) => s.storageProblem);
  const known = useMemo(() => knownValuesOf(data, earlierEditionIds(data.edition)), [data]);
  const file = useDeckFile(known, t, onPrint);
  const { viewQuery, suggested } = useViewAsSlide(data);

  // Presenting hides the dashboard, the editor with it; it comes back when the presentation ends.
  const shown = open && !presentation.present;
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (shown && !dialog.open) dialog.show();
    if (!shown && dialog.open) dialog.close();
  }, [shown]);

  const startNew = () => {
    const title = { sv: PRESENT_STRINGS.sv.newDeckTitle, en: PRESENT_STRINGS.en.newDeckTitle };
    if (!file.start(newDeck(title, { view: viewQuery, ...suggested }))) return;
    setEditing(null);
    // The new deck's first need is a name of its own: its field, at the top of the panel, gets the focus.
    setNaming("new");
  };

  const onDrop = (event: DragEvent) => {
    // Only a file opens a deck; a row dragged past the list (useSlideDrag) is not one.
    if (!hasFiles(event)) return;
    event.preventDefault();
    // A file dropped here is a deck: the page's own drop target (a dataset file, on window) must not get it too.
    event.stopPropagation();
    setDragging(false);
    void file.openFile(event.dataTransfer.files[0]).then((opened) => opened && setEditing(null));
  };

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
          if (!hasFiles(e)) return;
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
        <DeckTitleBar
          deck={deck}
          lang={lang}
          t={t}
          naming={naming}
          onNaming={setNaming}
          onRename={(title) => deck && file.change(renameDeck(deck, title), t.deckRenamed)}
        />
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
            lang={lang}
            initial={suggested}
            suggested
            submitLabel={t.addSlide}
            testId="deck-add-form"
            onSubmit={(words) => {
              if (!deck) return;
              file.change(addSlide(deck, { view: viewQuery, ...words }), t.slideAdded(deck.slides.length + 1));
            }}
          />
        </section>

        <DeckSlideList
          deck={deck}
          known={known}
          lang={lang}
          t={t}
          editing={editing}
          onEditing={setEditing}
          change={file.change}
          onPresent={(slide) => presentation.enter(slide)}
          // The rows are in the page while the builder is closed: their pictures are drawn only once it is open (a
          // closed builder drew the default deck's 12, one a view, at every load, right after the map was ready).
          thumbnail={shown ? thumbnail : undefined}
        />

        <DeckFileSection
          deck={deck}
          lang={lang}
          t={t}
          file={file}
          fileName={`rus-${data.edition.id}-bildspel.json`}
          onPresent={() => presentation.enter(1)}
          onDownload={onDownload}
          onPowerPoint={onPowerPoint}
          onOpened={() => setEditing(null)}
          onNewDeck={startNew}
          canPrint={!!onPrint}
        />
      </dialog>
    </>
  );
}
