import type { Plugin } from "vite";
export const CSP_DIRECTIVES: string[];
export const CSP: string;
export function pagePolicy(scriptHashes: string[]): string;
export function singleFilePolicy(scriptHashes: string[]): string;
export function inlineScriptHashes(html: string): string[];
export function cspPlugin(): Plugin;
