import type { Plugin } from "vite";
export const CSP_DIRECTIVES: string[];
export const CSP: string;
export function cspPlugin(policy?: string): Plugin;
