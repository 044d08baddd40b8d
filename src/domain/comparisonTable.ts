import type { Dataset } from "../data/schema";
import { isExample, passageSection } from "../data/selectors";
import { COMPARISON_SLIDE_STRINGS } from "../i18n/comparisonSlide";
import { REGION_STRINGS, horizonText } from "../i18n/region";
import type { Lang } from "../i18n/strings";

/**
 * A comparison as a table (a slide, its PNG, print and PowerPoint; one model for all): the compared regions as
 * columns; rows for the status in the report's words, the adoption year and the horizon; a row for each of the
 * report's lists that names more than one of them (marked with how many), then per region the count of lists naming
 * it alone among them, and of examples. A row whose values differ is marked `differs`. The report's lists are
 * examples: the note says so wherever the table goes.
 */
export type ComparisonRow = {
  key: string;
  label: string;
  /** Where the row's words stand in the report ("avsnitt 2.2.3, fotnot 21"), for a list. */
  source?: string;
  cells: string[];
  /** A list's row: which compared regions it names, in column order. */
  named?: boolean[];
  differs: boolean;
};

export type ComparisonTable = { heading: string; regions: { code: string; name: string }[]; rows: ComparisonRow[]; note: string };

const differs = (cells: readonly string[]) => new Set(cells).size > 1;

export function comparisonTable(data: Dataset, codes: readonly string[], lang: Lang): ComparisonTable {
  const t = COMPARISON_SLIDE_STRINGS[lang];
  const tr = REGION_STRINGS[lang];
  const regions = codes.flatMap((code) => data.regions.filter((r) => r.code === code));
  const strategyRow = (key: string, label: string, cells: string[]): ComparisonRow => ({ key, label, cells, differs: differs(cells) });
  const rows: ComparisonRow[] = [
    strategyRow(
      "status",
      t.status,
      regions.map((r) => data.statuses.find((s) => s.id === r.strategy.status)?.[lang] ?? r.strategy.status),
    ),
    strategyRow(
      "adopted",
      t.adopted,
      regions.map((r) => tr.adoptedValue(r.strategy.adopted, r.strategy.revised)),
    ),
    strategyRow(
      "horizon",
      t.horizon,
      regions.map((r) => horizonText(r.strategy, tr)),
    ),
  ];
  const lists = data.practices.filter((p) => p.evidence === "listed");
  const shared = lists
    .map((p) => ({ p, named: regions.map((r) => p.regions.includes(r.code)) }))
    .filter(({ named }) => named.filter(Boolean).length >= 2)
    .sort((a, b) => b.named.filter(Boolean).length - a.named.filter(Boolean).length);
  for (const { p, named } of shared) {
    const holders = named.filter(Boolean).length;
    rows.push({
      key: p.id,
      // How many of them it names is in the cells (and in `differs`): the label stays the list's name.
      label: p[lang],
      // Short, as a table's cell can hold it: "2.2.6, fotnot 29".
      source: [passageSection(p.source.passage), p.source.footnote === undefined ? "" : t.footnote(p.source.footnote)]
        .filter(Boolean)
        .join(", "),
      cells: named.map((n) => (n ? t.named : t.notNamed)),
      named,
      differs: holders < regions.length,
    });
  }
  const alone = regions.map(
    (r) => lists.filter((p) => p.regions.includes(r.code) && !regions.some((o) => o !== r && p.regions.includes(o.code))).length,
  );
  const examples = regions.map((r) => data.practices.filter((p) => isExample(p) && p.regions.includes(r.code)).length);
  rows.push(strategyRow("alone", t.onlyHere, alone.map(t.count)), strategyRow("examples", t.examples, examples.map(t.count)));
  return { heading: t.heading(regions.length), regions: regions.map((r) => ({ code: r.code, name: r.name })), rows, note: t.note };
}

/**
 * The table as titled lists, one per region, for outputs that draw lists rather than tables (a PNG, a printed page):
 * every row's value for the region, the lists naming it together with another compared region, and the note. Nothing
 * of the table is left out.
 */
export function comparisonAsLists(table: ComparisonTable, lang: Lang): { title: string; items: string[]; note?: string }[] {
  const t = COMPARISON_SLIDE_STRINGS[lang];
  return table.regions.map((region, i) => {
    const values = table.rows.filter((r) => !r.named).map((r) => `${r.label}: ${r.cells[i]}`);
    const shared = table.rows.filter((r) => r.named?.[i]).map((r) => r.label);
    return {
      title: region.name,
      items: [...values.slice(0, 3), ...(shared.length > 0 ? [`${t.namedWith}: ${shared.join("; ")}`] : []), ...values.slice(3)],
      ...(i === table.regions.length - 1 ? { note: table.note } : {}),
    };
  });
}
