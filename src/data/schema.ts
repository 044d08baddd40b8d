import type { ArrayLimits } from "./arrayLimits";
import { z } from "./zod";

/**
 * The dataset contract (docs/DATA.md). This schema is the single source of truth:
 * every TypeScript type of the dataset is inferred from it, never written twice.
 * Cross-field rules that zod cannot express per field (unknown region codes,
 * duplicate ids) live in validate.ts; provenance against the report's text
 * (every quote verbatim, every list equal to the report's) in provenance.ts.
 */

/**
 * An edition's status classes are its own (the report's groups of section 2.1 in the edition at hand): ids in
 * kebab-case, in the order the report gives them; colours follow that order (domain/palettes.ts).
 */
const MAX_STATUSES = 8;

export const AFFECTED_FIGURES = ["status", "year", "horizon"] as const;

/** Sweden's counties: the dataset has each once, and a list of regions can name no more. */
const REGION_COUNT = 21;

/**
 * The most items each list may hold, by its property name. Well above the 2026
 * edition (56 practices, 154 excerpts, 5 notes of at most 8 sides, 13 findings),
 * so a later edition fits; low enough that a wrong or hostile file is refused by
 * its size, before its elements are checked (validate.ts, arrayLimits.ts).
 */
export const DATASET_ARRAY_LIMITS = {
  questions: 9,
  statuses: MAX_STATUSES,
  regions: REGION_COUNT,
  practices: 500,
  excerpts: 1000,
  notes: 50,
  affects: AFFECTED_FIGURES.length,
  sides: 20,
  items: 20,
  summary: 100,
  challenges: 100,
  successFactors: 100,
} as const satisfies ArrayLimits;
const LIMIT = DATASET_ARRAY_LIMITS;

export const regionCodeSchema = z.string().regex(/^SE-[A-Z]{1,2}$/, "must be an ISO 3166-2 code such as SE-AB");
const questionIdSchema = z.number().int().min(1).max(9);
const sectionSchema = z.string().regex(/^\d+(\.\d+)*$/, "must be a section number such as 2.2.1");
const yearSchema = z.number().int().min(1990).max(2100);
/** Longer strings are never meaningful here; the cap keeps a hostile file from costing memory. */
const text = z.string().trim().min(1).max(5000);
/** A passage of the parsed report (data/report-<edition>.json), e.g. "p-2.2.6-4". */
const passageIdSchema = z.string().regex(/^p-[a-z0-9.]+-\d+$/, "must be a passage id such as p-2.2.6-4");
const bilingual = z.object({ sv: text, en: text });

export const statusIdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a status id in kebab-case (lower-case letters, digits, hyphens)");

export const editionSchema = z.object({
  id: text,
  title: text,
  /** An English gloss of the title (ours; the report has none): "Compilation of …", never "Summary". */
  titleEn: text.optional(),
  publisher: text,
  date: z.iso.date(),
  reference: text,
  /** The report text the dataset is read from: its edition's source.txt (docs/EDITIONS.md). */
  sourceFile: z.string().regex(/^data\/editions\/[a-z0-9-]+\/source\.txt$/, "must be an edition's source text, data/editions/<id>/source.txt"),
});

export const questionSchema = z.object({
  id: questionIdSchema,
  section: sectionSchema,
  /** Short Swedish label for controls and legends. */
  sv: text,
  /** Short English label. */
  en: text,
  /** The full question in Swedish, verbatim from section 1.4. */
  text: text,
  /** The full question in English (our translation). */
  textEn: text,
});

/**
 * A draft (`npm run edition -- new`, docs/EDITIONS.md) is an item a person has not yet confirmed: a dataset holding
 * one is refused, so nothing unconfirmed is ever shown.
 */
const draftSchema = z.literal(true).optional();
const notADraft = { message: "is a draft: a person must confirm it and remove \"draft\" (docs/EDITIONS.md)", path: ["draft"] };
const confirmed = (item: { draft?: true }) => item.draft === undefined;

export const statusSchema = z.object({
  id: statusIdSchema,
  /** Legend label in the report's wording (section 2.1). */
  sv: text,
  en: text,
  footnote: z.number().int().positive(),
  passage: passageIdSchema,
  /** The sentences of section 2.1 that define the group, verbatim. */
  quote: text,
  draft: draftSchema,
}).refine(confirmed, notADraft);

export const strategySchema = z.object({
  title: text,
  adopted: yearSchema,
  revised: yearSchema.optional(),
  status: statusIdSchema,
  horizon: yearSchema.optional(),
  /** "Med utblick mot …": the year a title looks out to beyond its period. */
  outlook: yearSchema.optional(),
  /** The report's own words where it qualifies the strategy (e.g. footnote 14). */
  note: text.optional(),
  /** The line of "Underlag sammanställning" that lists the strategy, verbatim. */
  listing: text,
});

export const regionSchema = z.object({
  code: regionCodeSchema,
  scb: z.string().regex(/^\d{2}$/, "must be a two-digit county code"),
  name: text,
  organisation: text,
  strategy: strategySchema,
});

export const sourceSchema = z.object({
  section: sectionSchema,
  footnote: z.number().int().positive().optional(),
  /** The passage the quote is taken from. */
  passage: passageIdSchema,
  /** The sentence(s) of that passage the item stands on, whole and verbatim. */
  quote: text,
});

