import type { ReportDoc } from "../data/reportSchema";
import { READER_STRINGS } from "../i18n/reader";
import type { Lang } from "../i18n/strings";
import { useEnglish } from "../ui/reportSource";

/** The report's table of contents with its own section numbers; a choice scrolls the text there. */
export function ReportToc({ doc, lang, onOpen }: { doc: ReportDoc; lang: Lang; onOpen: (section: string) => void }) {
  const t = READER_STRINGS[lang];
  const english = useEnglish(lang);
  const headings = doc.passages.filter((p) => p.kind === "heading");
  return (
    <details className="reader-toc">
      <summary>{t.contents}</summary>
      <nav aria-label={t.contents}>
        <ol>
          {headings.map((heading) => {
            const section = doc.sections.find((s) => s.id === heading.section);
            const text = english?.passage(heading.id)?.[0] ?? heading.text;
            return (
              <li key={heading.id} className={`reader-toc-level-${section?.level ?? 1}`}>
                <button type="button" className="link-button" onClick={() => onOpen(heading.section)}>
                  {text}
                </button>
              </li>
            );
          })}
        </ol>
      </nav>
    </details>
  );
}
