import type { ComparisonTable } from "../domain/comparisonTable";
import type { Lang } from "../i18n/strings";
import { PanelPageLine } from "./PanelPageLine";
import { usePanelPages } from "./usePanelPages";

/** The rows of a comparison shown whole or not at all, when the table continues on the next click. */
const COMPARISON_BLOCKS = ".slide-comparison caption, .slide-comparison tbody tr, .slide-comparison-note";

/**
 * The panel beside a comparison's map: its table, shrunk to fit the slide (a clicker cannot scroll), and where even
 * its smallest type does not fit (six regions on a small screen), continued on the next click.
 */
export function ComparisonPanel({ table, lang }: { table: ComparisonTable; lang: Lang }) {
  const { ref, page, pages } = usePanelPages<HTMLElement>(JSON.stringify(table), COMPARISON_BLOCKS);
  return (
    <aside className="slide-panel slide-panel-comparison" data-testid="slide-panel" aria-label={table.heading} ref={ref}>
      <SlideComparison table={table} />
      <PanelPageLine page={page} pages={pages} lang={lang} />
    </aside>
  );
}

/**
 * A comparison on a slide: the compared regions side by side (domain/comparisonTable.ts, the same rows as the
 * slide's PNG, print and PowerPoint). Rows whose values differ are marked, as in the comparison panel.
 */
export function SlideComparison({ table }: { table: ComparisonTable }) {
  return (
    <section className="slide-comparison" data-testid="slide-comparison">
      {/* Five or six regions: the columns share the width, so no column runs past the panel's edge. */}
      <table className={table.regions.length > 4 ? "slide-comparison-many" : undefined}>
        <caption>{table.heading}</caption>
        <thead>
          <tr>
            <td />
            {table.regions.map((r) => (
              <th key={r.code} scope="col">
                {r.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.key} className={row.differs ? "slide-comparison-differs" : undefined}>
              <th scope="row">
                {row.label}
                {row.source && <span className="slide-comparison-source"> ({row.source})</span>}
              </th>
              {row.cells.map((cell, i) => (
                <td key={table.regions[i]!.code} className={row.named?.[i] ? "slide-comparison-named" : undefined}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="slide-comparison-note">{table.note}</p>
    </section>
  );
}
