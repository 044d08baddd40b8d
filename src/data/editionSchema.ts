import { z } from "./zod";

/**
 * An edition's manifest (data/editions/<id>/manifest.json): what one report is, where in it the figures the
 * dashboard reads stand, its status classes in the report's order with their words, and where it can be read.
 * Everything else of the edition (dataset, report parse, translation, default deck, source text) sits beside it
 * under fixed names (docs/EDITIONS.md). Validated like every file the app reads; types inferred, never written twice.
 */
const text = z.string().trim().min(1).max(2000);
const section = z.string().regex(/^(\d+(\.\d+)*|[a-z]+)$/u, "must be a section such as 2.1, or a part such as underlag");

export const editionIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/u, "must be an edition id: lower-case letters, digits and hyphens");

export const sourceLinkSchema = z.object({
  /** What the link opens, in both languages ("Rapporten hos Tillväxtverket"). */
  sv: text,
  en: text,
  url: z.url({ protocol: /^https$/u }),
  /** Where the link was found (a page of Tillväxtverket's or the region's own), so a person can check it. */
  foundAt: text,
  /** The region it belongs to, where it is a region's own page. */
  region: z.string().regex(/^SE-[A-Z]{1,2}$/u).optional(),
});

export const editionManifestSchema = z.object({
  id: editionIdSchema,
  /** A test edition, never shipped: the build refuses it under data/editions/. */
  fixture: z.literal(true).optional(),
  title: text,
  titleEn: text.optional(),
  publisher: text,
  date: z.iso.date(),
  reference: text,
  /** The sections where the report gives the statuses, the list of strategies and the national findings. */
  sections: z.object({ statuses: section, listing: section, findings: section }),
  /** The report's status groups, in its order: their colours follow this order. */
  statuses: z
    .array(z.object({ id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/u), sv: text, en: text }))
    .min(1)
    .max(8),
  /** The report's text as the edition keeps it, with where it came from and on what terms. */
  source: z.object({ file: z.literal("source.txt"), origin: text, licence: text }),
  links: z.array(sourceLinkSchema).max(100).default([]),
});

export type EditionManifest = z.infer<typeof editionManifestSchema>;
export type SourceLink = z.infer<typeof sourceLinkSchema>;
