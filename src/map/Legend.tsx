import type { Classification } from "../domain/classify";
import type { Lang } from "../i18n/strings";
import { DataNotes } from "../ui/DataNotes";

type LegendProps = {
  classification: Classification;
  countLabel: (n: number) => string;
  lang: Lang;
};

/**
 * The legend states what the colours mean, the classes and how many regions
 * each holds, what the figures are and are not, and the data notes on them
 * (where two passages of the report differ, or how RUS-kartan reads it).
 */
export function Legend({ classification, countLabel, lang }: LegendProps) {
  return (
    <section className="legend" aria-labelledby="legend-title" data-testid="legend">
      <h2 id="legend-title" className="legend-title">
        {classification.title}
      </h2>
      <p className="legend-unit">{classification.subtitle}</p>
      <ul className="legend-classes">
        {classification.classes.map((cls) => (
          <li key={cls.key} className="legend-class" data-key={cls.key}>
            <span className="legend-swatch" style={{ background: cls.color }} aria-hidden="true">
              {cls.key === classification.markKey ? "✓" : ""}
            </span>
            <span className="legend-label">{cls.label}</span>
            <span className="legend-count">{countLabel(cls.regions.length)}</span>
          </li>
        ))}
      </ul>
      <LegendNotes classification={classification} lang={lang} />
    </section>
  );
}

/** The lines under a legend's classes: its explanation and its data notes (both legends show them). */
export function LegendNotes({ classification, lang }: { classification: Classification; lang: Lang }) {
  return (
    <>
      {classification.explanation.map((line) => (
        <p key={line} className="legend-explanation">
          {line}
        </p>
      ))}
      <DataNotes notes={classification.notes} lang={lang} />
    </>
  );
}
