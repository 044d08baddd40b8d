import type { Dataset } from "../data/schema";
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
