import type { DataNote } from "../data/schema";
import { noteKinds } from "../domain/dataNotes";
import { EVIDENCE_STRINGS } from "../i18n/evidence";
import type { Lang } from "../i18n/strings";
import { ReportQuote } from "./ReportQuote";

type DataNotesProps = { notes: readonly DataNote[]; lang: Lang; open?: boolean };

/**
 * Where two passages of the report differ, or a figure is left to be read: a closed disclosure that says which,
 * opening to each note's kind, RUS-kartan's account (labelled as ours) and the report's own passages, verbatim with
 * their citations. No note calls the report self-contradictory: where its passages differ, it classifies or explains.
 */
export function DataNotes({ notes, lang, open = false }: DataNotesProps) {
  if (notes.length === 0) return null;
  const t = EVIDENCE_STRINGS[lang];
  return (
    <details className="data-notes" data-testid="data-notes" open={open}>
      <summary>{t.dataNotes(...noteKinds(notes))}</summary>
      {notes.map((note) => (
        <section key={note.id} className="data-note" data-note={note.id} data-kind={note.kind}>
          <p className="data-note-kind">{t.dataNoteKind[note.kind]}</p>
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
