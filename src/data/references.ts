import { arrayAt, isObject, numberAt, stringAt } from "./loose";
import type { IssueProblem, IssueRule, ValidationIssue } from "./issues";

/**
 * The dataset's rules across fields, which the schema cannot express (validate.ts runs them after the schema):
 * unknown / duplicate codes and ids, the SCB order, status ids, question/section consistency, evidence kinds and
 * allRegions practices. The input is read defensively, so the rules also run (and report) when the schema fails,
 * and never throw on non-JSON-shaped input.
 */

/** Adds an issue: its English message, and the rule it breaks with the values the interface says it with (issueText.ts). */
type Add = (path: string, message: string, rule: IssueRule, params?: Record<string, string | number | boolean>) => void;

export const ruleProblem = (rule: IssueRule, params?: Record<string, string | number | boolean>): IssueProblem =>
  params ? { code: "rule", rule, params: Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])) } : { code: "rule", rule };

/** Reports a value seen before, naming where it was first seen. */
function duplicateTracker(add: Add, what: string) {
  const seen = new Map<string, string>();
  return (path: string, value: string | number | undefined) => {
    if (value === undefined) return;
    const key = String(value);
    const first = seen.get(key);
    if (first !== undefined) add(path, `duplicate ${what} ${key} (also at ${first})`, "duplicate", { what, value: key, first });
    else seen.set(key, path);
  };
}

export function checkReferences(raw: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const add: Add = (path, message, rule, params) => issues.push({ path, message, problem: ruleProblem(rule, params) });
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
        add(`regions[${i}].scb`, `regions must be ordered by SCB code: ${scb} comes after ${previousScb}`, "scb-order", {
          value: scb,
          previous: previousScb,
        });
      }
      previousScb = scb;
    }
  });
  const known = (path: string, code: unknown) => {
    if (typeof code === "string" && !codes.has(code)) add(path, `unknown region code ${code}`, "unknown-region", { value: code });
  };

  // Questions: ids 1–9 in order, section 2.2.<id>.
  arrayAt(raw, "questions").forEach((q, i) => {
    const id = numberAt(q, "id");
    if (id !== undefined && id !== i + 1) add(`questions[${i}].id`, `expected question ${i + 1}, found ${id}`, "question-order", { expected: i + 1, found: id });
    const section = stringAt(q, "section");
    if (id !== undefined && section !== undefined && section !== `2.2.${id}`) {
      add(`questions[${i}].section`, `question ${id} belongs to section 2.2.${id}, not ${section}`, "question-section", { question: id, section });
    }
  });

  // Statuses: the edition's own classes, in the report's order; distinct ids and footnotes; each used by some region,
  // and every region's status one of them.
  const statuses = arrayAt(raw, "statuses");
  if (statuses.length === 0) add("statuses", "expected the report's status groups, found none", "no-statuses");
  const statusIds = new Set(statuses.map((s) => stringAt(s, "id")));
  regions.forEach((region, i) => {
    const status = isObject(region) ? stringAt(region.strategy, "status") : undefined;
    if (status !== undefined && !statusIds.has(status)) add(`regions[${i}].strategy.status`, `"${status}" is not one of the dataset's statuses`, "unknown-status", { value: status });
  });
  const dupStatusId = duplicateTracker(add, "status id");
  const dupStatusFootnote = duplicateTracker(add, "status footnote");
  statuses.forEach((status, i) => {
    const id = stringAt(status, "id");
    dupStatusId(`statuses[${i}].id`, id);
    dupStatusFootnote(`statuses[${i}].footnote`, numberAt(status, "footnote"));
    if (id !== undefined && !regions.some((r) => isObject(r) && stringAt(r.strategy, "status") === id)) {
      add(`statuses[${i}]`, `no region has status "${id}"`, "unused-status", { value: id });
    }
  });

  // Strategy years.
  regions.forEach((region, i) => {
    const strategy = isObject(region) ? region.strategy : undefined;
    const adopted = numberAt(strategy, "adopted");
    const revised = numberAt(strategy, "revised");
    if (adopted !== undefined && revised !== undefined && revised < adopted) {
      add(`regions[${i}].strategy.revised`, `revised ${revised} is before adopted ${adopted}`, "revised-before-adopted", { revised, adopted });
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
      add(`practices[${i}].source.section`, `question ${question} belongs to section 2.2.${question}, not ${section}`, "question-section", {
        question,
        section,
      });
    }
    const list = arrayAt(practice, "regions");
    const seen = new Set<string>();
    list.forEach((code, k) => {
      known(`practices[${i}].regions[${k}]`, code);
      if (typeof code !== "string") return;
      if (seen.has(code)) add(`practices[${i}].regions[${k}]`, `region ${code} is listed twice`, "listed-twice", { value: code });
      seen.add(code);
    });
    const strings = list.filter((c): c is string => typeof c === "string");
    for (let k = 1; k < strings.length; k++) {
      const a = strings[k - 1];
      const b = strings[k];
      if (a !== undefined && b !== undefined && scbOf(b) < scbOf(a)) {
        add(`practices[${i}].regions`, `regions must be in SCB order: ${b} comes after ${a}`, "regions-order", { value: b, previous: a });
        break;
      }
    }
    const evidence = stringAt(practice, "evidence");
    const allRegions = isObject(practice) && practice.allRegions === true;
    if (evidence !== undefined && allRegions !== (evidence === "all")) {
      add(
        `practices[${i}].allRegions`,
        `allRegions is ${allRegions} but evidence is "${evidence}": a statement of all regions is both, and only it`,
        "all-regions-evidence",
        { allRegions, evidence },
      );
    }
    if (evidence === "example" && list.length !== 1) {
      add(`practices[${i}].regions`, `an example names one region; a paragraph of examples is one practice per region`, "example-one-region");
    }
    if (evidence === "examples" && list.length < 2) {
      add(`practices[${i}].regions`, `examples of one statement name several regions; one region is an "example"`, "examples-several-regions");
    }
    if (allRegions) {
      const missing = [...codes].filter((c) => !seen.has(c));
      if (missing.length > 0 || seen.size !== codes.size) {
        add(`practices[${i}].regions`, `allRegions is true but the practice lacks ${missing.join(", ") || "some regions"}`, "all-regions-missing", {
          missing: missing.join(", "),
        });
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
      add(`excerpts[${i}].section`, `question ${question} belongs to section 2.2.${question}, not ${section}`, "question-section", { question, section });
    }
    if (question === undefined && section !== undefined && /^2\.2\.\d$/u.test(section)) {
      add(`excerpts[${i}].question`, `an excerpt of section ${section} must name its question`, "excerpt-question", { section });
    }
    const footnoteExcerpt = stringAt(excerpt, "kind") === "footnote";
    if (footnoteExcerpt !== (numberAt(excerpt, "footnote") !== undefined) || footnoteExcerpt !== (stringAt(excerpt, "note") !== undefined)) {
      add(`excerpts[${i}]`, `a footnote excerpt has a footnote and its note; a sentence of running text has neither`, "footnote-excerpt");
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
