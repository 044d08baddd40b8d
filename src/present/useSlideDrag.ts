import { useState, type DragEvent } from "react";
import { dropPlace } from "./deckEdits";

/**
 * What a row's drag carries. A drag of a row and a file dragged onto the builder (which opens a deck: DeckEditor)
 * cross the same panel; the builder tells them apart by the drag's types.
 */
export const SLIDE_DRAG_TYPE = "application/x-rus-kartan-slide";

export const isSlideDrag = (event: DragEvent) => event.dataTransfer.types.includes(SLIDE_DRAG_TYPE);

/** Where the dragged row would land: before or after row `over`. */
export type DropMark = { over: number; after: boolean };

/**
 * Drag and drop of the builder's rows (HTML5 drag events). The row being dragged is this list's own state, not the
 * drag's data: a row dragged in from another tab's builder names a slide of another deck, and is ignored.
 * `onMove(from, to)`: the slide at `from` is to be at `to`.
 */
export function useSlideDrag(onMove: (from: number, to: number) => void) {
  const [from, setFrom] = useState<number | null>(null);
  const [mark, setMark] = useState<DropMark | null>(null);
  const end = () => {
    setFrom(null);
    setMark(null);
  };
  const markOf = (event: DragEvent<HTMLElement>, over: number): DropMark => {
    const box = event.currentTarget.getBoundingClientRect();
    return { over, after: event.clientY > box.top + box.height / 2 };
  };

  /** A row's drag handlers; none while the row is a form (a drag in a field selects its text). */
  const rowProps = (index: number, draggable: boolean) =>
    draggable
      ? {
          draggable: true,
          onDragStart: (event: DragEvent<HTMLElement>) => {
            event.dataTransfer.setData(SLIDE_DRAG_TYPE, String(index));
            event.dataTransfer.effectAllowed = "move";
            setFrom(index);
          },
          onDragOver: (event: DragEvent<HTMLElement>) => {
            if (from === null || !isSlideDrag(event)) return;
            event.preventDefault();
            event.dataTransfer.dropEffect = "move";
            const next = markOf(event, index);
            // A place that leaves the slide where it is gets no mark.
            const kept = dropPlace(from, next.over, next.after) === from;
            setMark((old) => (kept ? null : old?.over === next.over && old.after === next.after ? old : next));
          },
          onDrop: (event: DragEvent<HTMLElement>) => {
            if (from === null || !isSlideDrag(event)) return;
            // The builder's own drop (a deck file) must not see a row.
            event.preventDefault();
            event.stopPropagation();
            const { over, after } = markOf(event, index);
            const to = dropPlace(from, over, after);
            end();
            if (to !== from) onMove(from, to);
          },
          onDragEnd: end,
        }
      : {};

  return { dragged: from, mark, rowProps, clearMark: () => setMark(null) };
}
