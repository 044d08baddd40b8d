import type { Plugin } from "vite";
export const CSP_DIRECTIVES: string[];
export const CSP: string;
export function cspPlugin(policy?: string): Plugin;
export function singleFilePolicy(scriptHashes: string[]): string;
