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

/**
 * Vite plugin (build only): writes the prerender and its script into index.html's #root, and the first answers
 * (src/app/earlyAnswer.ts) beside it as first-answers.json, which the boot script asks for (in the page, they held the
 * first paint back by about 30 ms). `answersInPage` (the one file, which can fetch nothing): in the page instead, as a
 * JSON block before the boot script, which reads it as it runs.
 */
export function prerenderPlugin({ answersInPage = false } = {}) {
  let root;
  let publicDir;
  let alias;
  // Rendered once for both the page and the answers' file, once the bundle is made (the render's dev server sets
  // NODE_ENV, which the bundling must not see).
  let rendered;
  const render = () => (rendered ??= renderDefaultView(root, publicDir, alias));
  return {
    name: "rus-prerender",
    apply: "build",
    configResolved: (config) => {
      root = config.root;
      publicDir = config.publicDir || join(config.root, "public");
      // The editions' folder (@editions) as the build has it.
      alias = config.resolve.alias;
    },
    generateBundle: {
      order: "post",
      async handler() {
        const { answers } = await render();
        if (!answersInPage && Object.keys(answers).length > 0)
          this.emitFile({ type: "asset", fileName: FIRST_ANSWERS_FILE, source: JSON.stringify(answers) });
      },
    },
    transformIndexHtml: {
      order: "post",
      handler: async (html, { bundle }) => {
        const [{ app, answers }, script] = await Promise.all([render(), bundleBootFrame(root, panelStylesheets(bundle))]);
        if (app === undefined) return html;
        // Hidden until its script has framed it: the browser may paint a page it has parsed only in part.
        const marked = app.replace(
          /^<div class="app">/,
          '<div class="app" id="prerendered" aria-hidden="true" inert="" style="visibility:hidden">',
        );
        if (marked === app) throw new Error('prerender: the app does not start with <div class="app">');
        // One copy of the geometry (issue 25, "no byte twice"): the map's shapes are drawn by the boot script from the
        // same GeoJSON the app reads (its JSON blocks, src/data/ownFile.ts), not written out here as paths too.
        const { html: shapeless, blocks } = geometryOnce(marked, publicDir);
        const answered = answersInPage ? jsonBlock(FIRST_ANSWERS_FILE, JSON.stringify(answers)) : "";
        return html.replace('<div id="root">', `${blocks}<div id="root">${shapeless}${answered}<script>${script}</script>`);
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
    const { prerenderDefaultView, prerenderFirstAnswers } = await server.ssrLoadModule("/src/app/prerender.tsx");
    const answers = Object.entries((await prerenderFirstAnswers()) ?? {}).map(([code, html]) => [code, stripDataAttributes(html)]);
    return { app: stripDataAttributes(await prerenderDefaultView()), answers: Object.fromEntries(answers) };
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

/** The first answers' file, beside index.html (src/app/earlyAnswer.ts's FIRST_ANSWERS_FILE). */
const FIRST_ANSWERS_FILE = "first-answers.json";

/**
 * The stylesheets of the side panel's chunk and of the chunks it imports, as paths from the page: the build's own
 * names, from its bundle. None where the panel is in the entry's chunk (the one file), whose styles the page has.
 */
export function panelStylesheets(bundle) {
  const chunks = new Map(
    Object.values(bundle ?? {})
      .filter((c) => c.type === "chunk")
      .map((c) => [c.fileName, c]),
  );
  const isPanel = (id) => id.replace(/\\/g, "/").endsWith("/src/app/SidePanel.tsx");
  const panel = [...chunks.values()].find((c) => (c.moduleIds ?? Object.keys(c.modules ?? {})).some(isPanel));
  if (!panel) throw new Error("prerender: the side panel (src/app/SidePanel.tsx) is in no chunk of the bundle");
  const css = new Set();
  const seen = new Set();
  const walk = (chunk) => {
    if (!chunk || chunk.isEntry || seen.has(chunk)) return;
    seen.add(chunk);
    chunk.viteMetadata?.importedCss?.forEach((file) => css.add(`./${file}`));
    chunk.imports.forEach((file) => walk(chunks.get(file)));
  };
  walk(panel);
  return [...css];
}

/** A file's text as the JSON block the page reads it from (src/data/ownFile.ts); `<` written as \u003c, so no text ends it. */
const jsonBlock = (path, text) => `<script type="application/json" data-file="${path}">${text.replace(/</g, "\\u003c")}</script>`;

/** The geometry files the prerendered map draws (its first and second group of paths, in the files' order). */
const GEOMETRY = ["geo/context.geojson", "geo/counties.geojson"];

/**
 * The prerendered map without its paths' shapes (`d`), and the geometry as the JSON blocks the boot script draws them
 * from and the app reads instead of fetching the files. Every path of the map must be one of the files' features: a
 * path drawn from anything else (an outline) would be left empty, so it fails the build.
 */
function geometryOnce(app, publicDir) {
  const texts = GEOMETRY.map((path) => readFileSync(join(publicDir, path), "utf8"));
  const features = texts.reduce((n, text) => n + JSON.parse(text).features.length, 0);
  const start = app.indexOf('<div class="map-canvas map-svg"');
  const end = app.indexOf("</svg>", start);
  if (start < 0 || end < 0) throw new Error("prerender: no SVG map to draw from the geometry");
  let paths = 0;
  const svg = app.slice(start, end).replace(/(<path\b[^>]*?) d="[^"]*"/g, (_, head) => {
    paths++;
    return head;
  });
  if (paths !== features) throw new Error(`prerender: the map has ${paths} paths, the geometry ${features} features`);
  const blocks = GEOMETRY.map((path, i) => jsonBlock(path, texts[i])).join("");
  return { html: app.slice(0, start) + svg + app.slice(end), blocks };
}

/** The boot script, told the stylesheets of the side panel (it loads them for the first answers, app/earlyAnswer.ts). */
async function bundleBootFrame(root, panelStylesheets) {
  const result = await build({
    input: join(root, "src/app/bootFrame.ts"),
    transform: { define: { __RUS_PANEL_STYLESHEETS__: JSON.stringify(panelStylesheets) } },
    write: false,
    logLevel: "warn",
    output: { format: "iife", minify: true },
  });
  return result.output[0].code.trim();
}
