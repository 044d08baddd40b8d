/**
 * One problem found in a file: where (a path such as "practices[3].regions") and what. `message` is English, for
 * scripts and logs; `problem` is the same in a structured form the page says in the interface language
 * (src/i18n/issueText.ts), and `subject` names the element the path starts in ("Kalmar" for regions[7]) where the
 * file names it.
 */
export type ValidationIssue = { path: string; message: string; problem?: IssueProblem; subject?: string };

/**
 * What is wrong at a path, in a form that can be said in any language: zod's issue codes with their parameters,
 * "missing" for an absent required field, and the rules the schema cannot express (validate.ts, provenance.ts,
 * deckSchema.ts) by name with their values.
 */
export type IssueProblem =
  | { code: "missing" }
  /** zod's expected type: "string", "number", "int", "boolean", "array", "object", … */
  | { code: "invalid_type"; expected: string }
  /** `origin` is what was measured ("string": characters, "array": entries, "number": the value). */
  | { code: "too_small" | "too_big"; origin: string; limit: number; inclusive: boolean; exact: boolean }
  | { code: "invalid_value"; values: string[] }
  /** "date", or "regex" with the pattern's source ("/^SE-[A-Z]{1,2}$/"). */
  | { code: "invalid_format"; format: string; pattern?: string }
  | { code: "unrecognized_keys"; keys: string[] }
  /** Any other of zod's issues. */
  | { code: "invalid" }
  | { code: "rule"; rule: IssueRule; params?: Readonly<Record<string, string>> };

/** A rule across fields that the schema cannot express, by name; its values go in `params` (issueText.ts says which). */
export type IssueRule =
  | "duplicate"
  | "scb-order"
  | "unknown-region"
  | "question-order"
  | "question-section"
  | "no-statuses"
  | "unknown-status"
  | "unused-status"
  | "revised-before-adopted"
  | "listed-twice"
  | "regions-order"
  | "all-regions-evidence"
  | "example-one-region"
  | "examples-several-regions"
  | "all-regions-missing"
  | "excerpt-question"
  | "footnote-excerpt"
  | "invalid-dataset"
  | "view-param"
  | "not-one-file"
  /** Two files of one bundle (or a data file and the report the app has) are different editions (editionBundleMatch.ts). */
  | "edition-mismatch"
  /** A data file alone whose edition the app has no report of. */
  | "edition-unknown"
  /** A bundle's dataset says what its own report does not (provenance.ts's English message in `detail`). */
  | "not-in-report";

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
