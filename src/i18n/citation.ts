import type { Lang } from "./strings";

/** "Tillväxtverket 2026, avsnitt 2.2.2, fotnot 21" — where in the report a passage stands. */
export function citation(lang: Lang, section: string, footnote?: number): string {
  const words = lang === "sv" ? { section: "avsnitt", footnote: "fotnot" } : { section: "section", footnote: "footnote" };
  const parts = [`Tillväxtverket 2026`, `${words.section} ${section}`];
  if (footnote !== undefined) parts.push(`${words.footnote} ${footnote}`);
  return parts.join(", ");
}
