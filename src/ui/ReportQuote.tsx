import type { Lang } from "../i18n/strings";
import { citation } from "../i18n/citation";
import { ReportText } from "./ReportText";
import { useEdition } from "./edition";
import "./reportQuote.css";

type ReportQuoteProps = {
  text: string;
  section: string;
  footnote?: number;
  lang: Lang;
};

/**
 * A verbatim passage of the report with its citation. Quotes stay in Swedish
 * in both languages and are marked as quotations (lang="sv", <blockquote>).
 */
export function ReportQuote({ text, section, footnote, lang }: ReportQuoteProps) {
  const edition = useEdition();
  return (
    <figure className="report-quote">
      <blockquote lang="sv">
        <p>
          <ReportText text={text} />
        </p>
      </blockquote>
      <figcaption>{citation(lang, section, footnote, edition)}</figcaption>
    </figure>
  );
}
