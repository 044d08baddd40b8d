import type { DataNote } from "../data/schema";
import { EVIDENCE_STRINGS } from "../i18n/evidence";
import type { Lang } from "../i18n/strings";
import { ReportQuote } from "./ReportQuote";

type DataNotesProps = { notes: readonly DataNote[]; lang: Lang; open?: boolean };

/**
 * Where the report disagrees with itself: a closed disclosure that says so,
 * opening to RUS-kartan's account of the difference (labelled as ours) and
 * the report's own passages on both sides, verbatim with their citations.
 */
export function DataNotes({ notes, lang, open = false }: DataNotesProps) {
  if (notes.length === 0) return null;
  const t = EVIDENCE_STRINGS[lang];
  return (
    <details className="data-notes" data-testid="data-notes" open={open}>
      <summary>{t.dataNotes(notes.length)}</summary>
      {notes.map((note) => (
        <section key={note.id} className="data-note" data-note={note.id}>
          <p className="data-note-text">{note[lang]}</p>
          <p className="data-note-author">{t.dataNoteAuthor}</p>
          {note.sides.map((side, i) => (
            <ReportQuote key={i} text={side.quote} section={side.section} footnote={side.footnote} lang={lang} />
          ))}
        </section>
      ))}
    </details>
  );
}
