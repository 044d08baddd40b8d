import { datasetSchema, DATASET_ARRAY_LIMITS, type Dataset } from "./schema";
import { checkProvenance } from "./provenance";
import type { ReportDoc } from "./reportSchema";
import { arrayAt, isObject, stringAt, type Loose } from "./loose";
import { z } from "./zod";
import { oversizedArray } from "./arrayLimits";
import { checkReferences, ruleProblem } from "./references";

/**
 * Validation of the dataset. First its lists' sizes (arrayLimits.ts): a list longer
 * than the schema allows refuses the file at once, as one problem. Then, when the
 * lists' elements alone have ISSUE_BUDGET issues or more, those are the answer
 * (marked incomplete). Otherwise three layers, all of which run and all of whose
 * issues are collected (never stopping at the first):
 *   1. the zod schema (shape and per-field rules),
 *   2. referential rules across fields (references.ts: unknown / duplicate codes and ids,
 *      status ids, allRegions practices, question/section consistency),
 *   3. when the report's text is given, provenance (provenance.ts): verbatim quotes and
 *      footnote region lists.
 * Layers 2 and 3 read the input defensively, so they also run (and report) when the
 * schema fails, and never throw on non-JSON-shaped input.
 */

import { errorName, type Refusal, type ValidationIssue } from "./issues";
import { formatPath, zodIssues } from "./zodIssues";
import { cutText } from "./cutText";

export { formatPath };

export type ValidationResult = { ok: true; data: Dataset } | Refusal;

export function formatIssues(issues: readonly ValidationIssue[]): string {
  if (issues.length === 0) return "The dataset is valid.";
  const head = `The dataset has ${issues.length} issue${issues.length === 1 ? "" : "s"}:`;
  return [head, ...issues.map((issue) => `  - ${issue.path}: ${issue.message}`)].join("\n");
}

export function validateDataset(raw: unknown, options: { report?: ReportDoc } = {}): ValidationResult {
  try {
    const oversized = oversizedArray(raw, DATASET_ARRAY_LIMITS);
    return oversized ? { ok: false, problem: oversized } : validateSized(raw, options.report);
  } catch (error) {
    // Whatever a hostile file makes the checks throw, the page says so and keeps its data.
    return { ok: false, problem: { kind: "check-failed", error: errorName(error) } };
  }
}

/**
 * How many issues are worth finding before checking stops. A person reads the first
 * few, fixes them and tries again; zod spends some microseconds on each, so a file
 * at its limits with every element wrong (20,000 issues) would hold the tab for
 * 100–500 ms, where a thousand cost a few.
 */
export const ISSUE_BUDGET = 1000;

/**
 * The schema's issues in the dataset's lists, element by element, once they reach
 * ISSUE_BUDGET; undefined while they do not (then the whole schema runs, and costs
 * no more than the budget).
 */
function listIssuesOverBudget(raw: Loose): ValidationIssue[] | undefined {
  const issues: ValidationIssue[] = [];
  for (const [key, schema] of Object.entries(datasetSchema.shape)) {
    const list = raw[key];
    if (!(schema instanceof z.ZodArray) || !Array.isArray(list)) continue;
    for (let i = 0; i < list.length; i++) {
      const parsed = schema.element.safeParse(list[i]);
      if (parsed.success) continue;
      for (const issue of zodIssues(parsed.error.issues, list[i], [key, i])) issues.push(issue);
      if (issues.length >= ISSUE_BUDGET) return issues;
    }
  }
  return undefined;
}

function validateSized(raw: unknown, report: ReportDoc | undefined): ValidationResult {
  const overBudget = isObject(raw) ? listIssuesOverBudget(raw) : undefined;
  if (overBudget) return { ok: false, issues: withSubjects(overBudget, raw), incomplete: true };
  const issues: ValidationIssue[] = [];
  // Appended one by one: spreading a long list into push() overflows the stack.
  const add = (more: readonly ValidationIssue[]) => more.forEach((issue) => issues.push(issue));
  const parsed = datasetSchema.safeParse(raw);
  if (!parsed.success) add(zodIssues(parsed.error.issues, raw));
  add(checkReferences(raw));
  if (report !== undefined && isObject(raw)) {
    try {
      // checkProvenance reads its input defensively, so it is safe on data that failed the schema.
      add(checkProvenance(raw, report));
    } catch (error) {
      issues.push({ path: "(root)", message: `provenance check failed: ${String(error)}` });
    }
  }
  if (issues.length > 0 || !parsed.success) {
    const found = issues.length > 0 ? issues : [{ path: "(root)", message: "invalid dataset", problem: ruleProblem("invalid-dataset") }];
    return { ok: false, issues: withSubjects(found, raw) };
  }
  return { ok: true, data: parsed.data };
}

/** How much of a name an issue carries: enough to recognise it ("Kalmar län"), never a hostile file's 5,000 characters. */
const SUBJECT_LENGTH = 60;

/**
 * Each issue under regions[i] or practices[i] with the name the file gives that element (a region's name, a
 * practice's id), so the page can say "Region 8 (Kalmar)" rather than a bare number.
 */
function withSubjects(issues: ValidationIssue[], raw: unknown): ValidationIssue[] {
  if (!isObject(raw)) return issues;
  return issues.map((issue) => {
    const match = /^(regions|practices)\[(\d+)\]/u.exec(issue.path);
    if (!match) return issue;
    const element = arrayAt(raw, match[1] ?? "")[Number(match[2])];
    const name = stringAt(element, match[1] === "regions" ? "name" : "id")?.trim();
    return name ? { ...issue, subject: cutText(name, SUBJECT_LENGTH) } : issue;
  });
}
