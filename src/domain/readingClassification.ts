import type { ReportDoc } from "../data/reportSchema";
import type { SearchHit, SearchResult } from "../data/reportSearch";
import { passageRegions, passageSaysAllRegions } from "../data/reportStatements";
import type { Dataset } from "../data/schema";
import { sectionLabel } from "../i18n/citation";
import { READER_STRINGS } from "../i18n/reader";
import type { Lang } from "../i18n/strings";
import { buildClassification, type Classification } from "./classify";
import type { LegendClass } from "./legendClass";
import { READING_COLORS } from "./palettes";

/**
 * What the map shows while the report is read: the regions the passage in
 * view names, or what the search's hits claim (GUIDE 2.4) — in two tones:
 * named in a matching statement or its footnotes (strong), named only
 * elsewhere in the same paragraph (light). A statement the report makes of
 * all regions applies to all 21 and is shown as such ("Gäller alla
 * regioner"), never as "0 regioner" or "Nämns inte". Nothing more: a region
 * not named is "not named here", never "lacks"; nothing named, no colours.
 */
export type ReadingFocus = { kind: "passage"; passageId: string } | { kind: "search"; result: SearchResult };

export function classifyReading(data: Dataset, doc: ReportDoc, focus: ReadingFocus, lang: Lang): Classification | undefined {
  return focus.kind === "passage" ? byPassage(data, doc, focus.passageId, lang) : bySearch(data, focus.result, lang);
}

/** The tones, strongest first: a region is in the first that holds it. */
export type ReadingTones = { strong: readonly string[]; allRegions: boolean; light: readonly string[]; lightAllRegions: boolean };

/** The legend's classes for the tones; none where nothing is named and nothing is said of all regions. */
export function readingClasses(data: Dataset, tones: ReadingTones, lang: Lang): LegendClass[] {
  const t = READER_STRINGS[lang];
  const taken = new Set<string>();
  const take = (codes: Iterable<string>) => {
    const wanted = new Set(codes);
    const regions = data.regions.map((r) => r.code).filter((code) => wanted.has(code) && !taken.has(code));
    for (const code of regions) taken.add(code);
    return regions;
  };
  const everyRegion = data.regions.map((r) => r.code);
  const classes: LegendClass[] = [
    { key: "named", label: t.named, color: READING_COLORS.named, regions: take(tones.strong) },
    { key: "all-regions", label: t.allRegions, color: READING_COLORS.allRegions, regions: tones.allRegions ? take(everyRegion) : [] },
    { key: "same-passage", label: t.samePassage, color: READING_COLORS.samePassage, regions: take(tones.light) },
    {
      key: "passage-all-regions",
      label: t.passageAllRegions,
      color: READING_COLORS.passageAllRegions,
      regions: tones.lightAllRegions ? take(everyRegion) : [],
    },
  ].filter((cls) => cls.regions.length > 0);
  if (classes.length === 0) return [];
  const rest = take(everyRegion);
  return rest.length > 0 ? [...classes, { key: "not-named", label: t.notNamed, color: READING_COLORS.notNamed, regions: rest }] : classes;
}

/** "bredband": all 21 by a statement of all regions; "smart specialisering": 1 named, 8 in the same paragraph. */
function legendCounts(classes: readonly LegendClass[]) {
  const count = (key: string) => classes.find((c) => c.key === key)?.regions.length ?? 0;
  return { named: count("named"), allRegions: count("all-regions") > 0, samePassage: count("same-passage") };
}

function byPassage(data: Dataset, doc: ReportDoc, passageId: string, lang: Lang): Classification | undefined {
  const t = READER_STRINGS[lang];
  const passage = doc.passages.find((p) => p.id === passageId);
  if (!passage) return undefined;
  // The footnotes that name regions are where the passage's list stands: the legend names them.
  const listing = passage.footnotes.filter((n) => doc.footnotes.find((f) => f.n === n)?.regions.length);
  const where = t.passageWhere(sectionLabel(lang, passage.section), listing);
  const tones = { strong: passageRegions(doc, passage), allRegions: passageSaysAllRegions(passage), light: [], lightAllRegions: false };
  const classes = readingClasses(data, tones, lang);
  const classification = buildClassification(data, "passage", t.legendPassage(where, legendCounts(classes)), "", classes, {
    explanation: [classes.length === 0 ? t.passageNamesNone : t.passageExplained],
  });
  // Every region has a value for the tooltip, also when the passage names none (and there are no classes).
  for (const region of data.regions) classification.valueOf[region.code] ??= t.notNamed;
  return classification;
}

function bySearch(data: Dataset, result: SearchResult, lang: Lang): Classification {
  const t = READER_STRINGS[lang];
  const classes = readingClasses(data, result, lang);
  const none = result.hits.length === 0 ? t.noHits(result.query) : t.searchNamesNone;
  const classification = buildClassification(data, "search", t.legendSearch(result.query, legendCounts(classes)), "", classes, {
    explanation: classes.length === 0 ? [none] : [t.searchExplained, t.examplesCaveat],
  });
  // The tooltip says which hits name a region, and how: in the statement, in its paragraph, or of all regions.
  const sections = (hits: readonly SearchHit[]) => [...new Set(hits.map((hit) => sectionLabel(lang, hit.passage.section)))].join(", ");
  const allHits = result.hits.filter((hit) => hit.allRegions);
  const nearAll = result.hits.filter((hit) => hit.lightAllRegions);
  for (const region of data.regions) {
    const naming = result.hits.filter((hit) => hit.strong.includes(region.code));
    const near = result.hits.filter((hit) => hit.light.includes(region.code));
    classification.valueOf[region.code] =
      naming.length > 0
        ? t.hitsNaming(naming.length, sections(naming))
        : allHits.length > 0
          ? t.hitsOfAll(allHits.length, sections(allHits))
          : near.length > 0
            ? t.hitsNear(near.length, sections(near))
            : nearAll.length > 0
              ? t.hitsNearAll(nearAll.length, sections(nearAll))
              : t.hitsNaming(0, "");
  }
  return classification;
}
