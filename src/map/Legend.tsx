import type { Classification } from "../domain/classify";

type LegendProps = {
  classification: Classification;
  countLabel: (n: number) => string;
};

/** The legend states what the colours mean, the classes and how many regions each holds. */
export function Legend({ classification, countLabel }: LegendProps) {
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
              {classification.mode === "practice" && cls.key === "has" ? "✓" : ""}
            </span>
            <span className="legend-label">{cls.label}</span>
            <span className="legend-count">{countLabel(cls.regions.length)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
