import type { Plugin } from "vite";
/** `editionsDir`: the folder of editions the build ships (the page preloads the newest one's dataset). */
export function preloadDataPlugin(editionsDir: string): Plugin;
