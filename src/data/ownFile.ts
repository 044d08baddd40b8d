/**
 * Reads one of the app's own files (the dataset, the geometry, the report). The one-file build
 * (rus-kartan.html, scripts/single-file.mjs) carries them in the page as
 * `<script type="application/json" data-file="…">` blocks, since a page opened from disk may not
 * fetch; a block is used when its path names the same address as `url`, otherwise the file is fetched.
 */
export async function fetchOwnFile(url: string): Promise<Response> {
  // No document: the build's prerender of the first paint (scripts/prerender.mjs), which answers fetch from the disk.
  const embedded = typeof document === "undefined" ? undefined : embeddedFile(url);
  return embedded === undefined ? fetch(url) : new Response(embedded, { headers: { "Content-Type": "application/json" } });
}

/** The text of the block that carries `url`, if the page has one. */
export function embeddedFile(url: string, doc: Document = document): string | undefined {
  const wanted = new URL(url, doc.baseURI).href;
  for (const block of doc.querySelectorAll<HTMLScriptElement>('script[type="application/json"][data-file]')) {
    if (new URL(block.dataset.file ?? "", doc.baseURI).href === wanted) return block.textContent ?? "";
  }
  return undefined;
}
