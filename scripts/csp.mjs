import { createHash } from "node:crypto";

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

/** The policy with more sources for some directives, e.g. { "script-src": ["'sha256-…'"] }. */
function policyWith(extra) {
  return CSP_DIRECTIVES.map((directive) => [directive, ...(extra[directive.split(" ")[0]] ?? [])].join(" ")).join("; ");
}

const quoted = (hashes) => hashes.map((hash) => `'${hash}'`);

/**
 * The policy of the built index.html: CSP, plus the hash of each inline script (the prerendered first paint's,
 * scripts/prerender.mjs). A hash allows that one script and nothing else; no 'unsafe-inline'.
 */
export function pagePolicy(scriptHashes) {
  return policyWith({ "script-src": quoted(scriptHashes) });
}

/**
 * The policy of the one-file build (rus-kartan.html, scripts/single-file.mjs): the same, plus what a page opened from
 * disk needs. Its scripts are inline, so each is allowed by its own sha256 hash, never by 'unsafe-inline'. Its origin
 * is "null", where maplibre-gl reads its worker's code from the page's blob: URL (connect-src) and starts the worker
 * from a data: URL (worker-src). Nothing else is loosened: no other origin, and connect-src still names no server.
 */
export function singleFilePolicy(scriptHashes) {
  return policyWith({ "script-src": quoted(scriptHashes), "worker-src": ["data:"], "connect-src": ["blob:"] });
}

/** 'sha256-…' of every inline script the browser runs (not the JSON blocks, not a script with a src). */
export function inlineScriptHashes(html) {
  const hashes = [];
  for (const [, attributes, code] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/\bsrc=/.test(attributes) || /type="application\/json"/.test(attributes)) continue;
    hashes.push(`sha256-${createHash("sha256").update(code, "utf8").digest("base64")}`);
  }
  return hashes;
}

/**
 * Vite plugin: writes the policy (pagePolicy, with the page's inline scripts' hashes) as a meta tag first in <head> of
 * the built index.html. Build only: the dev server needs inline scripts and eval for HMR.
 * (frame-ancestors and report-uri work only as a header; see README.)
 */
export function cspPlugin() {
  return {
    name: "rus-csp",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler: (html) => [
        {
          tag: "meta",
          attrs: { "http-equiv": "Content-Security-Policy", content: pagePolicy(inlineScriptHashes(html)) },
          injectTo: "head-prepend",
        },
      ],
    },
  };
}
