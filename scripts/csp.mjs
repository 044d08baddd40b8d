/**
 * The Content-Security-Policy of the production build: only the
 * page's own origin. maplibre-gl's CSP guidance asks for worker-src/child-src
 * blob: and img-src data: blob:; its worker is a same-origin file here
 * (setWorkerUrl), so 'self' covers it and blob: stays for maplibre's own
 * fallbacks. No 'unsafe-eval'. style-src needs 'unsafe-inline' because React's
 * style={{…}} props (tooltip and label positions) and maplibre set inline style
 * attributes; scripts stay strict.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "child-src blob:",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
];

export const CSP = CSP_DIRECTIVES.join("; ");

/**
 * The policy of the one-file build (rus-kartan.html, scripts/single-file.mjs): the same, plus what a page opened from
 * disk needs. Its scripts are inline, so each is allowed by its own sha256 hash, never by 'unsafe-inline'. Its origin
 * is "null", where maplibre-gl reads its worker's code from the page's blob: URL (connect-src) and starts the worker
 * from a data: URL (worker-src). Nothing else is loosened: no other origin, and connect-src still names no server.
 */
export function singleFilePolicy(scriptHashes) {
  const extra = { "script-src": scriptHashes.map((hash) => `'${hash}'`), "worker-src": ["data:"], "connect-src": ["blob:"] };
  return CSP_DIRECTIVES.map((directive) => [directive, ...(extra[directive.split(" ")[0]] ?? [])].join(" ")).join("; ");
}

/**
 * Vite plugin: writes the policy as a meta tag first in <head> of the built
 * index.html. Build only: the dev server needs inline scripts and eval for HMR.
 * (frame-ancestors and report-uri work only as a header; see README.)
 */
export function cspPlugin(policy = CSP) {
  return {
    name: "rus-csp",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler: () => [{ tag: "meta", attrs: { "http-equiv": "Content-Security-Policy", content: policy }, injectTo: "head-prepend" }],
    },
  };
}
