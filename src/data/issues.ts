/** One problem found in a file: where (a path such as "practices[3].regions") and what. */
export type ValidationIssue = { path: string; message: string };

/**
 * What makes a file unusable as a whole, found before (or instead of) its contents'
 * issues. The data layer names it; the page says it in the interface language
 * (src/i18n/fileProblems.ts).
 */
export type FileProblem =
  | { kind: "too-large"; bytes: number; limit: number }
  /** `detail` names the failure in the file system's or the network's own terms, e.g. "NotReadableError" or "HTTP 404". */
  | { kind: "unreadable"; detail: string }
  /**
   * One of the app's own files could not be fetched: the network failed (`status` absent) or the server answered with an
   * error status. Said as "could not fetch … — try again", never as the browser's "TypeError: Failed to fetch".
   */
  | { kind: "fetch-failed"; file: "dataset" | "deck"; status?: number }
  /** Not UTF-8 (a Windows-1252 "ANSI" save, UTF-16), or text already damaged by such a misreading (U+FFFD). */
  | { kind: "encoding" }
  | { kind: "not-json"; line?: number; column?: number }
  /** An array longer than the schema allows, refused before its elements are checked. */
  | { kind: "too-many"; path: string; count: number; limit: number }
  /** Checking threw (e.g. a RangeError): the file is refused, the page carries on. `error` is the error's name. */
  | { kind: "check-failed"; error: string }
  /** A deck file given where a dataset belongs, or a dataset where a deck belongs. */
  | { kind: "wrong-kind"; is: "deck" | "dataset" };

/**
 * Why a file was refused: one problem with the file as a whole, or the issues of its
 * contents with their paths; `incomplete` when checking stopped once there were
 * enough of them to act on (validate.ts, ISSUE_BUDGET).
 */
export type Refusal = { ok: false; problem: FileProblem } | { ok: false; issues: ValidationIssue[]; incomplete?: boolean };

/** "RangeError", "NotReadableError": an error's name for a FileProblem, not the engine's English sentence. */
export function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}
