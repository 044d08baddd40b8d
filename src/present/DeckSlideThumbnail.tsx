import { useEffect, useState } from "react";

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
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    if (!thumbnail) return;
    let current = true;
    // The last picture stays until the new one is in: a moved slide's row (keyed by its slide) shows the same map.
    thumbnail(index).then(
      (url) => current && setSrc(url),
      () => current && setSrc(null),
    );
    return () => {
      current = false;
    };
  }, [index, thumbnail]);
  return src ? (
    // Not draggable of itself: a drag that starts on the picture moves the row.
    <img
      className="deck-slide-thumbnail"
      src={src}
      alt={alt}
      title={title}
      draggable={false}
      onError={() => setSrc(null)}
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
