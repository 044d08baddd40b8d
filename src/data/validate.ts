import { datasetSchema, DATASET_ARRAY_LIMITS, type Dataset } from "./schema";
import { checkProvenance } from "./provenance";
import type { ReportDoc } from "./reportSchema";
import { arrayAt, isObject, numberAt, stringAt, type Loose } from "./loose";
import { z } from "./zod";
import { oversizedArray } from "./arrayLimits";

/**
 * Validation of the dataset. First its lists' sizes (arrayLimits.ts): a list longer
 * than the schema allows refuses the file at once, as one problem. Then, when the
 * lists' elements alone have ISSUE_BUDGET issues or more, those are the answer
 * (marked incomplete). Otherwise three layers, all of which run and all of whose
 * issues are collected (never stopping at the first):
 *   1. the zod schema (shape and per-field rules),
 *   2. referential rules across fields (unknown / duplicate codes and ids, status ids,
 *      allRegions practices, question/section consistency),
 *   3. when the report's text is given, provenance (provenance.ts): verbatim quotes and
 *      footnote region lists.
 * Layers 2 and 3 read the input defensively, so they also run (and report) when the
 * schema fails, and never throw on non-JSON-shaped input.
 */

import { errorName, type Refusal, type ValidationIssue } from "./issues";

export type ValidationResult = { ok: true; data: Dataset } | Refusal;

/** ["practices", 3, "regions"] → "practices[3].regions"; [] → "(root)". */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else {
      const name = typeof key === "symbol" ? key.toString() : key;
      out += out.length > 0 ? `.${name}` : name;
    }
  }
  return out.length > 0 ? out : "(root)";
}

export function formatIssues(issues: readonly ValidationIssue[]): string {
  if (issues.length === 0) return "The dataset is valid.";
  const head = `The dataset has ${issues.length} issue${issues.length === 1 ? "" : "s"}:`;
  return [head, ...issues.map((issue) => `  - ${issue.path}: ${issue.message}`)].join("\n");
}

/** Reports a value seen before, naming where it was first seen. */
function duplicateTracker(add: (path: string, message: string) => void, what: string) {
  const seen = new Map<string, string>();
  return (path: string, value: string | number | undefined) => {
    if (value === undefined) return;
    const key = String(value);
    const first = seen.get(key);
    if (first !== undefined) add(path, `duplicate ${what} ${key} (also at ${first})`);
    else seen.set(key, path);
  };
}

