import type { IssueProblem, IssueRule, ValidationIssue } from "../data/issues";
import { formatCount } from "./fileProblems";
import { RESILIENCE_STRINGS } from "./resilience";
import type { Lang } from "./strings";

/**
 * A problem in a file said in words: where ("Region 8 (Kalmar), strategins antagandeår") and what ("saknas").
 * Pure and table-driven: the path's keys and indexes, and the problem's code and values (data/issues.ts), are looked
 * up in the tables below. A key the tables do not know is named as it is in the file.
 */

/** A field's noun: Swedish indefinite ("dess titel"), definite ("Titeln", at the top of the file) and genitive
 * ("titelns antagandeår"); English without article ("its title", "the title's"). */
type Noun = { sv: string; svDef: string; svGen: string; en: string };
const noun = (sv: string, svDef: string, en: string, svGen = `${svDef}s`): Noun => ({ sv, svDef, svGen, en });

const FIELDS: Record<string, Noun> = {
  // The dataset (src/data/schema.ts).
  edition: noun("utgåva", "utgåvan", "edition"),
  questions: noun("frågor", "frågorna", "questions"),
  statuses: noun("statusgrupper", "statusgrupperna", "status groups"),
  regions: noun("regioner", "regionerna", "regions"),
  practices: noun("arbetssätt", "arbetssätten", "practices"),
  excerpts: noun("utdrag", "utdragen", "excerpts"),
  caveats: noun("förbehåll", "förbehållen", "caveats"),
  findings: noun("slutsatser", "slutsatserna", "findings"),
  id: noun("id", "id:t", "id", "id:ts"),
  title: noun("titel", "titeln", "title"),
  titleEn: noun("engelska titel", "engelska titeln", "English title"),
  publisher: noun("utgivare", "utgivaren", "publisher"),
  date: noun("datum", "datumet", "date"),
  reference: noun("referens", "referensen", "reference"),
  sourceFile: noun("källfil", "källfilen", "source file"),
  section: noun("avsnitt", "avsnittet", "section"),
  sv: noun("svenska text", "svenska texten", "Swedish text"),
  en: noun("engelska text", "engelska texten", "English text"),
  text: noun("text", "texten", "text"),
  textEn: noun("engelska fulltext", "engelska fulltexten", "full English text"),
  footnote: noun("fotnot", "fotnoten", "footnote"),
  passage: noun("stycke", "stycket", "passage"),
  quote: noun("citat", "citatet", "quote"),
  code: noun("kod", "koden", "code"),
  scb: noun("länskod (SCB)", "länskoden (SCB)", "county code (SCB)", "länskodens"),
  name: noun("namn", "namnet", "name"),
  organisation: noun("organisation", "organisationen", "organisation"),
  strategy: noun("strategi", "strategin", "strategy"),
  adopted: noun("antagandeår", "antagandeåret", "adoption year"),
  revised: noun("revideringsår", "revideringsåret", "revision year"),
  status: noun("status", "statusen", "status"),
  horizon: noun("tidshorisont", "tidshorisonten", "time horizon"),
  outlook: noun("utblicksår", "utblicksåret", "outlook year"),
  note: noun("anmärkning", "anmärkningen", "note"),
  listing: noun("rad i förteckningen", "raden i förteckningen", "listing line", "förteckningsradens"),
  question: noun("fråga", "frågan", "question"),
  evidence: noun("belägg", "belägget", "evidence"),
  allRegions: noun("markering för alla regioner", "markeringen för alla regioner", "all-regions mark", "markeringens"),
  group: noun("rubrik", "rubriken", "heading"),
  source: noun("källa", "källan", "source"),
  region: noun("region", "regionen", "region"),
  kind: noun("typ", "typen", "kind"),
  affects: noun("påverkade uppgifter", "de påverkade uppgifterna", "affected figures", "de påverkade uppgifternas"),
  sides: noun("sidor", "sidorna", "sides"),
  items: noun("punkter", "punkterna", "items"),
  short: noun("kortform", "kortformen", "short form"),
  summary: noun("sammanfattning", "sammanfattningen", "summary"),
  challenges: noun("utmaningar", "utmaningarna", "challenges"),
  successFactors: noun("framgångsfaktorer", "framgångsfaktorerna", "success factors"),
  // A deck (src/present/deckSchema.ts).
  version: noun("version", "versionen", "version"),
  slides: noun("bilder", "bilderna", "slides"),
  view: noun("vy", "vyn", "view"),
  caption: noun("bildtext", "bildtexten", "caption"),
  panel: noun("panel", "panelen", "panel"),
};

/** Where a key differs at the top of the file: the dataset's `notes` are data notes, a slide's are the speaker's. */
const TOP_FIELDS: Record<string, Noun> = { notes: noun("datanoter", "datanoterna", "data notes") };
const NESTED_FIELDS: Record<string, Noun> = { notes: noun("talarmanus", "talarmanuset", "speaker's notes") };

