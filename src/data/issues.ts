/** One problem found in a file: where (a path such as "practices[3].regions") and what. */
export type ValidationIssue = { path: string; message: string };
