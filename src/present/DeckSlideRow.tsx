import type { PresentStrings } from "../i18n/present";
import type { Lang } from "../i18n/strings";
import type { Slide } from "./deckSchema";
import { hasNotes, SlideForm, type SlideWords } from "./SlideForm";
import { cutText } from "../data/cutText";
import { ClampedText } from "../ui/ClampedText";
import { DeckSlideThumbnail } from "./DeckSlideThumbnail";

type DeckSlideRowProps = {
  slide: Slide;
  /** What the view names that the loaded data lacks (slideMisfit). */
  misfit: string[];
  index: number;
  count: number;
  editing: boolean;
  lang: Lang;
  t: PresentStrings;
  onMove: (by: number, action: string) => void;
  onEdit: () => void;
  onCancelEdit: () => void;
  onSave: (words: SlideWords) => void;
  onRemove: () => void;
  onPresent: () => void;
  /** The app's picture of a slide by its index (the slide grid's); absent: a box where it would be. */
  thumbnail?: (index: number) => Promise<string>;
};

/**
 * One slide of the deck builder: its number, the picture of its map, its title (the view's link text, small, for
 * those who read links), and its actions — or its form while being edited.
 */
export function DeckSlideRow({
  slide,
  misfit,
  index,
  count,
  editing,
  lang,
  t,
  onMove,
  onEdit,
  onCancelEdit,
  onSave,
  onRemove,
  onPresent,
  thumbnail,
}: DeckSlideRowProps) {
  if (editing) {
    return <SlideForm lang={lang} initial={slide} submitLabel={t.save} testId="deck-edit-form" onCancel={onCancelEdit} onSubmit={onSave} />;
  }
  const title = slide.title[lang];
  // The buttons are named by the slide's title; a screen reader need not read out 400 kB of it three times.
  const named = cutText(title, 100);
  const view = slide.view || "color=status";
  return (
    <>
      <span className="deck-slide-number">
        {/* Says the row can be dragged; the keys (Alt+↑/↓) and the ↑/↓ buttons do the same. */}
        <span className="deck-slide-grip" aria-hidden="true" />
        {index + 1}
      </span>
      <DeckSlideThumbnail index={index} thumbnail={thumbnail} alt={t.slideThumbnail(named)} title={t.slideView(view)} />
      <span className="deck-slide-text">
        <ClampedText text={title} className="deck-slide-title" testId="deck-slide-title" />
        <span className="deck-slide-meta">
          <code className="deck-editor-view deck-slide-view" title={view}>
            {view}
          </code>
          {hasNotes(slide) && (
            <span className="deck-slide-notes" data-testid="deck-slide-notes">
              {t.hasNotes}
            </span>
          )}
        </span>
        {misfit.length > 0 && (
          <span className="deck-slide-misfit" data-testid="deck-slide-misfit">
            {t.slideMisfit(misfit)}
          </span>
        )}
      </span>
      <span className="deck-slide-actions">
        <button type="button" data-action="up" disabled={index === 0} onClick={() => onMove(-1, "up")} aria-label={`${t.moveUp}: ${named}`}>
          ↑
        </button>
        <button
          type="button"
          data-action="down"
          disabled={index === count - 1}
          onClick={() => onMove(1, "down")}
          aria-label={`${t.moveDown}: ${named}`}
        >
          ↓
        </button>
        <button type="button" data-action="edit" onClick={onEdit}>
          {t.edit}
        </button>
        <button type="button" data-action="remove" disabled={count <= 1} onClick={onRemove} aria-label={`${t.remove}: ${named}`}>
          {t.remove}
        </button>
        <button type="button" data-action="present" onClick={onPresent} aria-label={t.presentFrom(index + 1)}>
          ▶
        </button>
      </span>
    </>
  );
}