/** The noun of one element of a list, by the list's key: "Region 3", "sida 2". */
const ELEMENTS: Record<string, { sv: string; en: string }> = {
  questions: { sv: "fråga", en: "question" },
  statuses: { sv: "statusgrupp", en: "status group" },
  regions: { sv: "region", en: "region" },
  practices: { sv: "arbetssätt", en: "practice" },
  excerpts: { sv: "utdrag", en: "excerpt" },
  notes: { sv: "datanot", en: "data note" },
  affects: { sv: "påverkad uppgift", en: "affected figure" },
  sides: { sv: "sida", en: "side" },
  items: { sv: "förbehåll", en: "caveat" },
  summary: { sv: "punkt", en: "point" },
  challenges: { sv: "utmaning", en: "challenge" },
  successFactors: { sv: "framgångsfaktor", en: "success factor" },
  slides: { sv: "bild", en: "slide" },
};

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

type Segment = string | number;

/** "practices[3].regions" → ["practices", 3, "regions"]; "(root)" → []. */
export function pathSegments(path: string): Segment[] {
  if (path === "(root)") return [];
  const out: Segment[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/gu)) {
    if (match[2] !== undefined) out.push(Number(match[2]));
    else if (match[1] !== undefined) out.push(match[1]);
  }
  return out;
}

function fieldNoun(key: string, top: boolean): Noun {
  const known = (top ? TOP_FIELDS[key] : NESTED_FIELDS[key]) ?? FIELDS[key];
  return known ?? noun(`fält ”${key}”`, `fältet ”${key}”`, `field “${key}”`, `fältet ”${key}”:s`);
}

/**
 * Where a path points, in words: "practices[3].regions" → "Arbetssätt 4, dess regioner" / "Practice 4, its regions";
 * "regions[7].strategy.adopted" with the subject "Kalmar" → "Region 8 (Kalmar), strategins antagandeår". An element
 * of a list is its noun and number from 1; a field after an element is "dess …" / "its …"; a field of a field takes
 * the genitive ("strategins antagandeår").
 */
export function issueWhere(path: string, lang: Lang, subject?: string): string {
  const segments = pathSegments(path);
  if (segments.length === 0) return lang === "sv" ? "Filen" : "The file";
  const parts: string[] = [];
  /** The field just named, whose genitive the next field takes; undefined after an element or at the top. */
  let owner: Noun | undefined;
  let afterElement = false;
  segments.forEach((segment, i) => {
    const next = segments[i + 1];
    if (typeof segment === "number") return;
    if (typeof next === "number") {
      // A list's element: "Region 8 (Kalmar)", "sida 2".
      if (owner) parts.push(lang === "sv" ? owner.svDef : `the ${owner.en}`);
      const element = ELEMENTS[segment];
      const name = element ? element[lang] : segment;
      const label = i === 0 && subject ? ` (${subject})` : "";
      parts.push(`${name} ${next + 1}${label}`);
      owner = undefined;
      afterElement = true;
      return;
    }
    const field = fieldNoun(segment, i === 0);
    if (next === undefined) {
      // The field the problem is in.
      if (owner) parts.push(lang === "sv" ? `${owner.svGen} ${field.sv}` : `the ${owner.en}'s ${field.en}`);
      else if (afterElement) parts.push(lang === "sv" ? `dess ${field.sv}` : `its ${field.en}`);
      else parts.push(lang === "sv" ? field.svDef : `the ${field.en}`);
      return;
    }
    // A field that holds more: named by the next field's genitive, or on its own when one already waits.
    if (owner) parts.push(lang === "sv" ? owner.svDef : `the ${owner.en}`);
    owner = field;
  });
  return capitalise(parts.join(", "));
}

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
};

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
  switch (key) {
    case "practice":
      return sv ? `okänt arbetssätt ${q(value)}` : `unknown practice ${q(value)}`;
    case "region":
      return sv ? `okänd region ${q(value)}` : `unknown region ${q(value)}`;
    case "compare":
      return sv ? `ogiltig jämförelse ${q(value)} (2–4 kända regionkoder)` : `invalid comparison ${q(value)} (2–4 known region codes)`;
    case "present":
    case "slide":
    case "view":
      return sv ? `${q(key)} hör inte hemma i en bilds vy` : `${q(key)} does not belong in a slide's view`;
    default:
      return sv ? `ogiltig eller okänd parameter ${key}=${q(value)}` : `invalid or unknown parameter ${key}=${q(value)}`;
  }
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
      return RULES[problem.rule][lang](problem.params ?? {}, lang);
  }
}

/**
 * One issue in words: where, and what. An issue without a structured problem (provenance's, from the command line
 * only) keeps its English message.
 */
export function issueText(issue: ValidationIssue, lang: Lang): { where: string; what: string } {
  if (issue.path === "(files)") return { where: "", what: issue.problem ? problemText(issue.problem, lang) : issue.message };
  return { where: issueWhere(issue.path, lang, issue.subject), what: issue.problem ? problemText(issue.problem, lang) : issue.message };
}

/** One issue as one line of text: "Region 8 (Kalmar), strategins antagandeår: saknas". */
export function issueLine(issue: ValidationIssue, lang: Lang): string {
  const { where, what } = issueText(issue, lang);
  return where ? `${where}: ${what}` : what;
}
