/**
 * The map in the first paint (issue 14): the build renders the default view into index.html, so the page shows the
 * dashboard with its map before its scripts have run, where before it showed nothing until they had.
 *
 * - The HTML is React's own render of the app (src/app/prerender.tsx) with the edition's data, loaded and validated as
 *   the page loads it: the same components and the same CSS, so the page lays it out exactly as it lays out its own
 *   first render. It is hidden from assistive technology and inert, and carries no test ids or data attributes.
 * - A small script after it (src/app/bootFrame.ts, bundled here) removes the prerender for any link other than the
 *   bare address, which may show another view, or frames the map for the page's box and shows it. Until then it is
 *   hidden, as the browser may paint a page it has parsed only in part.
 * - main.tsx then renders the app only once the data is in, so React replaces the prerender in one commit by the same
 *   view, with its labels and its side panel to come.
 *
 * The script is inline; the CSP allows it by its hash (scripts/csp.mjs), never by 'unsafe-inline'.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "rolldown";
import { createServer } from "vite";

/** Vite plugin (build only): writes the prerender and its script into index.html's #root. */
export function prerenderPlugin() {
  let root;
  let publicDir;
  let alias;
  return {
    name: "rus-prerender",
    apply: "build",
    configResolved: (config) => {
      root = config.root;
      publicDir = config.publicDir || join(config.root, "public");
      // The editions' folder (@editions) as the build has it.
      alias = config.resolve.alias;
    },
    transformIndexHtml: {
      order: "post",
      handler: async (html) => {
        const [app, script] = await Promise.all([renderDefaultView(root, publicDir, alias), bundleBootFrame(root)]);
        if (app === undefined) return html;
        // Hidden until its script has framed it: the browser may paint a page it has parsed only in part.
        const marked = app.replace(
          /^<div class="app">/,
          '<div class="app" id="prerendered" aria-hidden="true" inert="" style="visibility:hidden">',
        );
        if (marked === app) throw new Error('prerender: the app does not start with <div class="app">');
        return html.replace('<div id="root">', `<div id="root">${marked}<script>${script}</script>`);
      },
    },
  };
}

/** The app's render of the default view; undefined when the edition's dataset does not validate (the page says why). */
async function renderDefaultView(root, publicDir, alias) {
  // The app fetches its files by URL ("/geo/counties.geojson", the dataset's "/data/…"): answered from the disk.
  const fetchBefore = globalThis.fetch;
  const nodeEnv = process.env.NODE_ENV;
  globalThis.fetch = async (url) => {
    const path = String(url).replace(/^\.?\//, "");
    return new Response(readFileSync(path.startsWith("geo/") ? join(publicDir, path) : join(root, path)));
  };
  const server = await createServer({
    root,
    configFile: false,
    resolve: { alias },
    logLevel: "warn",
    appType: "custom",
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const { prerenderDefaultView } = await server.ssrLoadModule("/src/app/prerender.tsx");
    return stripDataAttributes(await prerenderDefaultView());
  } finally {
    await server.close();
    globalThis.fetch = fetchBefore;
    // Vite's dev server sets NODE_ENV for the process; the build goes on as production.
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

/**
 * Test ids and data attributes belong to the live page: a test or a tool waiting for the map must find the page's, not
 * this picture of it. None is used by the CSS.
 */
function stripDataAttributes(html) {
  return html?.replace(/ data-[a-z-]+="[^"]*"/g, "");
}

async function bundleBootFrame(root) {
  const result = await build({
    input: join(root, "src/app/bootFrame.ts"),
    write: false,
    logLevel: "warn",
    output: { format: "iife", minify: true },
  });
  return result.output[0].code.trim();
}
