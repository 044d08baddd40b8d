import type { Plugin } from "vite";
export function prerenderPlugin(): Plugin;
export function stripDataAttributes(html: string | undefined): string | undefined;
