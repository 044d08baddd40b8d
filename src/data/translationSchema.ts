import { z } from "./zod";

/**
 * An unofficial translation of the report (data/translations/report-<edition>.<lang>.json):
 * every passage sentence by sentence, every footnote whole. Validated at load; that it
 * keeps each sentence's region names, numbers and footnote markers is a test
 * (tests/unit/translations.test.ts), not a runtime check.
 */
const sentence = z.string().min(1).max(5000);

export const reportTranslationSchema = z.object({
  /** The parse it translates: its edition's report.json ("data/editions/<id>/report.json"). */
  source: z.string().min(1),
  /** Who translated and how: shown nowhere, kept with the file. */
  note: z.string().optional(),
  passages: z.record(z.string().regex(/^p-[a-z0-9.]+-\d+$/u), z.array(sentence).min(1).max(200)),
  footnotes: z.record(z.string().regex(/^\d+$/u), sentence),
});

export type ReportTranslation = z.infer<typeof reportTranslationSchema>;
