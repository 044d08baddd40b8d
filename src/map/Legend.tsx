import type { Classification } from "../domain/classify";
import type { Lang } from "../i18n/strings";
import { ClampedText } from "../ui/ClampedText";
import { DataNotes } from "../ui/DataNotes";
import { useClampedText } from "../ui/useClampedText";

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
  // A practice's name or a status's label from the file can be 5,000 characters: a few lines of it, the whole in the tooltip.
  const [titleRef, title, titleTip] = useClampedText<HTMLHeadingElement>(classification.title, true);
  return (
    <section className="legend" aria-labelledby="legend-title" data-testid="legend">
      <h2 id="legend-title" className="legend-title line-clamp" ref={titleRef} title={titleTip}>
        {title}
      </h2>
      <p className="legend-unit">{classification.subtitle}</p>
      <ul className="legend-classes">
        {classification.classes.map((cls) => (
          <li key={cls.key} className="legend-class" data-key={cls.key}>
            <span className="legend-swatch" style={{ background: cls.color }} aria-hidden="true">
              {cls.key === classification.markKey ? "✓" : ""}
            </span>
            <ClampedText text={cls.label} className="legend-label" whole />
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
