import type { IssueRule } from "../data/issues";
import { editionRuleText } from "./editionIssues";
import { issueWhere } from "./issueWhere";
import { RESILIENCE_STRINGS } from "./resilience";
import type { Lang } from "./strings";

/**
 * The rules a file breaks beyond its schema (validate.ts, references.ts, deckSchema.ts, editionBundle.ts), by name
 * (data/issues.ts IssueRule), in words, with the values the check gives in `params`.
 */

type Params = Readonly<Record<string, string>>;
type RuleText = (p: Params, lang: Lang) => string;

/** What a duplicate is a duplicate of, by the `what` validate.ts gives. */
const DUPLICATES: Record<string, Record<Lang, string>> = {
  "region code": { sv: "regionkoden", en: "region code" },
  "SCB code": { sv: "länskoden", en: "county code" },
  "region name": { sv: "regionnamnet", en: "region name" },
  "status id": { sv: "statusgruppens id", en: "status group id" },
  "status footnote": { sv: "fotnoten", en: "footnote" },
  "practice id": { sv: "arbetssättets id", en: "practice id" },
  "practice footnote": { sv: "fotnoten", en: "footnote" },
  excerpt: { sv: "utdraget", en: "excerpt" },
  "note id": { sv: "datanotens id", en: "data note id" },
};

const p = (params: Params, key: string) => params[key] ?? "?";

/** The rules validate.ts and deckSchema.ts check beyond the schema, by name (data/issues.ts IssueRule). */
const RULES: Record<IssueRule, Record<Lang, RuleText>> = {
  duplicate: {
    sv: (v) => `${DUPLICATES[p(v, "what")]?.sv ?? p(v, "what")} ${p(v, "value")} finns redan (${issueWhere(p(v, "first"), "sv")})`,
    en: (v) => `duplicate ${DUPLICATES[p(v, "what")]?.en ?? p(v, "what")} ${p(v, "value")} (also at ${issueWhere(p(v, "first"), "en")})`,
  },
  "scb-order": {
    sv: (v) => `regionerna ska stå i länskodsordning: ${p(v, "value")} kommer efter ${p(v, "previous")}`,
    en: (v) => `the regions must be in county-code order: ${p(v, "value")} comes after ${p(v, "previous")}`,
  },
  "unknown-region": { sv: (v) => `okänd regionkod ${p(v, "value")}`, en: (v) => `unknown region code ${p(v, "value")}` },
  "question-order": {
    sv: (v) => `här ska fråga ${p(v, "expected")} stå, inte fråga ${p(v, "found")}`,
    en: (v) => `question ${p(v, "expected")} belongs here, not question ${p(v, "found")}`,
  },
  "question-section": {
    sv: (v) => `fråga ${p(v, "question")} hör till avsnitt 2.2.${p(v, "question")}, inte ${p(v, "section")}`,
    en: (v) => `question ${p(v, "question")} belongs to section 2.2.${p(v, "question")}, not ${p(v, "section")}`,
  },
  "no-statuses": { sv: () => "rapportens statusgrupper saknas", en: () => "the report's status groups are missing" },
  "unknown-status": {
    sv: (v) => `”${p(v, "value")}” är inte en av filens statusgrupper`,
    en: (v) => `“${p(v, "value")}” is not one of the file's status groups`,
  },
  "unused-status": {
    sv: (v) => `ingen region har statusen ”${p(v, "value")}”`,
    en: (v) => `no region has the status “${p(v, "value")}”`,
  },
  "revised-before-adopted": {
    sv: (v) => `revideringsåret ${p(v, "revised")} är före antagandeåret ${p(v, "adopted")}`,
    en: (v) => `the revision year ${p(v, "revised")} is before the adoption year ${p(v, "adopted")}`,
  },
  "listed-twice": { sv: (v) => `regionen ${p(v, "value")} står två gånger`, en: (v) => `the region ${p(v, "value")} is listed twice` },
  "regions-order": {
    sv: (v) => `regionerna ska stå i länskodsordning: ${p(v, "value")} kommer efter ${p(v, "previous")}`,
    en: (v) => `the regions must be in county-code order: ${p(v, "value")} comes after ${p(v, "previous")}`,
  },
  "all-regions-evidence": {
    sv: (v) =>
      `allRegions är ${p(v, "allRegions")} men evidence är ”${p(v, "evidence")}”: ett påstående om alla regioner har båda, och bara det`,
    en: (v) =>
      `allRegions is ${p(v, "allRegions")} but evidence is “${p(v, "evidence")}”: a statement of all regions has both, and only it has them`,
  },
  "example-one-region": {
    sv: () => "ett exempel nämner en region; ett stycke med flera exempel är ett arbetssätt per region",
    en: () => "an example names one region; a paragraph of examples is one practice per region",
  },
  "examples-several-regions": {
    sv: () => "exempel på ett påstående nämner flera regioner; en enda region är ett ”example”",
    en: () => "examples of one statement name several regions; one region is an “example”",
  },
  "all-regions-missing": {
    sv: (v) => `påståendet gäller alla regioner men ${p(v, "missing") || "några regioner"} saknas`,
    en: (v) => `the statement is of all regions but ${p(v, "missing") || "some regions"} are missing`,
  },
  "excerpt-question": {
    sv: (v) => `ett utdrag ur avsnitt ${p(v, "section")} ska ange sin fråga`,
    en: (v) => `an excerpt of section ${p(v, "section")} must name its question`,
  },
  "footnote-excerpt": {
    sv: () => "ett fotnotsutdrag har en fotnot och dess text; en mening ur löptexten har ingetdera",
    en: () => "a footnote excerpt has a footnote and its text; a sentence of running text has neither",
  },
  "invalid-dataset": { sv: () => "är inte en giltig datafil", en: () => "is not a valid data file" },
  "view-param": { sv: (v) => viewParamText(v, "sv"), en: (v) => viewParamText(v, "en") },
  "not-one-file": { sv: () => RESILIENCE_STRINGS.sv.notOneFile, en: () => RESILIENCE_STRINGS.en.notOneFile },
  "edition-mismatch": { sv: (v) => editionRuleText("edition-mismatch", v, "sv"), en: (v) => editionRuleText("edition-mismatch", v, "en") },
  "edition-unknown": { sv: (v) => editionRuleText("edition-unknown", v, "sv"), en: (v) => editionRuleText("edition-unknown", v, "en") },
  "not-in-report": { sv: (v) => editionRuleText("not-in-report", v, "sv"), en: (v) => editionRuleText("not-in-report", v, "en") },
};

