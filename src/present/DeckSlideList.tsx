import { useRef } from "react";
import type { PresentStrings } from "../i18n/present";
import type { Lang } from "../i18n/strings";
import type { KnownValues } from "../state/url";
import { moveSlide, removeSlide, slideKey, updateSlide } from "./deckEdits";
import { slideMisfit, type Deck } from "./deckSchema";
import { DeckSlideRow } from "./DeckSlideRow";
import type { SlideWords } from "./SlideForm";
import { useSlideDrag } from "./useSlideDrag";
import "./deckSlideList.css";

type DeckSlideListProps = {
  deck: Deck | null;
  known: KnownValues;
  lang: Lang;
  t: PresentStrings;
  /** The slide whose words are being edited (one at a time). */
  editing: number | null;
  onEditing: (index: number | null) => void;
  /** Replaces the deck with an edited one, saying what was done (useDeckFile's change). */
  change: (deck: Deck, said: string) => void;
  onPresent: (slide: number) => void;
  /** The app's picture of a slide by its index (the slide grid's pictures). */
  thumbnail?: (index: number) => Promise<string>;
};

/**
 * The deck's slides in order, each with its map's picture and its actions. A slide moves by a drag of its row, by its
 * ↑/↓ buttons, or with Alt+↑/↓ on its buttons (the focus goes with it).
 */
export function DeckSlideList({ deck, known, lang, t, editing, onEditing, change, onPresent, thumbnail }: DeckSlideListProps) {
  const listRef = useRef<HTMLOListElement>(null);
  // A row's button by its place and action (DeckSlideRow's data-action), once the edit has been rendered.
  const focusRow = (index: number, action: string) =>
    requestAnimationFrame(() =>
      listRef.current?.querySelector<HTMLButtonElement>(`[data-slide-index="${index}"] [data-action="${action}"]`)?.focus(),
    );

  const move = (index: number, by: number, action: string) => {
    if (!deck) return;
    const to = Math.min(Math.max(index + by, 0), deck.slides.length - 1);
    if (to === index) return;
    change(moveSlide(deck, index, by), t.slideMoved(to + 1));
    onEditing(null);
    // Keep the focus on the moved slide, so it can be moved again with the keyboard; a ↑/↓ button disabled at the end
    // cannot hold it, so the row's Edit takes it.
    const disabled = (action === "up" && to === 0) || (action === "down" && to === deck.slides.length - 1);
    focusRow(to, disabled ? "edit" : action);
  };

  const drag = useSlideDrag((from, to) => {
    if (!deck) return;
    change(moveSlide(deck, from, to - from), t.slideMoved(to + 1));
    onEditing(null);
  });
  const dropClass = (i: number) => (drag.mark?.over === i ? (drag.mark.after ? " deck-slide-drop-after" : " deck-slide-drop-before") : "");

  return (
    <section aria-labelledby="deck-slides-heading">
      <h3 id="deck-slides-heading">{t.slidesHeading(deck?.slides.length ?? 0)}</h3>
      <p className="deck-editor-hint" id="deck-slides-keys">
        {t.reorderKeys} {t.reorderDrag}
      </p>
      <ol
        className="deck-slides"
        data-testid="deck-slides"
        ref={listRef}
        onDragLeave={(e) => {
          // Out of the list: no row is where the slide would land.
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) drag.clearMark();
        }}
      >
        {deck?.slides.map((slide, i) => (
          <li
            key={slideKey(slide)}
            data-slide-index={i}
            className={`deck-slide${drag.dragged === i ? " deck-slide-dragged" : ""}${dropClass(i)}`}
            aria-describedby="deck-slides-keys"
            {...drag.rowProps(i, editing !== i)}
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
              onEdit={() => onEditing(i)}
              onCancelEdit={() => {
                onEditing(null);
                focusRow(i, "edit");
              }}
              onSave={(words: SlideWords) => {
                change(updateSlide(deck, i, words), "");
                onEditing(null);
                focusRow(i, "edit");
              }}
              onRemove={() => {
                change(removeSlide(deck, i), t.slideRemoved);
                focusRow(Math.min(i, deck.slides.length - 2), "edit");
              }}
              onPresent={() => onPresent(i + 1)}
              thumbnail={thumbnail}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}
