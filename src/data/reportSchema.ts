import { z } from "./zod";

/**
 * The report parsed (data/report-<edition>.json, written by `npm run report`
 * from data/sources/ with src/data/reportParse.ts). Validated at load like the
 * dataset; the types are inferred from this schema.
 */
const text = z.string().min(1);
const code = z.string().regex(/^SE-[A-Z]{1,2}$/u);

export const PASSAGE_KINDS = ["title", "heading", "subheading", "paragraph", "bullet", "numbered", "listing"] as const;
export const passageKindSchema = z.enum(PASSAGE_KINDS);

export const reportSectionSchema = z.object({
  /** "2.2.6", or for the parts without a number: front, sammanfattning, underlag. */
  id: text,
  number: z.string().optional(),
  title: z.string(),
  level: z.number().int().min(0).max(4),
});

const storedPassageSchema = z.object({
  /** Stable: p-<section>-<n>, the n-th passage of its section (its heading is 1). */
  id: z.string().regex(/^p-[a-z0-9.]+-\d+$/u),
  section: text,
  kind: passageKindSchema,
  /** The passage verbatim, in sentences (the unit of translation); a paragraph cut by a page break is joined. */
  sentences: z.array(text).min(1),
  /** Footnote markers in the text, in order. */
  footnotes: z.array(z.number().int().positive()),
  /** Regions the text names (not its footnotes), as codes. */
  regions: z.array(code),
});

/** The file stores a passage's sentences; its text is them joined with single spaces. */
export const reportPassageSchema = storedPassageSchema.transform((p) => ({ ...p, text: p.sentences.join(" ") }));

export const reportFootnoteSchema = z.object({
  n: z.number().int().positive(),
  text,
  /** The passage whose text carries the marker. */
  passage: z.string(),
  section: z.string(),
  regions: z.array(code),
});

export const reportDocSchema = z.object({
  sourceFile: text,
  sections: z.array(reportSectionSchema).min(1).max(200),
  passages: z.array(reportPassageSchema).min(1).max(5000),
  footnotes: z.array(reportFootnoteSchema).max(1000),
});

export type ReportDoc = z.output<typeof reportDocSchema>;
export type ReportSection = z.infer<typeof reportSectionSchema>;
export type ReportPassage = z.output<typeof reportPassageSchema>;
export type ReportFootnote = z.infer<typeof reportFootnoteSchema>;
export type PassageKind = z.infer<typeof passageKindSchema>;