/** A rule's problem in words, with its values. */
export function ruleText(rule: IssueRule, params: Params, lang: Lang): string {
  return RULES[rule][lang](params, lang);
}

/** A parameter of a slide's view that the view cannot use (deckSchema.ts describeIgnored, in words). */
function viewParamText(v: Params, lang: Lang): string {
  const key = p(v, "key");
  const value = p(v, "value");
  const sv = lang === "sv";
  const q = (s: string) => (sv ? `”${s}”` : `“${s}”`);
  if (v.repeated)
    return sv
      ? `${q(key)} anges mer än en gång; bara den första läses (${q(value)} läses inte)`
      : `${q(key)} is given more than once; only the first is read (${q(value)} is not)`;
  if (v.limit)
    return sv
      ? `en jämförelse rymmer högst ${v.limit} regioner (${q(value)} utelämnas)`
      : `a comparison holds at most ${v.limit} regions (${q(value)} left out)`;
  switch (key) {
    case "practice":
      return sv ? `okänt arbetssätt ${q(value)}` : `unknown practice ${q(value)}`;
    case "region":
      return sv ? `okänd region ${q(value)}` : `unknown region ${q(value)}`;
    case "compare":
      return sv ? `ogiltig jämförelse ${q(value)} (2–6 kända regionkoder)` : `invalid comparison ${q(value)} (2–6 known region codes)`;
    case "present":
    case "slide":
    case "view":
      return sv ? `${q(key)} hör inte hemma i en bilds vy` : `${q(key)} does not belong in a slide's view`;
    default:
      return sv ? `ogiltig eller okänd parameter ${key}=${q(value)}` : `invalid or unknown parameter ${key}=${q(value)}`;
  }
}
