import type { Dataset, Edition } from "../data/schema";
import type { Lang } from "../i18n/strings";

/**
 * The source line every view and export carries: the report, from the
 * dataset's own edition (a later edition names itself), and the report's
 * caveat in short form (how it was made, that it makes no analysis).
 */
export function sourceLine(data: Pick<Dataset, "edition" | "caveats">, lang: Lang): string {
  const e = data.edition;
  const words = lang === "sv" ? { source: "Källa", ref: "dnr" } : { source: "Source", ref: "ref." };
  const gloss = lang === "en" && e.titleEn ? ` (${e.titleEn})` : "";
  return `${words.source}: ${e.publisher} (${e.date.slice(0, 4)}), ${e.title}${gloss}, ${words.ref} ${e.reference}. ${data.caveats.short[lang]}`;
}

/**
 * The edition shown, as the header names it beside the app's name: publisher, the report's date and its dnr, which
 * tell two editions apart even within a year ("Tillväxtverket 2026-04-09, dnr Å 2025-51"). From the dataset shown,
 * so an edition opened from a file names itself.
 */
export function editionName(edition: Pick<Edition, "publisher" | "date" | "reference">, lang: Lang): string {
  return `${edition.publisher} ${edition.date}, ${lang === "sv" ? "dnr" : "ref."} ${edition.reference}`;
}
