/// <reference types="vitest/config" />
import { resolve } from "node:path";
import { defineConfig, mergeConfig, type UserConfig } from "vite";
import react from "@vitejs/plugin-react";
import { VitePWA } from "vite-plugin-pwa";
import { cspPlugin } from "./scripts/csp.mjs";
import { preloadDataPlugin } from "./scripts/preload-data.mjs";
import { prerenderPlugin } from "./scripts/prerender.mjs";
import { SINGLE_FILE_MODE, SINGLE_FILE_NAME, singleFileAlongside, singleFileBuild } from "./scripts/single-file.mjs";

/**
 * The service worker (vite-plugin-pwa, Workbox): after one visit the dashboard opens with the network off. It precaches
 * the whole build: app, dataset, geometry, the report and its English, and maplibre-gl with its worker even where the
 * browser cannot run it (one background download per release, so that where it can, the WebGL map works offline after
 * the first visit too: a runtime cache would miss it, as the first visit loads maplibre-gl before the worker is active).
 * A new version waits until the reader accepts it (src/app/UpdatePrompt.tsx). Not in dev, not in the one file.
 */
const serviceWorker = (disable: boolean) =>
  VitePWA({
    disable,
    registerType: "prompt",
    injectRegister: false,
    manifest: false,
    workbox: {
      globPatterns: ["**/*.{html,js,css,json,geojson}"],
      globIgnores: [SINGLE_FILE_NAME],
      // maplibre-gl's chunk is 1.1 MB; Workbox refuses files over 2 MB by default, which is kept as the guard.
      navigateFallbackDenylist: [new RegExp(`${SINGLE_FILE_NAME.replace(".", "\\.")}$`)],
    },
  });

/**
 * The editions the build ships (src/data/editions.ts): every folder of data/editions/. RUS_EDITIONS points a build
 * at another folder of editions — a test build with a fixture edition beside the real ones (docs/EDITIONS.md).
 */
const EDITIONS_DIR = resolve(import.meta.dirname, process.env.RUS_EDITIONS ?? "data/editions");

export default defineConfig(({ mode }) => {
  const singleFile = mode === SINGLE_FILE_MODE;
  const config: UserConfig = {
    // Relative asset paths: the built folder works from any folder of any static web server.
    base: "./",
    resolve: { alias: { "@editions": EDITIONS_DIR } },
    plugins: singleFile
      ? [react(), serviceWorker(true)]
      : [react(), prerenderPlugin(), cspPlugin(), preloadDataPlugin(EDITIONS_DIR), serviceWorker(false), singleFileAlongside()],
    // maplibre-gl 6 ships its worker as a separate module; pre-bundling breaks its URL in dev.
    optimizeDeps: { exclude: ["maplibre-gl"] },
    build: {
      target: "es2022",
      // An edition's files are fetched by URL: never inlined as data: URLs, however small (the CSP refuses fetching those).
      assetsInlineLimit: (file) => (file.endsWith(".json") ? false : undefined),
      sourcemap: false,
      // maplibre-gl in a chunk of its own: cached across app releases, and the benchmark can weigh it apart.
      rolldownOptions: { output: { codeSplitting: { groups: [{ name: "maplibre-gl", test: /node_modules[\\/]maplibre-gl/ }] } } },
    },
    preview: { port: 4173, strictPort: true },
    test: {
      include: ["tests/unit/**/*.test.{ts,tsx}"],
      setupFiles: ["tests/unit/setup.ts"],
      environment: "node",
      // One module graph for the whole run: 63 -> 22 s here. Each file still loads the app's modules afresh
      // (tests/unit/setup.ts), so no file sees another's page state.
      isolate: false,
      testTimeout: 60_000,
    },
  };
  // The one file (scripts/single-file.mjs): the same app, every file inside one HTML file.
  return singleFile ? mergeConfig(config, singleFileBuild(import.meta.dirname)) : config;
});
