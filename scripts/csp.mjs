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
