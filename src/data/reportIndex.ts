import { footnoteListNames, normaliseWhitespace } from "./reportParse";
import type { ReportDoc, ReportFootnote, ReportPassage } from "./reportSchema";

/**
 * Lookups over the parsed report that provenance, translation and the reader
 * share: a passage by id, the run of whole sentences a quote is, a footnote's
 * list. Built once per report.
 */
export type ReportIndex = {
  doc: ReportDoc;
  passage(id: string): ReportPassage | undefined;
  footnote(n: number): ReportFootnote | undefined;
  /** Where a passage stands in the report (0 = first), for report order. */
  position(id: string): number;
  /**
   * The sentences of passage `id` that `quote` consists of (first and last index),
   * or undefined when the quote is not a run of whole sentences of that passage.
   */
  sentenceRun(id: string, quote: string): { from: number; to: number } | undefined;
};

export function indexReport(doc: ReportDoc): ReportIndex {
  const passages = new Map(doc.passages.map((p, i) => [p.id, { passage: p, position: i }]));
  const footnotes = new Map(doc.footnotes.map((f) => [f.n, f]));
  return {
    doc,
    passage: (id) => passages.get(id)?.passage,
    footnote: (n) => footnotes.get(n),
    position: (id) => passages.get(id)?.position ?? Number.MAX_SAFE_INTEGER,
    sentenceRun(id, quote) {
      const sentences = passages.get(id)?.passage.sentences;
      if (!sentences) return undefined;
      const wanted = normaliseWhitespace(quote);
      for (let from = 0; from < sentences.length; from++) {
        let run = "";
        for (let to = from; to < sentences.length; to++) {
          run = to === from ? sentences[to]! : `${run} ${sentences[to]!}`;
          if (run === wanted) return { from, to };
          if (run.length >= wanted.length) break;
        }
      }
      return undefined;
    },
  };
}

/** The names a footnote lists ("Kalmar, Stockholm, Östergötland."), as region codes; unknown names apart. */
export function footnoteCodes(
  note: ReportFootnote,
  codeOf: (name: string) => string | undefined,
): { codes: string[]; unknown: string[] } {
  const codes: string[] = [];
  const unknown: string[] = [];
  for (const name of footnoteListNames(note.text)) {
    const code = codeOf(name);
    if (code) codes.push(code);
    else unknown.push(name);
  }
  return { codes, unknown };
}
