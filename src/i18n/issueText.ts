import type { IssueProblem, ValidationIssue } from "../data/issues";
import { formatCount } from "./fileProblems";
import { ruleText } from "./issueRules";
import { issueWhere } from "./issueWhere";
import type { Lang } from "./strings";

/**
 * A problem in a file said in words: where ("Region 8 (Kalmar), strategins antagandeår": issueWhere.ts) and what
 * ("saknas"). Pure and table-driven: the problem's code and values (data/issues.ts) are looked up in the tables below
 * and, for the rules across fields, in issueRules.ts.
 */

/** A list of values from the file, quoted, at most a few of them. */
const quoted = (values: readonly string[], lang: Lang) => {
  const shown = values.slice(0, 12).map((v) => (lang === "sv" ? `”${v}”` : `“${v}”`));
  return values.length > 12 ? `${shown.join(", ")}, …` : shown.join(", ");
};

/** A format zod checks with a pattern of the schema's, by the pattern's source; others are "has the wrong form". */
const FORMATS: Record<string, Record<Lang, string>> = {
  "/^SE-[A-Z]{1,2}$/": { sv: "ska vara en ISO 3166-2-kod som SE-AB", en: "must be an ISO 3166-2 code such as SE-AB" },
  "/^\\d{2}$/": { sv: "ska vara en tvåsiffrig länskod som 08", en: "must be a two-digit county code such as 08" },
  "/^\\d+(\\.\\d+)*$/": { sv: "ska vara ett avsnittsnummer som 2.2.1", en: "must be a section number such as 2.2.1" },
  "/^p-[a-z0-9.]+-\\d+$/": { sv: "ska vara ett styckes id som p-2.2.6-4", en: "must be a passage id such as p-2.2.6-4" },
  "/^[a-z0-9]+(-[a-z0-9]+)*$/": {
    sv: "ska skrivas med små bokstäver, siffror och bindestreck, som ny-strategi",
    en: "must be lower-case letters, digits and hyphens, such as new-strategy",
  },
  "/^data\\/editions\\/[a-z0-9-]+\\/source\\.txt$/": {
    sv: "ska vara utgåvans källtext, data/editions/<id>/source.txt",
    en: "must be the edition's source text, data/editions/<id>/source.txt",
  },
};

const TYPES: Record<string, Record<Lang, string>> = {
  string: { sv: "ska vara en text", en: "must be text" },
  number: { sv: "ska vara ett tal", en: "must be a number" },
  int: { sv: "ska vara ett heltal", en: "must be a whole number" },
  boolean: { sv: "ska vara true eller false", en: "must be true or false" },
  array: { sv: "ska vara en lista ([…])", en: "must be a list ([…])" },
  object: { sv: "ska vara ett objekt ({…})", en: "must be an object ({…})" },
};

/** "too_small"/"too_big" for text (characters), lists (entries) and numbers. */
function sizeText(problem: Extract<IssueProblem, { code: "too_small" | "too_big" }>, lang: Lang): string {
  const n = formatCount(lang, problem.limit);
  const small = problem.code === "too_small";
  const sv = lang === "sv";
  if (problem.origin === "string") {
    if (small && problem.limit <= 1) return sv ? "får inte vara tom" : "must not be empty";
    const chars = sv ? "tecken" : problem.limit === 1 ? "character" : "characters";
    if (small) return sv ? `ska vara minst ${n} ${chars}` : `must be at least ${n} ${chars}`;
    return sv ? `får vara högst ${n} ${chars}` : `may be at most ${n} ${chars}`;
  }
  if (problem.origin === "array" || problem.origin === "set") {
    const entries = sv ? (problem.limit === 1 ? "post" : "poster") : problem.limit === 1 ? "entry" : "entries";
    if (problem.exact) return sv ? `ska ha exakt ${n} ${entries}` : `must have exactly ${n} ${entries}`;
    return small
      ? sv
        ? `ska ha minst ${n} ${entries}`
        : `must have at least ${n} ${entries}`
      : sv
        ? `får ha högst ${n} ${entries}`
        : `may have at most ${n} ${entries}`;
  }
  if (!problem.inclusive)
    return small
      ? sv
        ? `ska vara större än ${n}`
        : `must be greater than ${n}`
      : sv
        ? `ska vara mindre än ${n}`
        : `must be less than ${n}`;
  return small ? (sv ? `ska vara minst ${n}` : `must be at least ${n}`) : sv ? `får vara högst ${n}` : `may be at most ${n}`;
}

/** What is wrong, in words: "saknas", "ska vara en text", "får vara högst 5 000 tecken", "ska vara ett av: …". */
export function problemText(problem: IssueProblem, lang: Lang): string {
  const sv = lang === "sv";
  switch (problem.code) {
    case "missing":
      return sv ? "saknas" : "missing";
    case "invalid_type":
      return (
        TYPES[problem.expected]?.[lang] ??
        (sv ? `har fel typ (ska vara ${problem.expected})` : `has the wrong type (must be ${problem.expected})`)
      );
    case "too_small":
    case "too_big":
      return sizeText(problem, lang);
    case "invalid_value":
      if (problem.values.length === 1) return sv ? `ska vara ${quoted(problem.values, lang)}` : `must be ${quoted(problem.values, lang)}`;
      return sv ? `ska vara ett av: ${quoted(problem.values, lang)}` : `must be one of: ${quoted(problem.values, lang)}`;
    case "invalid_format":
      if (problem.format === "date") return sv ? "ska vara ett datum, ÅÅÅÅ-MM-DD" : "must be a date, YYYY-MM-DD";
      return (problem.pattern !== undefined ? FORMATS[problem.pattern]?.[lang] : undefined) ?? (sv ? "har fel form" : "has the wrong form");
    case "unrecognized_keys":
      return sv ? `okända fält: ${quoted(problem.keys, lang)}` : `unknown fields: ${quoted(problem.keys, lang)}`;
    case "invalid":
      return sv ? "är ogiltigt" : "is invalid";
    case "rule":
      return ruleText(problem.rule, problem.params ?? {}, lang);
  }
}

/**
 * One issue in words: where, and what. An issue without a structured problem (provenance's, from the command line
 * only) keeps its English message.
 */
export function issueText(issue: ValidationIssue, lang: Lang): { where: string; what: string } {
  return { where: issueWhere(issue.path, lang, issue.subject), what: issue.problem ? problemText(issue.problem, lang) : issue.message };
}

/** One issue as one line of text: "Region 8 (Kalmar), strategins antagandeår: saknas". */
export function issueLine(issue: ValidationIssue, lang: Lang): string {
  const { where, what } = issueText(issue, lang);
  return where ? `${where}: ${what}` : what;
}