export function checkReferences(raw: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });
  if (!isObject(raw)) return issues;

  // Regions: unique ISO codes, SCB codes and names; ordered by SCB code.
  const regions = arrayAt(raw, "regions");
  const codes = new Set<string>();
  const scbOrder = new Map<string, string>();
  const dupCode = duplicateTracker(add, "region code");
  const dupScb = duplicateTracker(add, "SCB code");
  const dupName = duplicateTracker(add, "region name");
  let previousScb: string | undefined;
  regions.forEach((region, i) => {
    const code = stringAt(region, "code");
    const scb = stringAt(region, "scb");
    dupCode(`regions[${i}].code`, code);
    dupScb(`regions[${i}].scb`, scb);
    dupName(`regions[${i}].name`, stringAt(region, "name"));
    if (code) codes.add(code);
    if (code && scb) scbOrder.set(code, scb);
    if (scb !== undefined) {
      if (previousScb !== undefined && scb <= previousScb) {
        add(`regions[${i}].scb`, `regions must be ordered by SCB code: ${scb} comes after ${previousScb}`);
      }
      previousScb = scb;
    }
  });
  const known = (path: string, code: unknown) => {
    if (typeof code === "string" && !codes.has(code)) add(path, `unknown region code ${code}`);
  };

  // Questions: ids 1–9 in order, section 2.2.<id>.
  arrayAt(raw, "questions").forEach((q, i) => {
    const id = numberAt(q, "id");
    if (id !== undefined && id !== i + 1) add(`questions[${i}].id`, `expected question ${i + 1}, found ${id}`);
    const section = stringAt(q, "section");
    if (id !== undefined && section !== undefined && section !== `2.2.${id}`) {
      add(`questions[${i}].section`, `question ${id} belongs to section 2.2.${id}, not ${section}`);
    }
  });

  // Statuses: the edition's own classes, in the report's order; distinct ids and footnotes; each used by some region,
  // and every region's status one of them.
  const statuses = arrayAt(raw, "statuses");
  if (statuses.length === 0) add("statuses", "expected the report's status groups, found none");
  const statusIds = new Set(statuses.map((s) => stringAt(s, "id")));
  regions.forEach((region, i) => {
    const status = isObject(region) ? stringAt(region.strategy, "status") : undefined;
    if (status !== undefined && !statusIds.has(status)) add(`regions[${i}].strategy.status`, `"${status}" is not one of the dataset's statuses`);
  });
  const dupStatusId = duplicateTracker(add, "status id");
  const dupStatusFootnote = duplicateTracker(add, "status footnote");
  statuses.forEach((status, i) => {
    const id = stringAt(status, "id");
    dupStatusId(`statuses[${i}].id`, id);
    dupStatusFootnote(`statuses[${i}].footnote`, numberAt(status, "footnote"));
    if (id !== undefined && !regions.some((r) => isObject(r) && stringAt(r.strategy, "status") === id)) {
      add(`statuses[${i}]`, `no region has status "${id}"`);
    }
  });

  // Strategy years.
  regions.forEach((region, i) => {
    const strategy = isObject(region) ? region.strategy : undefined;
    const adopted = numberAt(strategy, "adopted");
    const revised = numberAt(strategy, "revised");
    if (adopted !== undefined && revised !== undefined && revised < adopted) {
      add(`regions[${i}].strategy.revised`, `revised ${revised} is before adopted ${adopted}`);
    }
  });

  // Practices.
  const dupPracticeId = duplicateTracker(add, "practice id");
  const dupPracticeFootnote = duplicateTracker(add, "practice footnote");
  const scbOf = (code: string) => scbOrder.get(code) ?? "99";
  arrayAt(raw, "practices").forEach((practice, i) => {
    dupPracticeId(`practices[${i}].id`, stringAt(practice, "id"));
    const source = isObject(practice) ? practice.source : undefined;
    dupPracticeFootnote(`practices[${i}].source.footnote`, numberAt(source, "footnote"));
    const question = numberAt(practice, "question");
    const section = stringAt(source, "section");
    if (question !== undefined && section !== undefined && section !== `2.2.${question}`) {
      add(`practices[${i}].source.section`, `question ${question} belongs to section 2.2.${question}, not ${section}`);
    }
    const list = arrayAt(practice, "regions");
    const seen = new Set<string>();
    list.forEach((code, k) => {
      known(`practices[${i}].regions[${k}]`, code);
      if (typeof code !== "string") return;
      if (seen.has(code)) add(`practices[${i}].regions[${k}]`, `region ${code} is listed twice`);
      seen.add(code);
    });
    const strings = list.filter((c): c is string => typeof c === "string");
    for (let k = 1; k < strings.length; k++) {
      const a = strings[k - 1];
      const b = strings[k];
      if (a !== undefined && b !== undefined && scbOf(b) < scbOf(a)) {
        add(`practices[${i}].regions`, `regions must be in SCB order: ${b} comes after ${a}`);
        break;
      }
    }
    const evidence = stringAt(practice, "evidence");
    const allRegions = isObject(practice) && practice.allRegions === true;
    if (evidence !== undefined && allRegions !== (evidence === "all")) {
      add(`practices[${i}].allRegions`, `allRegions is ${allRegions} but evidence is "${evidence}": a statement of all regions is both, and only it`);
    }
    if (evidence === "example" && list.length !== 1) {
      add(`practices[${i}].regions`, `an example names one region; a paragraph of examples is one practice per region`);
    }
    if (evidence === "examples" && list.length < 2) {
      add(`practices[${i}].regions`, `examples of one statement name several regions; one region is an "example"`);
    }
    if (allRegions) {
      const missing = [...codes].filter((c) => !seen.has(c));
      if (missing.length > 0 || seen.size !== codes.size) {
        add(`practices[${i}].regions`, `allRegions is true but the practice lacks ${missing.join(", ") || "some regions"}`);
      }
    }
  });

  // Excerpts.
  const dupExcerpt = duplicateTracker(add, "excerpt");
  arrayAt(raw, "excerpts").forEach((excerpt, i) => {
    const region = isObject(excerpt) ? excerpt.region : undefined;
    known(`excerpts[${i}].region`, region);
    const text = stringAt(excerpt, "text");
    if (typeof region === "string" && text !== undefined) dupExcerpt(`excerpts[${i}]`, `${region}: "${text.slice(0, 40)}…"`);
    const question = numberAt(excerpt, "question");
    const section = stringAt(excerpt, "section");
    if (question !== undefined && section !== undefined && section !== `2.2.${question}`) {
      add(`excerpts[${i}].section`, `question ${question} belongs to section 2.2.${question}, not ${section}`);
    }
    if (question === undefined && section !== undefined && /^2\.2\.\d$/u.test(section)) {
      add(`excerpts[${i}].question`, `an excerpt of section ${section} must name its question`);
    }
    const footnoteExcerpt = stringAt(excerpt, "kind") === "footnote";
    if (footnoteExcerpt !== (numberAt(excerpt, "footnote") !== undefined) || footnoteExcerpt !== (stringAt(excerpt, "note") !== undefined)) {
      add(`excerpts[${i}]`, `a footnote excerpt has a footnote and its note; a sentence of running text has neither`);
    }
  });

  // Data notes: known regions, unique ids.
  const dupNote = duplicateTracker(add, "note id");
  arrayAt(raw, "notes").forEach((note, i) => {
    dupNote(`notes[${i}].id`, stringAt(note, "id"));
    arrayAt(note, "regions").forEach((code, k) => known(`notes[${i}].regions[${k}]`, code));
  });

  return issues;
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
      for (const issue of parsed.error.issues) issues.push({ path: formatPath([key, i, ...issue.path]), message: issue.message });
      if (issues.length >= ISSUE_BUDGET) return issues;
    }
  }
  return undefined;
}

function validateSized(raw: unknown, report: ReportDoc | undefined): ValidationResult {
  const overBudget = isObject(raw) ? listIssuesOverBudget(raw) : undefined;
  if (overBudget) return { ok: false, issues: overBudget, incomplete: true };
  const issues: ValidationIssue[] = [];
  // Appended one by one: spreading a long list into push() overflows the stack.
  const add = (more: readonly ValidationIssue[]) => more.forEach((issue) => issues.push(issue));
  const parsed = datasetSchema.safeParse(raw);
  if (!parsed.success) add(parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })));
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
    return { ok: false, issues: issues.length > 0 ? issues : [{ path: "(root)", message: "invalid dataset" }] };
  }
  return { ok: true, data: parsed.data };
}
