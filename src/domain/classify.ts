import type { DataNote, Dataset, Evidence } from "../data/schema";
import { namedCountsByQuestion, notesFor } from "../data/selectors";
import { EVIDENCE_STRINGS } from "../i18n/evidence";
import type { Lang } from "../i18n/strings";
import { MAP_STRINGS } from "../i18n/map";
import type { ColorMode } from "../state/store";
import { bivariateParts, type BivariateAxes } from "./bivariate";
import { changeLegend } from "./changeClassification";
import { evidenceLabel } from "./evidence";
import type { LegendClass } from "./legendClass";
import { HAS_PRACTICE_COLOR, LACKS_PRACTICE_COLOR, NO_DATA_COLOR, sequentialColors, statusColors } from "./palettes";

/**
 * Classification: from the dataset and the user's choices to legend classes
 * and a colour per region. Pure, so the WebGL map, an SVG map, the legend, the
 * tooltip and a PNG export all read the same answer.
 */
/** What a map can be coloured by: a mode the user chooses, or (in the reader) the passage in view or a search. */
export type ClassificationMode = ColorMode | "passage" | "search";

export type Classification = {
  mode: ClassificationMode;
  title: string;
  /** What the classes count or measure, e.g. "antal regioner". */
  subtitle: string;
  classes: LegendClass[];
  /** Colour of every region code; regions in no class get NO_DATA_COLOR. */
  colorOf: Record<string, string>;
  /** The class label of every region code, for tooltips and text summaries. */
  valueOf: Record<string, string>;
  /** Region codes that hold the shown practice (practice mode only), marked with a symbol on the map. */
  marked: string[];
  /** The class whose swatch carries the map's ✓ (its regions are `marked`): one rule for legend, labels and images. */
  markKey?: string;
  /** What the practice shown stands on (practice mode). */
  evidence?: Evidence;
  /** Lines the legend shows under the classes: what the figures are, and what they are not. */
  explanation: string[];
  /** The data notes on the figure shown: where two passages of the report differ, or how RUS-kartan reads it (docs/DATA.md). */
  notes: DataNote[];
  /** Set on a two-practice map (practice mode with practice2): its four classes are BIVARIATE_KEYS. */
  bivariate?: BivariateAxes;
};

/** The choices classification depends on: the colour mode and its parameter(s). */
export type ColorChoice = { color: ColorMode; practice?: string; practice2?: string; q?: number; since?: string };

type Extras = Partial<Pick<Classification, "marked" | "markKey" | "evidence" | "explanation" | "notes" | "bivariate">>;

/** A classification from its classes: every region not in a class gets NO_DATA_COLOR and no value. */
export function buildClassification(
  data: Dataset,
  mode: ClassificationMode,
  title: string,
  subtitle: string,
  classes: LegendClass[],
  extras: Extras = {},
): Classification {
  const colorOf: Record<string, string> = {};
  const valueOf: Record<string, string> = {};
  for (const region of data.regions) colorOf[region.code] = NO_DATA_COLOR;
  for (const cls of classes) {
    for (const code of cls.regions) {
      colorOf[code] = cls.color;
      valueOf[code] = cls.label;
    }
  }
  return { mode, title, subtitle, classes, colorOf, valueOf, marked: [], explanation: [], notes: [], ...extras };
}

function byStatus(data: Dataset, lang: Lang): Classification {
  const t = MAP_STRINGS[lang];
  const colorOf = statusColors(data.statuses);
  const classes = data.statuses.map((status) => ({
    key: status.id,
    label: status[lang],
    color: colorOf[status.id]!,
    regions: data.regions.filter((r) => r.strategy.status === status.id).map((r) => r.code),
  }));
  return buildClassification(data, "status", t.titleStatus, t.unitRegions, classes, { notes: notesFor(data, { figure: "status" }) });
}

/** Every year from the earliest to the latest adoption, empty years included, so the scale is honest. */
function byYear(data: Dataset, lang: Lang): Classification {
  const t = MAP_STRINGS[lang];
  const years = data.regions.map((r) => r.strategy.adopted);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const span = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const colors = sequentialColors(span.length);
  const classes = span.map((year, i) => ({
    key: String(year),
    label: String(year),
    color: colors[i]!,
    regions: data.regions.filter((r) => r.strategy.adopted === year).map((r) => r.code),
  }));
  return buildClassification(data, "year", t.titleYear, t.unitRegions, classes, { notes: notesFor(data, { figure: "year" }) });
}

