import { useSlidePicture } from "./useSlidePicture";

type DeckSlideThumbnailProps = {
  index: number;
  /** The app's picture of slide `index` (useSlideThumbnails, the slide grid's pictures); absent: only the box. */
  thumbnail?: (index: number) => Promise<string>;
  alt: string;
  /** The slide's view, for those who read links: the picture's tooltip. */
  title: string;
};

/**
 * A slide's map in the deck builder's row. The box has its size before the picture is made (and where it cannot be),
 * so the rows do not jump as the pictures arrive one by one.
 */
export function DeckSlideThumbnail({ index, thumbnail, alt, title }: DeckSlideThumbnailProps) {
  // A moved slide's row (keyed by its slide) keeps its map until the new picture is in.
  const [src, forget] = useSlidePicture(index, thumbnail);
  return src ? (
    // Not draggable of itself: a drag that starts on the picture moves the row.
    <img
      className="deck-slide-thumbnail"
      src={src}
      alt={alt}
      title={title}
      draggable={false}
      onError={forget}
      data-testid="deck-slide-thumbnail"
    />
  ) : (
    <span
      className="deck-slide-thumbnail deck-slide-thumbnail-pending"
      title={title}
      aria-hidden="true"
      data-testid="deck-slide-thumbnail-pending"
    />
  );
}
