import type { Lang } from "../i18n/strings";
import { TranslationNote, useBilingual } from "./Bilingual";
import { ReportText } from "./ReportText";
import "./reportQuote.css";

type QuotedListProps = {
  items: readonly string[];
  lang: Lang;
  labelledBy?: string;
  testId?: string;
};

/** A list of the report's own sentences as a quotation; in English, their unofficial translation with the label and the toggle. */
export function QuotedList({ items, lang, labelledBy, testId }: QuotedListProps) {
  const shown = useBilingual(items, lang);
  return (
    <>
      <blockquote lang={shown.lang}>
        <ul aria-labelledby={labelledBy} data-testid={testId}>
          {shown.texts.map((item, i) => (
            <li key={items[i]}>
              <ReportText text={item} />
            </li>
          ))}
        </ul>
      </blockquote>
      <TranslationNote text={shown} lang={lang} />
    </>
  );
}
