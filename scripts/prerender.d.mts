import type { Plugin } from "vite";
export function prerenderPlugin(options?: { answersInPage?: boolean }): Plugin;
export function panelStylesheets(bundle: Record<string, unknown> | undefined): string[];
