import type { ReportDoc } from "../data/reportSchema";
import { passageRegions, type SearchResult } from "../data/reportSearch";
import type { Dataset } from "../data/schema";
import { sectionLabel } from "../i18n/citation";
import { READER_STRINGS } from "../i18n/reader";
import type { Lang } from "../i18n/strings";
import { buildClassification, type Classification } from "./classify";
import { HAS_PRACTICE_COLOR, LACKS_PRACTICE_COLOR } from "./palettes";

/**
 * What the map shows while the report is read: the regions the passage in
 * view names, or the regions the search's hits name — in their text or in the
 * footnotes their markers point to. Nothing more: a region not named is
 * "not named here", never "lacks"; no regions named means no colours.
 */
export type ReadingFocus = { kind: "passage"; passageId: string } | { kind: "search"; result: SearchResult };

export function classifyReading(data: Dataset, doc: ReportDoc, focus: ReadingFocus, lang: Lang): Classification | undefined {
  return focus.kind === "passage" ? byPassage(data, doc, focus.passageId, lang) : bySearch(data, focus.result, lang);
}

function named(data: Dataset, codes: readonly string[], lang: Lang, explanation: string, none: string) {
  const t = READER_STRINGS[lang];
  const inSet = new Set(codes);
  const has = data.regions.filter((r) => inSet.has(r.code)).map((r) => r.code);
  // No region named: no classes at all, so the map stays neutral rather than showing 21 "not named".
  if (has.length === 0) return { has, classes: [], explanation: [none] };
  const lacks = data.regions.filter((r) => !inSet.has(r.code)).map((r) => r.code);
  return {
    has,
    classes: [
      { key: "named", label: t.named, color: HAS_PRACTICE_COLOR, regions: has },
      ...(lacks.length > 0 ? [{ key: "not-named", label: t.notNamed, color: LACKS_PRACTICE_COLOR, regions: lacks }] : []),
    ],
    explanation: [explanation],
  };
}

function byPassage(data: Dataset, doc: ReportDoc, passageId: string, lang: Lang): Classification | undefined {
  const t = READER_STRINGS[lang];
  const passage = doc.passages.find((p) => p.id === passageId);
  if (!passage) return undefined;
  const regions = passageRegions(doc, passage);
  // The footnotes that name regions are where the passage's list stands: the legend names them.
  const listing = passage.footnotes.filter((n) => doc.footnotes.find((f) => f.n === n)?.regions.length);
  const where = t.passageWhere(sectionLabel(lang, passage.section), listing);
  const parts = named(data, regions, lang, t.passageExplained, t.passageNamesNone);
  const classification = buildClassification(data, "passage", t.legendPassage(where, parts.has.length), "", parts.classes, {
    explanation: parts.explanation,
  });
  // Every region has a value for the tooltip, also when the passage names none (and there are no classes).
  for (const region of data.regions) classification.valueOf[region.code] ??= t.notNamed;
  return classification;
}

function bySearch(data: Dataset, result: SearchResult, lang: Lang): Classification {
  const t = READER_STRINGS[lang];
  const parts = named(data, result.regions, lang, t.searchExplained, result.hits.length === 0 ? t.noHits(result.query) : t.searchNamesNone);
  const classification = buildClassification(data, "search", t.legendSearch(result.query, parts.has.length), "", parts.classes, {
    explanation: parts.explanation,
  });
  // The tooltip says which hits name a region: how many, and in which sections.
  for (const region of data.regions) {
    const naming = result.hits.filter((hit) => hit.regions.includes(region.code));
    const sections = [...new Set(naming.map((hit) => sectionLabel(lang, hit.passage.section)))].join(", ");
    classification.valueOf[region.code] = t.hitsNaming(naming.length, sections);
  }
  return classification;
}
