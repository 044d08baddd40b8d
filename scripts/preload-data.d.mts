import type { Plugin } from "vite";
export function preloadDataPlugin(): Plugin;
