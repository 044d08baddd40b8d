import { useEffect, useState } from "react";

/**
 * The picture of slide `index` as an object URL once made (the slide grid's tiles, the deck builder's rows), or null
 * while it is made or where it cannot be, and how to let it go (an <img> whose URL no longer loads). The last picture
 * stays until the next one is in.
 */
export function useSlidePicture(
  index: number,
  thumbnail: ((index: number) => Promise<string>) | undefined,
): readonly [string | null, () => void] {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    if (!thumbnail) return;
    let current = true;
    thumbnail(index).then(
      (url) => current && setSrc(url),
      () => current && setSrc(null),
    );
    return () => {
      current = false;
    };
  }, [index, thumbnail]);
  return [src, () => setSrc(null)] as const;
}
