import type { Plugin, UserConfig } from "vite";
export const SINGLE_FILE_MODE: string;
export const SINGLE_FILE_NAME: string;
export function singleFileBuild(root: string): UserConfig;
export function singleFileAlongside(): Plugin;
