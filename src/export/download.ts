/** Saves a Blob under a file name through a temporary link (no server round trip; works offline). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled, so the download has started.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** "2026-11-27": the extraction date named in file names and notes. */
export function isoDate(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A file-name-safe slug of a view, led by the edition's id: "rus-<id>-practice-open-indicator-platforms". */
export function viewSlug(edition: string, parts: (string | number | undefined)[]): string {
  return [`rus-${edition}`, ...parts]
    .filter((p) => p !== undefined && p !== "")
    .join("-")
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, "-")
    .replace(/-+/g, "-")
    .replace(/-$/, "");
}

/**
 * A title as a file-name-safe slug: å, ä, ö as a, a, o, at most `max` characters, cut between words where there is a
 * word break to cut at ("Utmaningar och framgångsfaktorer (2.2.9)" → "utmaningar-och-framgangsfaktorer-2-2-9").
 */
export function titleSlug(title: string, max = 60): string {
  const slug = title
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return slug.length <= max ? slug : slug.slice(0, max).replace(/-[^-]*$/, "") || slug.slice(0, max);
}

/** A slide's file name stem, from its number and its own title: "rus-<id>-bild-12-utmaningar-och-framgangsfaktorer-2-2-9". */
export function slideSlug(edition: string, slide: number, title: string): string {
  return viewSlug(edition, ["bild", slide, titleSlug(title)]);
}