function byHorizon(data: Dataset, lang: Lang): Classification {
  const t = MAP_STRINGS[lang];
  const years = [...new Set(data.regions.flatMap((r) => (r.strategy.horizon === undefined ? [] : [r.strategy.horizon])))].sort();
  const colors = sequentialColors(years.length);
  const classes: LegendClass[] = years.map((year, i) => ({
    key: String(year),
    label: String(year),
    color: colors[i]!,
    regions: data.regions.filter((r) => r.strategy.horizon === year).map((r) => r.code),
  }));
  const none = data.regions.filter((r) => r.strategy.horizon === undefined).map((r) => r.code);
  if (none.length > 0) classes.push({ key: "none", label: t.noHorizon, color: NO_DATA_COLOR, regions: none });
  return buildClassification(data, "horizon", t.titleHorizon, t.unitRegions, classes, {
    explanation: [t.horizonExplained],
    notes: notesFor(data, { figure: "horizon" }),
  });
}

function byPractice(data: Dataset, lang: Lang, practiceId: string | undefined, practice2?: string): Classification {
  const t = MAP_STRINGS[lang];
  const te = EVIDENCE_STRINGS[lang];
  const two = practiceId && practice2 ? bivariateParts(data, practiceId, practice2, lang) : undefined;
  if (two) {
    return buildClassification(data, "practice", two.title, two.subtitle, two.classes, {
      marked: two.marked,
      markKey: "both",
      bivariate: two.axes,
      evidence: "listed",
      explanation: [te.listsAreExamples],
    });
  }
  const practice = data.practices.find((p) => p.id === practiceId);
  if (!practice) return byStatus(data, lang);
  const has = data.regions.filter((r) => practice.regions.includes(r.code)).map((r) => r.code);
  const lacks = data.regions.filter((r) => !practice.regions.includes(r.code)).map((r) => r.code);
  const kind = evidenceLabel(practice, lang);
  const classes = [{ key: "has", label: kind, color: HAS_PRACTICE_COLOR, regions: has }];
  if (lacks.length > 0) classes.push({ key: "lacks", label: te.notNamed, color: LACKS_PRACTICE_COLOR, regions: lacks });
  // A statement of all regions is one class; a list or an example is not a complete record; the regions one
  // sentence names "exempelvis" are examples, and their count is no share of the 21.
  const explanation =
    practice.evidence === "all"
      ? [t.allStatementExplained]
      : practice.evidence === "examples"
        ? [te.examplesExplained, te.listsAreExamples]
        : [te.listsAreExamples];
  const subtitle =
    practice.evidence === "examples" ? t.examplesSubtitle(kind, has.length) : t.practiceSubtitle(kind, has.length, data.regions.length);
  return buildClassification(data, "practice", practice[lang], subtitle, classes, {
    marked: practice.evidence === "all" ? [] : has,
    markKey: practice.evidence === "all" ? undefined : "has",
    evidence: practice.evidence,
    explanation,
  });
}

function byQuestion(data: Dataset, lang: Lang, q: number | undefined): Classification {
  const t = MAP_STRINGS[lang];
  const question = data.questions.find((x) => x.id === q);
  if (!question) return byStatus(data, lang);
  const counts = new Map(data.regions.map((r) => [r.code, namedCountsByQuestion(data, r.code)[question.id - 1] ?? 0]));
  const max = Math.max(0, ...counts.values());
  const values = Array.from({ length: max + 1 }, (_, i) => i);
  const colors = sequentialColors(values.length);
  const classes = values.map((n, i) => ({
    key: String(n),
    label: t.practiceCount(n),
    color: colors[i]!,
    regions: data.regions.filter((r) => counts.get(r.code) === n).map((r) => r.code),
  }));
  const allStatements = data.practices.filter((p) => p.evidence === "all" && p.question === question.id).length;
  return buildClassification(data, "question", t.titleQuestion(question.section, question[lang]), t.unitRegions, classes, {
    explanation: [t.questionExplained(allStatements), EVIDENCE_STRINGS[lang].computedFromExamples],
  });
}

/**
 * One entry point for every renderer: the classification of the current choice. `earlier` is the dataset of the
 * edition the change view compares with (`choice.since`): undefined while it loads, null when it cannot be had.
 */
export function classify(data: Dataset, choice: ColorChoice, lang: Lang, earlier?: Dataset | null): Classification {
  switch (choice.color) {
    case "status":
      return byStatus(data, lang);
    case "year":
      return byYear(data, lang);
    case "horizon":
      return byHorizon(data, lang);
    case "practice":
      return byPractice(data, lang, choice.practice, choice.practice2);
    case "question":
      return byQuestion(data, lang, choice.q);
    case "change": {
      const legend = changeLegend(data, lang, choice.since, earlier);
      return buildClassification(data, "change", legend.title, legend.subtitle, legend.classes, { explanation: legend.explanation });
    }
  }
}
