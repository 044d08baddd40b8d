import type { Lang } from "./strings";

/**
 * Where in a file a problem is, in words: "practices[3].regions" → "Arbetssätt 4, dess regioner". Pure and
 * table-driven: the path's keys and indexes are looked up in the tables below; a key the tables do not know is named
 * as it is in the file. What the problem is: issueText.ts.
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
  // An edition bundle (src/data/editionBundle.ts): its parts, the report parse's and the manifest's fields.
  dataset: noun("datafil", "datafilen", "data file"),
  report: noun("rapport", "rapporten", "report"),
  translation: noun("översättning", "översättningen", "translation"),
  manifest: noun("manifest", "manifestet", "manifest"),
  sections: noun("avsnitt", "avsnitten", "sections"),
  passages: noun("stycken", "styckena", "passages"),
  footnotes: noun("fotnoter", "fotnoterna", "footnotes"),
  sentences: noun("meningar", "meningarna", "sentences"),
  number: noun("nummer", "numret", "number"),
  n: noun("nummer", "numret", "number"),
  level: noun("nivå", "nivån", "level"),
  links: noun("länkar", "länkarna", "links"),
  url: noun("adress", "adressen", "address"),
  origin: noun("ursprung", "ursprunget", "origin"),
  licence: noun("licens", "licensen", "licence"),
  file: noun("fil", "filen", "file"),
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
  sections: { sv: "avsnitt", en: "section" },
  passages: { sv: "stycke", en: "passage" },
  footnotes: { sv: "fotnot", en: "footnote" },
  sentences: { sv: "mening", en: "sentence" },
  links: { sv: "länk", en: "link" },
};

/** A bundle's parts: each a file of its own, whose fields are named as at the top of that file ("Datafilen, region 8"). */
const BUNDLE_PARTS = new Set(["dataset", "report", "translation", "manifest"]);

/** Paths that are no place in a file: a problem of the files dropped (several), or of their editions together. */
const PLACELESS = new Set(["(files)", "(edition)"]);

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
 * the genitive ("strategins antagandeår"). A bundle's part comes first ("Datafilen, region 8 (Kalmar), …"); a path
 * that is no place ("(edition)") is said by its problem alone: "".
 */
export function issueWhere(path: string, lang: Lang, subject?: string): string {
  if (PLACELESS.has(path)) return "";
  const segments = pathSegments(path);
  if (segments.length === 0) return lang === "sv" ? "Filen" : "The file";
  const [first, second] = segments;
  if (typeof first === "string" && BUNDLE_PARTS.has(first) && typeof second === "string") {
    const part = fieldNoun(first, true);
    const rest = issueWhere(path.slice(first.length + 1), lang, subject);
    return `${lang === "sv" ? capitalise(part.svDef) : `The ${part.en}`}, ${rest.charAt(0).toLowerCase()}${rest.slice(1)}`;
  }
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
