import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Vite plugin: the page's data and geometry are asked for by the HTML itself (<link rel="preload" as="fetch">), so
 * they download while the app's script is still being parsed, not after it runs. Build only; the files are those
 * main.tsx fetches first (src/app/useAppData.ts): the newest edition's dataset (its hashed asset name; the page opens
 * with the newest, src/data/editions.ts) and the geometry in public/geo.
 */
const GEOMETRY = ["geo/counties.geojson", "geo/context.geojson", "geo/labels.json", "geo/neighbours.json"];

/** The newest edition's folder name under `dir`, by its manifest's date. */
function newestEdition(dir) {
  const editions = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({ id: entry.name, date: JSON.parse(readFileSync(join(dir, entry.name, "manifest.json"), "utf8")).date }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  return editions.at(-1)?.id;
}

export function preloadDataPlugin(editionsDir) {
  return {
    name: "rus-preload-data",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler: (_html, ctx) => {
        const newest = `${newestEdition(editionsDir)}/dataset.json`;
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
