import { PATTERN_STRINGS } from "../i18n/patterns";
import type { Lang } from "../i18n/strings";
import type { BivariateKey } from "../domain/bivariate";
import type { Classification } from "../domain/classify";
import { LegendNotes } from "./Legend";
import "./patterns.css";

type BivariateLegendProps = {
  classification: Classification;
  countLabel: (n: number) => string;
  nameOf: (code: string) => string;
  lang: Lang;
};

/** Legend cells in reading order: rows are A named / not named, columns B named / not named. */
const GRID: [BivariateKey, BivariateKey][] = [
  ["both", "onlyA"],
  ["onlyB", "neither"],
];

/**
 * The 2×2 legend of a two-practice map: row and column headers name A and B,
 * each cell has its colour, its count and its regions by name, so the map can
 * be read without telling the colours apart.
 */
export function BivariateLegend({ classification, countLabel, nameOf, lang }: BivariateLegendProps) {
  const t = PATTERN_STRINGS[lang];
  const axes = classification.bivariate;
  if (!axes) return null;
  const byKey = new Map(classification.classes.map((cls) => [cls.key, cls]));
  const cell = (key: BivariateKey) => {
    const cls = byKey.get(key);
    if (!cls) return <td key={key} />;
    const names = cls.regions.map(nameOf).sort((x, y) => x.localeCompare(y, lang));
    return (
      <td key={key} className="bivariate-cell" data-key={key} aria-label={`${cls.label}: ${countLabel(cls.regions.length)}`}>
        <span className="bivariate-head">
          <span className="legend-swatch" style={{ background: cls.color }} aria-hidden="true">
            {key === classification.markKey ? "✓" : ""}
          </span>
          <span className="legend-count" data-testid="bivariate-count">
            {countLabel(cls.regions.length)}
          </span>
        </span>
        {names.length > 0 && (
          <span className="bivariate-names" data-testid="bivariate-names">
            {names.join(", ")}
          </span>
        )}
      </td>
    );
  };
  return (
    <section className="legend legend-bivariate" aria-labelledby="legend-title" data-testid="legend" data-bivariate="true">
      <h2 id="legend-title" className="legend-title">
        <span className="bivariate-axis-name">
          <span className="bivariate-letter">A</span> {axes.a.label}
        </span>
        <span className="bivariate-axis-name">
          <span className="bivariate-letter bivariate-letter-b">B</span> {axes.b.label}
        </span>
      </h2>
      <p className="legend-unit">{classification.subtitle}</p>
      <table className="bivariate-grid">
        <caption className="visually-hidden">{t.bivariateCaption}</caption>
        <thead>
          <tr>
            <td />
            <th scope="col">{t.axis("B", t.named)}</th>
            <th scope="col">{t.axis("B", t.notNamed)}</th>
          </tr>
        </thead>
        <tbody>
          {GRID.map((row, i) => (
            <tr key={row.join()}>
              <th scope="row">{t.axis("A", i === 0 ? t.named : t.notNamed)}</th>
              {row.map(cell)}
            </tr>
          ))}
        </tbody>
      </table>
      <LegendNotes classification={classification} lang={lang} />
    </section>
  );
}
