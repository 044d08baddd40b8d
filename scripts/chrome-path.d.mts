export function resolveChromePath(): string | undefined;
export const CHROME_ARGS: string[];
