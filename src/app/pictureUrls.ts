import type { PictureForm } from "../present/presenterMessages";

/** A blob as a data URL (FileReader: no size limit of its own, no string building by hand). */
function dataUrlOf(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error("The picture could not be read"));
    reader.readAsDataURL(blob);
  });
}

/**
 * Object URLs of pictures, made once per key and revoked when no longer wanted: a slide's picture when its slide (or
 * its deck, or the language) goes, all of them when the picture maker is replaced or the page that shows them goes.
 * A blob behind an object URL lives as long as the document unless revoked.
 */
export class PictureUrls {
  private readonly made = new Map<string, Promise<string>>();

  /**
   * "object": object URLs (cheap; this document only). "data": PNGs as data URLs, for another window of a page opened
   * from disk, which cannot read its opener's object URLs (presenterMessages.ts, pictureFormFor).
   */
  constructor(private readonly form: PictureForm = "object") {}

  /** The key's URL: drawn the first time, the same promise after. */
  get(key: string, draw: () => Promise<Blob>): Promise<string> {
    let url = this.made.get(key);
    if (!url) {
      url = draw().then((blob) => (this.form === "data" ? dataUrlOf(blob) : URL.createObjectURL(blob)));
      this.made.set(key, url);
    }
    return url;
  }

  /** Revokes every URL but those of `keys` (the deck's slides now), drawn or still being drawn. */
  keepOnly(keys: Iterable<string>): void {
    const wanted = new Set(keys);
    for (const key of [...this.made.keys()]) if (!wanted.has(key)) this.revoke(key);
  }

  /** Revokes them all. */
  clear(): void {
    this.keepOnly([]);
  }

  private revoke(key: string) {
    const url = this.made.get(key);
    this.made.delete(key);
    // A picture still being drawn is revoked once made; one that failed has nothing to revoke, nor has a data URL.
    if (this.form === "object") void url?.then(URL.revokeObjectURL, () => undefined);
  }
}
