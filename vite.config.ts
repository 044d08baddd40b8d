/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

export default defineConfig({
  plugins: [react()],
  // maplibre-gl 6 ships its worker as a separate module; pre-bundling breaks its URL in dev.
  optimizeDeps: { exclude: ["maplibre-gl"] },
  build: { target: "es2022", sourcemap: false },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ["tests/unit/**/*.test.{ts,tsx}"],
    setupFiles: ["tests/unit/setup.ts"],
    environment: "node",
    testTimeout: 60_000,
  },
});
