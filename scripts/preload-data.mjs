import { editionsOldestFirst } from "./edition-folders.mjs";

/**
 * Vite plugin: the page's data and geometry are asked for by the HTML itself (<link rel="preload" as="fetch">), so
 * they download while the app's script is still being parsed, not after it runs. Build only; the files are those
 * main.tsx fetches first (src/app/useAppData.ts): the newest edition's dataset (its hashed asset name; the page opens
 * with the newest, src/data/editions.ts) and the geometry in public/geo.
 */
// The counties and the neighbouring countries are not fetched: index.html carries them (scripts/prerender.mjs).
const GEOMETRY = ["geo/labels.json", "geo/neighbours.json"];

export function preloadDataPlugin(editionsDir) {
  return {
    name: "rus-preload-data",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler: (_html, ctx) => {
        const newest = `${editionsOldestFirst(editionsDir).at(-1)?.id}/dataset.json`;
        const dataset = Object.values(ctx.bundle ?? {}).find(
          (file) => file.type === "asset" && (file.originalFileNames ?? []).some((name) => name === newest || name.endsWith(`/${newest}`)),
        );
        if (!dataset) throw new Error("preload-data: the dataset asset is not in the bundle");
        // crossorigin="anonymous" matches fetch()'s default mode and credentials, so the preloaded response is used.
        return [`./${dataset.fileName}`, ...GEOMETRY.map((path) => `./${path}`)].map((href) => ({
          tag: "link",
          attrs: { rel: "preload", as: "fetch", href, crossorigin: "anonymous" },
          injectTo: "head",
        }));
      },
    },
  };
}
