import { useEffect, useRef } from "react";
import { PPTX_STRINGS } from "../i18n/pptx";
import type { PresentStrings } from "../i18n/present";
import type { Lang } from "../i18n/strings";
import { reasonCount, RefusalList } from "../ui/IssueList";
import { deckFileText } from "./deckEdits";
import type { Deck } from "./deckSchema";
import type { useDeckFile } from "./useDeckFile";

type DeckFileSectionProps = {
  deck: Deck | null;
  lang: Lang;
  t: PresentStrings;
  /** The deck's file work and its status line (useDeckFile). */
  file: ReturnType<typeof useDeckFile>;
  /** The deck file's name when downloaded. */
  fileName: string;
  onPresent: () => void;
  onDownload: (text: string, fileName: string) => void;
  onPowerPoint?: (deck: Deck) => Promise<number>;
  /** A file was opened (or dropped) and replaced the deck. */
  onOpened: () => void;
  onNewDeck: () => void;
  /** Print and PowerPoint are offered only where the app can make them. */
  canPrint: boolean;
};

/** What is done with the deck as a whole: present, download, print, PowerPoint, open a file; what came of it; start again. */
export function DeckFileSection({
  deck,
  lang,
  t,
  file,
  fileName,
  onPresent,
  onDownload,
  onPowerPoint,
  onOpened,
  onNewDeck,
  canPrint,
}: DeckFileSectionProps) {
  const tp = PPTX_STRINGS[lang];
  const { status, refused, busy, openFile, reset, saved, print, produce } = file;
  const fileRef = useRef<HTMLInputElement>(null);
  const issuesRef = useRef<HTMLDivElement>(null);
  // The file's problems are shown where the file was opened, scrolled into view.
  useEffect(() => {
    if (refused) issuesRef.current?.scrollIntoView({ block: "nearest" });
  }, [refused]);

  const powerPoint = (deck: Deck) =>
    onPowerPoint &&
    produce(() => onPowerPoint(deck), {
      working: tp.working(0, deck.slides.length),
      done: tp.done(deck.slides.length),
      failed: (error) => tp.failed(error instanceof Error ? error.message : String(error)),
    });

  return (
    <section className="deck-editor-file">
      <p className="deck-editor-actions">
        <button type="button" className="present-button" disabled={!deck} onClick={onPresent} data-testid="deck-present">
          {t.presentDeck}
        </button>
        <button
          type="button"
          disabled={!deck}
          onClick={() => {
            if (!deck) return;
            onDownload(deckFileText(deck), fileName);
            saved();
          }}
          data-testid="deck-download"
        >
          {t.downloadDeck}
        </button>
        <button type="button" disabled={!deck || busy || !canPrint} onClick={() => deck && void print(deck)} data-testid="deck-print">
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
            void openFile(e.target.files?.[0]).then((opened) => opened && onOpened());
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
        <button type="button" onClick={onNewDeck} disabled={!deck} data-testid="deck-new">
          {t.newDeck}
        </button>
        <button type="button" onClick={() => void reset()} data-testid="deck-reset">
          {t.resetDeck}
        </button>
      </p>
    </section>
  );
}
