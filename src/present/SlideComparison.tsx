import type { ComparisonTable } from "../domain/comparisonTable";
import { useShrinkToFit } from "../ui/useShrinkToFit";

/** The panel beside a comparison's map: its table, shrunk to fit the slide (a clicker cannot scroll). */
export function ComparisonPanel({ table }: { table: ComparisonTable }) {
  const ref = useShrinkToFit<HTMLElement>(JSON.stringify(table));
  return (
    <aside className="slide-panel slide-panel-comparison" data-testid="slide-panel" aria-label={table.heading} ref={ref}>
      <SlideComparison table={table} />
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
      <table>
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