/**
 * What the report's words support (docs/DATA.md):
 * - listed: the report's own list of regions for one statement, in a footnote;
 * - example: one region named as an example in running text;
 * - examples: several regions named as examples of one statement in one sentence
 *   ("exempelvis Östergötland, Blekinge och Värmland"): examples, not a list;
 * - all: a statement the report makes of all regions, never counted as
 *   something a region does.
 */
export const EVIDENCE_KINDS = ["listed", "example", "examples", "all"] as const;
export const evidenceSchema = z.enum(EVIDENCE_KINDS);

export const practiceSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case"),
  question: questionIdSchema,
  sv: text,
  en: text,
  evidence: evidenceSchema,
  regions: z.array(regionCodeSchema).min(1).max(LIMIT.regions),
  allRegions: z.boolean().optional(),
  /** The report's heading or lead that an example stands under ("Årliga regionala konferenser"). */
  group: bilingual.optional(),
  source: sourceSchema,
  draft: draftSchema,
}).refine(confirmed, notADraft);

/**
 * One place where the report names a region: a sentence of running text that
 * names it ("text"), or a footnote that lists it, with the sentence its
 * marker belongs to ("footnote"). A region's excerpts, in report order, are
 * every place the report names it (the list of strategies apart).
 */
export const excerptSchema = z.object({
  region: regionCodeSchema,
  /** The question whose section holds the passage; absent outside 2.2.1–2.2.9. */
  question: questionIdSchema.optional(),
  /** "2.1", "2.2.4", … (or "1.1" for the one passage of the introduction that names a region). */
  section: sectionSchema,
  passage: passageIdSchema,
  kind: z.enum(["text", "footnote"]),
  footnote: z.number().int().positive().optional(),
  /** The sentence, verbatim: the one naming the region, or the one carrying the footnote's marker. */
  text: text,
  /** The footnote's own text, verbatim (kind "footnote"). */
  note: text.optional(),
});

/** A passage on one side of a disagreement: a sentence run of a passage, or a footnote's text. */
export const noteSideSchema = z.object({
  section: text,
  passage: passageIdSchema.optional(),
  footnote: z.number().int().positive().optional(),
  quote: text,
});

/**
 * What a figure rests on beyond one plain passage, with the passages and the figures it affects: where two places in
 * the report differ ("difference": §2.1's two strategies "antagna 2021" against four "Antagen 2021" in its listing,
 * which §2.1 counts under a review instead), or how RUS-kartan reads what the report leaves open or explains
 * ("reading": a title's period against its adoption year, an outlook for an end year, "Antagen 2021/2024, se not 14").
 * Neither calls the report self-contradictory: it explains or classifies where its passages differ.
 */
export const dataNoteSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case"),
  kind: z.enum(["difference", "reading"]),
  regions: z.array(regionCodeSchema).min(1).max(LIMIT.regions),
  affects: z.array(z.enum(AFFECTED_FIGURES)).min(1).max(LIMIT.affects),
  /** RUS-kartan's own account of the disagreement; every claim in it stands in `sides`. */
  sv: text,
  en: text,
  sides: z.array(noteSideSchema).min(1).max(LIMIT.sides),
});

/** How the report was made and what it does not claim (sections 1.4 and 1.4.1), verbatim; a short form for export lines. */
export const caveatsSchema = z.object({
  items: z.array(z.object({ id: text, section: sectionSchema, passage: passageIdSchema, quote: text })).min(1).max(LIMIT.items),
  short: bilingual,
});

export const findingsSchema = z.object({
  summary: z.array(text).min(1).max(LIMIT.summary),
  challenges: z.array(text).min(1).max(LIMIT.challenges),
  successFactors: z.array(text).min(1).max(LIMIT.successFactors),
});

export const datasetSchema = z.object({
  edition: editionSchema,
  questions: z.array(questionSchema).length(LIMIT.questions),
  statuses: z.array(statusSchema).min(1).max(LIMIT.statuses),
  regions: z.array(regionSchema).length(LIMIT.regions),
  practices: z.array(practiceSchema).min(1).max(LIMIT.practices),
  excerpts: z.array(excerptSchema).max(LIMIT.excerpts),
  notes: z.array(dataNoteSchema).max(LIMIT.notes),
  caveats: caveatsSchema,
  findings: findingsSchema,
});

export type Dataset = z.infer<typeof datasetSchema>;
export type Edition = z.infer<typeof editionSchema>;
export type Question = z.infer<typeof questionSchema>;
export type Status = z.infer<typeof statusSchema>;
export type StatusId = z.infer<typeof statusIdSchema>;
export type Region = z.infer<typeof regionSchema>;
export type Strategy = z.infer<typeof strategySchema>;
export type Practice = z.infer<typeof practiceSchema>;
export type Excerpt = z.infer<typeof excerptSchema>;
export type Findings = z.infer<typeof findingsSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type DataNoteKind = DataNote["kind"];
export type DataNote = z.infer<typeof dataNoteSchema>;
export type NoteSide = z.infer<typeof noteSideSchema>;
export type Caveats = z.infer<typeof caveatsSchema>;
export type AffectedFigure = (typeof AFFECTED_FIGURES)[number];
export type RegionCode = Region["code"];
