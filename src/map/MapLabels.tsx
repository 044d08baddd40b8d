import type { PlacedLabel } from "../domain/labelPlacement";

type MapLabelsProps = {
  labels: PlacedLabel[];
  nameOf: (code: string) => string;
  /** Codes marked with a symbol (the regions holding the practice shown). */
  marked: ReadonlySet<string>;
  selected?: string;
};

/**
 * County names as HTML over the map: no glyph server is needed offline, and
 * the text stays crisp at any device pixel ratio. Hidden from assistive
 * technology: the map's text summary and the region list say the same.
 */
export function MapLabels({ labels, nameOf, marked, selected }: MapLabelsProps) {
  return (
    <div className="map-labels" aria-hidden="true" data-testid="map-labels">
      {labels.map((label) => {
        const isMarked = marked.has(label.code);
        if (!label.visible && !isMarked) return null;
        const className = [
          "map-label",
          label.visible ? "" : "map-label-badge",
          isMarked ? "map-label-marked" : "",
          label.code === selected ? "map-label-selected" : "",
        ].join(" ");
        return (
          <span
            key={label.code}
            className={className}
            data-code={label.code}
            style={{ transform: `translate(${label.x}px, ${label.y}px) translate(-50%, -50%)` }}
          >
            {isMarked && <span className="map-label-mark">✓</span>}
            {label.visible && nameOf(label.code)}
          </span>
        );
      })}
    </div>
  );
}
