import { keyLine, wrapName } from "../domain/labelPlacement";
import { nearestOnBox } from "../domain/screenGeometry";
import { cropOf, type PngContent } from "./pngContent";
import { FONT, INK, PAPER } from "./pngStyle";

/**
 * The county names of the image, placed for it: at the image's label size
 * (`labelPx`), by the one placement rule, in the screen map's px — then drawn
 * scaled. Inside names get a white halo, names off land a white box and a
 * leader line, numbers a badge; the key of the numbers sits where the
 * placement kept room for it.
 */
export function drawLabels(ctx: CanvasRenderingContext2D, content: PngContent, origin: { x: number; y: number }, scale: number) {
  const placement = content.placeLabels(content.labelPx / scale, cropOf(content));
  const size = content.labelPx;
  const at = (p: { x: number; y: number }) => ({ x: origin.x + p.x * scale, y: origin.y + p.y * scale });
  ctx.lineJoin = "round";
  ctx.textAlign = "center";
  ctx.textBaseline = "middle";
  ctx.font = `600 ${size}px ${FONT}`;
  for (const label of placement.labels) {
    if (!label.visible) continue;
    // A detail inset's names are set smaller than the map's (label.type), as on screen.
    const px = size * (label.type ?? 1);
    const centre = at(label);
    const anchor = at(label.anchor);
    const box = { w: label.width * scale, h: label.height * scale };
    if (label.kind === "leader") {
      const end = at(
        nearestOnBox(label.anchor, {
          left: label.x - label.width / 2,
          top: label.y - label.height / 2,
          right: label.x + label.width / 2,
          bottom: label.y + label.height / 2,
        }),
      );
      for (const [stroke, width] of [
        ["#ffffff", px / 5],
        [INK, Math.max(1.5, px / 14)],
      ] as const) {
        ctx.strokeStyle = stroke;
        ctx.lineWidth = width;
        ctx.beginPath();
        ctx.moveTo(anchor.x, anchor.y);
        ctx.lineTo(end.x, end.y);
        ctx.stroke();
      }
      ctx.fillStyle = INK;
      ctx.beginPath();
      ctx.arc(anchor.x, anchor.y, px / 7, 0, 2 * Math.PI);
      ctx.fill();
      ctx.fillStyle = "rgba(255,255,255,0.9)";
      ctx.fillRect(centre.x - box.w / 2, centre.y - box.h / 2, box.w, box.h);
    }
    if (label.kind === "number") {
      ctx.fillStyle = PAPER;
      ctx.strokeStyle = INK;
      ctx.lineWidth = Math.max(1.5, px / 12);
      ctx.beginPath();
      ctx.arc(centre.x, centre.y, box.w / 2, 0, 2 * Math.PI);
      ctx.fill();
      ctx.stroke();
    }
    const marked = content.classification.marked.includes(label.code);
    const name = content.nameOf(label.code);
    const lines =
      label.kind === "number"
        ? [`${marked ? "✓" : ""}${label.number}`]
        : ((label.wrapped && wrapName(name)) || [name]).map((l, i) => (i === 0 && marked ? `✓ ${l}` : l));
    ctx.font = `600 ${label.kind === "number" ? Math.round(px * 0.8) : px}px ${FONT}`;
    lines.forEach((line, i) => {
      const y = centre.y + (i - (lines.length - 1) / 2) * px * 1.35;
      if (label.kind === "inside") {
        // A white halo keeps names legible on every fill colour, as on screen.
        ctx.strokeStyle = "rgba(255,255,255,0.9)";
        ctx.lineWidth = Math.max(2, px / 4);
        ctx.strokeText(line, centre.x, y);
      }
      ctx.fillStyle = INK;
      ctx.fillText(line, centre.x, y);
    });
    ctx.font = `600 ${px}px ${FONT}`;
  }
  if (placement.key) {
    const numbered = placement.labels.filter((l) => l.kind === "number").sort((a, b) => (a.number ?? 0) - (b.number ?? 0));
    const topLeft = at({ x: placement.key.left, y: placement.key.top });
    const w = (placement.key.right - placement.key.left) * scale;
    const h = (placement.key.bottom - placement.key.top) * scale;
    ctx.fillStyle = "rgba(255,255,255,0.95)";
    ctx.fillRect(topLeft.x, topLeft.y, w, h);
    ctx.strokeStyle = "#9ca3af";
    ctx.lineWidth = 1;
    ctx.strokeRect(topLeft.x, topLeft.y, w, h);
    ctx.fillStyle = INK;
    ctx.textAlign = "start";
    numbered.forEach((l, i) =>
      ctx.fillText(
        keyLine(l.number ?? 0, content.nameOf(l.code)),
        topLeft.x + 8 * scale,
        topLeft.y + (5 + (((i + 0.5) * content.labelPx) / scale) * 1.35) * scale,
      ),
    );
  }
  ctx.textAlign = "start";
  ctx.textBaseline = "top";
}
