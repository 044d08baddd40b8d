/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { cspPlugin } from "./scripts/csp.mjs";
import { preloadDataPlugin } from "./scripts/preload-data.mjs";

export default defineConfig({
  // Relative asset paths: the built folder works from any folder of any static web server.
  base: "./",
  plugins: [react(), cspPlugin(), preloadDataPlugin()],
  // maplibre-gl 6 ships its worker as a separate module; pre-bundling breaks its URL in dev.
  optimizeDeps: { exclude: ["maplibre-gl"] },
  build: {
    target: "es2022",
    sourcemap: false,
    // maplibre-gl in a chunk of its own: cached across app releases, and the benchmark can weigh it apart.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: "maplibre-gl", test: /node_modules[\\/]maplibre-gl/ }] } } },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ["tests/unit/**/*.test.{ts,tsx}"],
    setupFiles: ["tests/unit/setup.ts"],
    environment: "node",
    testTimeout: 60_000,
  },
});
