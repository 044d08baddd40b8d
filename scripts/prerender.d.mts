import type { Plugin } from "vite";
export function prerenderPlugin(): Plugin;
export function panelStylesheets(bundle: Record<string, unknown> | undefined): string[];
