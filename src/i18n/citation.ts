import type { Edition } from "../data/schema";
import type { Lang } from "./strings";

/** The report's parts without a number, by the section id the parse gives them (src/data/reportParse.ts). */
const UNNUMBERED: Record<string, Record<Lang, string>> = {
  sammanfattning: { sv: "Sammanfattning", en: "Summary (Sammanfattning)" },
  underlag: { sv: "Underlag sammanställning", en: "list of strategies (Underlag sammanställning)" },
  front: { sv: "titelsidan", en: "title page" },
};

/** "avsnitt 2.2.6" / "Underlag sammanställning": where in the report a section stands, in words. */
export function sectionName(lang: Lang, section: string): string {
  const named = UNNUMBERED[section];
  if (named) return named[lang];
  return `${lang === "sv" ? "avsnitt" : "section"} ${section}`;
}

/** "Tillväxtverket 2026": the report as a citation names it, from its edition. */
export function citedAs(edition: Pick<Edition, "publisher" | "date">): string {
  return `${edition.publisher} ${edition.date.slice(0, 4)}`;
}

/** "Tillväxtverket 2026, avsnitt 2.2.2, fotnot 21" — where in the report a passage stands. */
export function citation(lang: Lang, section: string, footnote?: number, edition?: Pick<Edition, "publisher" | "date">): string {
  const parts = [...(edition ? [citedAs(edition)] : []), sectionName(lang, section)];
  if (footnote !== undefined) parts.push(`${lang === "sv" ? "fotnot" : "footnote"} ${footnote}`);
  return parts.join(", ");
}

/** "2.2.7", or "Sammanfattning" for a part without a number: a section as a legend or a heading names it. */
export function sectionLabel(lang: Lang, section: string): string {
  if (/^\d/u.test(section)) return section;
  const name = sectionName(lang, section);
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}
