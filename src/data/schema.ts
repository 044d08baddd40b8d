import { z } from "zod";

/**
 * The dataset contract (GUIDE 2.1). This schema is the single source of truth:
 * every TypeScript type of the dataset is inferred from it, never written twice.
 * Cross-field rules that zod cannot express per field (unknown region codes,
 * duplicate ids, provenance against the report text) live in validate.ts.
 */

export const STATUS_IDS = ["new-2026", "new-2025", "review", "adopted-2024", "adopted-2021"] as const;

export const regionCodeSchema = z.string().regex(/^SE-[A-Z]{1,2}$/, "must be an ISO 3166-2 code such as SE-AB");
const questionIdSchema = z.number().int().min(1).max(9);
const sectionSchema = z.string().regex(/^\d+(\.\d+)*$/, "must be a section number such as 2.2.1");
const yearSchema = z.number().int().min(1990).max(2100);
const text = z.string().trim().min(1);

export const statusIdSchema = z.enum(STATUS_IDS);

export const editionSchema = z.object({
  id: text,
  title: text,
  publisher: text,
  date: z.iso.date(),
  reference: text,
  sourceFile: z.string().regex(/^data\/sources\/[^/]+$/, "must be a file under data/sources/"),
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

export const statusSchema = z.object({
  id: statusIdSchema,
  /** Legend label in the report's wording (section 2.1). */
  sv: text,
  en: text,
  footnote: z.number().int().positive(),
  /** The sentence of section 2.1 that defines the group, verbatim. */
  quote: text,
});

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
  /** The sentence of the report the item stands on, verbatim. */
  quote: text,
});

export const practiceSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case"),
  question: questionIdSchema,
  sv: text,
  en: text,
  regions: z.array(regionCodeSchema).min(1),
  allRegions: z.boolean().optional(),
  source: sourceSchema,
});

export const excerptSchema = z.object({
  region: regionCodeSchema,
  /** The question whose section holds the passage; absent for section 2.1 and the list of strategies. */
  question: questionIdSchema.optional(),
  /** "2.1", "2.2.4", … (or "1.1" for the one passage of the introduction that names a region). */
  section: sectionSchema,
  text: text,
});

export const findingsSchema = z.object({
  summary: z.array(text).min(1),
  challenges: z.array(text).min(1),
  successFactors: z.array(text).min(1),
});

export const datasetSchema = z.object({
  edition: editionSchema,
  questions: z.array(questionSchema).length(9),
  statuses: z.array(statusSchema).length(5),
  regions: z.array(regionSchema).length(21),
  practices: z.array(practiceSchema).min(1),
  excerpts: z.array(excerptSchema),
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
export type RegionCode = Region["code"];
