/** Every edition of `dir` (a folder of editions), oldest first by its manifest's date, then by id. */
export function editionsOldestFirst(dir: string): { id: string; date: string }[];
