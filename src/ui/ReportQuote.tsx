import type { Lang } from "../i18n/strings";
import { citation } from "../i18n/citation";
import { TranslationNote, useBilingual } from "./Bilingual";
import { ReportText } from "./ReportText";
import { useEdition } from "./edition";
import "./reportQuote.css";

type ReportQuoteProps = {
  text: string;
  section: string;
  footnote?: number;
  /** A footnote's own text, shown under the sentence that carries its marker. */
  note?: { label: string; text: string };
  lang: Lang;
};

/**
 * A verbatim passage of the report with its citation, marked as a quotation
 * (<blockquote> with its language). In the English interface it shows the
 * unofficial translation, labelled, with the Swedish original one click away.
 */
export function ReportQuote({ text, section, footnote, note, lang }: ReportQuoteProps) {
  const edition = useEdition();
  const shown = useBilingual(note ? [text, note.text] : [text], lang);
  return (
    <figure className="report-quote">
      <blockquote lang={shown.lang}>
        <p>
          <ReportText text={shown.texts[0]!} />
        </p>
        {note && (
          <p className="report-quote-note">
            <span className="report-quote-note-label">{note.label}</span> <ReportText text={shown.texts[1]!} />
          </p>
        )}
      </blockquote>
      <figcaption>
        {citation(lang, section, footnote, edition)}
        {shown.translatable && (
          <>
            {" "}
            <TranslationNote text={shown} lang={lang} />
          </>
        )}
      </figcaption>
    </figure>
  );
}
