import type { Practice } from "../data/schema";
import { EVIDENCE_STRINGS } from "../i18n/evidence";
import type { Lang } from "../i18n/strings";

/** What kind of evidence a practice stands on, in words: "Rapportens förteckning, fotnot 21", "Nämns som exempel", "Nämns som ett av flera exempel, avsnitt 2.2.1", … */
export function evidenceLabel(practice: Pick<Practice, "evidence" | "source">, lang: Lang): string {
  const t = EVIDENCE_STRINGS[lang];
  switch (practice.evidence) {
    case "listed":
      return t.listed(practice.source.footnote, practice.source.section);
    case "example":
      return t.example;
    case "examples":
      return t.examples(practice.source.section);
    case "all":
      return t.all;
  }
}
