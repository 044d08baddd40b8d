import { keyLine, wrapName } from "../domain/labelPlacement";
import type { Placement } from "../domain/labelTypes";
import { nearestOnBox } from "../domain/screenGeometry";

type MapLabelsProps = {
  placement: Placement;
  nameOf: (code: string) => string;
  /** Codes marked with a symbol (the regions holding the practice shown). */
  marked: ReadonlySet<string>;
  selected?: string;
  /** The key's heading ("Siffror på kartan"). */
  keyTitle: string;
};

/**
 * County names as HTML over the map (no glyph server is needed offline, and
 * the text stays crisp at any device pixel ratio), with the leader lines of
 * names set off land and the numbers' key. Hidden from assistive technology:
 * the map's text summary and the region list say the same.
 */
export function MapLabels({ placement, nameOf, marked, selected, keyTitle }: MapLabelsProps) {
  const { labels, key } = placement;
  const numbered = labels.filter((l) => l.kind === "number").sort((a, b) => (a.number ?? 0) - (b.number ?? 0));
  return (
    <div className="map-labels" aria-hidden="true" data-testid="map-labels">
      <svg className="map-leaders" width="100%" height="100%">
        {labels
          .filter((l) => l.kind === "leader")
          .map((l) => {
            const end = nearestOnBox(l.anchor, {
              left: l.x - l.width / 2,
              top: l.y - l.height / 2,
              right: l.x + l.width / 2,
              bottom: l.y + l.height / 2,
            });
            return (
              <g key={l.code} data-code={l.code}>
                <line x1={l.anchor.x} y1={l.anchor.y} x2={end.x} y2={end.y} className="map-leader-halo" />
                <line x1={l.anchor.x} y1={l.anchor.y} x2={end.x} y2={end.y} className="map-leader" />
                <circle cx={l.anchor.x} cy={l.anchor.y} r={2.5} className="map-leader-dot" />
              </g>
            );
          })}
      </svg>
      {labels.map((label) => {
        if (!label.visible) return null;
        const isMarked = marked.has(label.code);
        const className = [
          "map-label",
          `map-label-${label.kind}`,
          isMarked ? "map-label-marked" : "",
          label.code === selected ? "map-label-selected" : "",
        ].join(" ");
        return (
          <span
            key={label.code}
            className={className}
            data-code={label.code}
            data-kind={label.kind}
            data-inset={label.inset ? "true" : undefined}
            data-anchor-x={label.anchor.x.toFixed(1)}
            data-anchor-y={label.anchor.y.toFixed(1)}
            style={{
              transform: `translate(${label.x}px, ${label.y}px) translate(-50%, -50%)`,
              ...(label.type ? { fontSize: `${label.type}em` } : {}),
            }}
          >
            {isMarked && <span className="map-label-mark">✓</span>}
            {label.kind === "number" ? label.number : <LabelName name={nameOf(label.code)} wrapped={label.wrapped} />}
          </span>
        );
      })}
      {key && numbered.length > 0 && (
        <div
          className="map-number-key"
          data-testid="map-number-key"
          style={{ left: key.left, top: key.top, width: key.right - key.left, minHeight: key.bottom - key.top }}
        >
          <span className="visually-hidden">{keyTitle}</span>
          {numbered.map((l) => (
            <div key={l.code} data-code={l.code}>
              {keyLine(l.number ?? 0, nameOf(l.code))}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}

/** A name on one line, or on two where the placement set it so. */
function LabelName({ name, wrapped }: { name: string; wrapped?: boolean }) {
  const lines = wrapped ? wrapName(name) : undefined;
  if (!lines) return <>{name}</>;
  return (
    <>
      {lines[0]}
      <br />
      {lines[1]}
    </>
  );
}
