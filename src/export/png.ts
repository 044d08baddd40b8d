import type { Classification } from "../domain/classify";
import { keyLine, nearestOnBox, wrapName, type Placement } from "../domain/labelPlacement";
import type { Lang } from "../i18n/strings";

/**
 * One image of a view for a slide or a memo: title, caption, the map (with the
 * county names redrawn as text, since on screen they are HTML), the legend,
 * the source line and the map data attribution, on one canvas. The map image
 * comes from whichever renderer drew it (MapLibre or the SVG fallback).
 */
export type PngContent = {
  title: string;
  caption?: string;
  classification: Classification;
  countLabel: (n: number) => string;
  source: string;
  attribution: string;
  /** The map as drawn, and its size on screen in CSS px (the labels' coordinates). */
  map: CanvasImageSource & { width: number; height: number };
  mapCssSize: { width: number; height: number };
  /**
   * CSS px cut from the map's left and right: the room the screen keeps free
   * for its floating legend, which the image draws in its own column instead.
   */
  mapCrop?: { left: number; right: number };
  /**
   * The map's labels placed for this image: at font size `fontPx` in the screen map's px, keeping clear
   * of the strips the image crops (renderers' MapHandle.getPlacement).
   */
  placeLabels: (fontPx: number, crop: { left: number; right: number }) => Placement;
  /** The labels' size in the image, in px: ≥ 18 on a 1920 slide, more for print. */
  labelPx: number;
  nameOf: (code: string) => string;
  /** The report's lists the view shows beside its map (a slide's 2.2.9 panel), under the legend. */
  lists?: { title: string; items: string[] }[];
  /** The image's language (data notes are written in both), and its word for a data note. */
  lang: Lang;
  noteLabel: string;
};

export const SLIDE_SIZE = { width: 1920, height: 1080 } as const;

const INK = "#111827";
const SOFT = "#374151";
const PAPER = "#ffffff";
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** Breaks text into lines that fit a width (at most maxLines; the last one ends with "…" if cut). */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number, maxLines = 3): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
  return kept;
}

/** The size of the "2× screen pixels" export: twice the map's device pixels, at least the slide size's height ratio. */
export function screenExportSize(mapCss: { width: number; height: number }, devicePixelRatio: number) {
  const factor = 2 * devicePixelRatio;
  return { width: Math.round(mapCss.width * factor), height: Math.round(mapCss.height * factor) };
}

export function composePng(content: PngContent, size: { width: number; height: number }): HTMLCanvasElement {
  const canvas = document.createElement("canvas");
  canvas.width = size.width;
  canvas.height = size.height;
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("2D canvas unavailable");
  // Type sizes are set for 1920 × 1080 and scale with the image.
  const s = Math.min(size.width / SLIDE_SIZE.width, size.height / SLIDE_SIZE.height);
  const px = (n: number) => Math.round(n * s);
  const margin = px(48);
  ctx.fillStyle = PAPER;
  ctx.fillRect(0, 0, size.width, size.height);
  ctx.textBaseline = "top";

  // Header: title and caption.
  let y = margin;
  ctx.fillStyle = INK;
  ctx.font = `700 ${px(46)}px ${FONT}`;
  for (const line of wrapText(content.title, size.width - 2 * margin, (t) => ctx.measureText(t).width, 2)) {
    ctx.fillText(line, margin, y);
    y += px(56);
  }
  if (content.caption) {
    ctx.font = `400 ${px(28)}px ${FONT}`;
    ctx.fillStyle = SOFT;
    for (const line of wrapText(content.caption, size.width - 2 * margin, (t) => ctx.measureText(t).width, 2)) {
      ctx.fillText(line, margin, y + px(4));
      y += px(38);
    }
  }
  const top = y + px(20);

  // Footer: the source line (with the report's caveat, on up to two lines) and the attribution.
  ctx.fillStyle = SOFT;
  ctx.font = `400 ${px(20)}px ${FONT}`;
  const sourceLines = wrapText(content.source, size.width - 2 * margin, (t) => ctx.measureText(t).width, 2);
  const footerHeight = px(44 + 26 * sourceLines.length);
  const bottom = size.height - margin - footerHeight;
  sourceLines.forEach((line, i) => ctx.fillText(line, margin, bottom + px(14 + 26 * i)));
  ctx.fillText(content.attribution, margin, bottom + px(18 + 26 * sourceLines.length));

  // Legend on the left, the map in the rest, fitted without distortion.
  const legendWidth = px(500);
  drawLegend(ctx, content, margin, top, legendWidth, bottom, px);
  const area = { x: margin + legendWidth + px(24), y: top, width: size.width - 2 * margin - legendWidth - px(24), height: bottom - top };
  const crop = cropOf(content);
  const cssWidth = content.mapCssSize.width - crop.left - crop.right;
  const scale = Math.min(area.width / cssWidth, area.height / content.mapCssSize.height);
  const w = cssWidth * scale;
  const h = content.mapCssSize.height * scale;
  const mx = area.x + (area.width - w) / 2;
  const my = area.y + (area.height - h) / 2;
  const ratio = content.map.width / content.mapCssSize.width;
  ctx.drawImage(content.map, crop.left * ratio, 0, cssWidth * ratio, content.map.height, mx, my, w, h);
  ctx.strokeStyle = "#d1d5db";
  ctx.lineWidth = Math.max(1, px(1));
  ctx.strokeRect(mx, my, w, h);
  // Names placed near the edge, or outside the view when zoomed in, stay inside the map's frame.
  ctx.save();
  ctx.beginPath();
  ctx.rect(mx, my, w, h);
  ctx.clip();
  drawLabels(ctx, content, { x: mx - crop.left * scale, y: my }, scale);
  ctx.restore();
  return canvas;
}

function drawLegend(
  ctx: CanvasRenderingContext2D,
  content: PngContent,
  x: number,
  top: number,
  width: number,
  bottom: number,
  px: (n: number) => number,
) {
  const { classification } = content;
  let y = top;
  ctx.fillStyle = INK;
  ctx.font = `700 ${px(28)}px ${FONT}`;
  for (const line of wrapText(classification.title, width, (t) => ctx.measureText(t).width, 3)) {
    ctx.fillText(line, x, y);
    y += px(36);
  }
  ctx.fillStyle = SOFT;
  ctx.font = `400 ${px(20)}px ${FONT}`;
  for (const line of wrapText(classification.subtitle, width, (t) => ctx.measureText(t).width, 2)) {
    ctx.fillText(line, x, y + px(4));
    y += px(28);
  }
  y += px(14);
  const swatch = px(30);
  for (const cls of classification.classes) {
    ctx.fillStyle = cls.color;
    ctx.fillRect(x, y, swatch, swatch);
    ctx.strokeStyle = "#6b7280";
    ctx.lineWidth = Math.max(1, px(1));
    ctx.strokeRect(x, y, swatch, swatch);
    if (cls.key === classification.markKey) {
      ctx.fillStyle = PAPER;
      ctx.font = `700 ${px(22)}px ${FONT}`;
      ctx.fillText("✓", x + px(6), y + px(3));
    }
    ctx.fillStyle = INK;
    ctx.font = `400 ${px(22)}px ${FONT}`;
    const count = content.countLabel(cls.regions.length);
    const countWidth = ctx.measureText(count).width;
    const labelLines = wrapText(cls.label, width - swatch - countWidth - px(28), (t) => ctx.measureText(t).width, 2);
    labelLines.forEach((line, i) => ctx.fillText(line, x + swatch + px(12), y + px(4 + 27 * i)));
    ctx.fillStyle = SOFT;
    ctx.fillText(count, x + width - countWidth, y + px(4));
    y += Math.max(swatch, px(27 * labelLines.length)) + px(10);
  }
  // What the figures are and are not, where the report disagrees with itself, and the slide's lists.
  const block = (text: string, size: number, weight: number, color: string, maxLines: number) => {
    ctx.fillStyle = color;
    ctx.font = `${weight} ${px(size)}px ${FONT}`;
    for (const line of wrapText(text, width, (t) => ctx.measureText(t).width, maxLines)) {
      if (y + px(size) > bottom) return;
      ctx.fillText(line, x, y);
      y += px(size * 1.3);
    }
  };
  y += px(4);
  for (const line of classification.explanation) block(line, 18, 400, SOFT, 3);
  for (const note of classification.notes) {
    y += px(6);
    block(`${content.noteLabel}: ${note[content.lang]}`, 17, 400, INK, 6);
  }
  for (const list of content.lists ?? []) {
    y += px(12);
    block(list.title, 22, 700, INK, 2);
    for (const item of list.items) block(`• ${item}`, 20, 400, INK, 2);
  }
}

/**
 * The county names of the image, placed for it: at the image's label size
 * (`labelPx`), by the one placement rule, in the screen map's px — then drawn
 * scaled. Inside names get a white halo, names off land a white box and a
 * leader line, numbers a badge; the key of the numbers sits where the
 * placement kept room for it.
 */
function drawLabels(ctx: CanvasRenderingContext2D, content: PngContent, origin: { x: number; y: number }, scale: number) {
  const placement = content.placeLabels(content.labelPx / scale, cropOf(content));
  const size = content.labelPx;
  const at = (p: { x: number; y: number }) => ({ x: origin.x + p.x * scale, y: origin.y + p.y * scale });
  ctx.lineJoin = "round";
  ctx.textAlign = "center";
  ctx.textBaseline = "middle";
  ctx.font = `600 ${size}px ${FONT}`;
  for (const label of placement.labels) {
    if (!label.visible) continue;
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
        ["#ffffff", size / 5],
        [INK, Math.max(1.5, size / 14)],
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
      ctx.arc(anchor.x, anchor.y, size / 7, 0, 2 * Math.PI);
      ctx.fill();
      ctx.fillStyle = "rgba(255,255,255,0.9)";
      ctx.fillRect(centre.x - box.w / 2, centre.y - box.h / 2, box.w, box.h);
    }
    if (label.kind === "number") {
      ctx.fillStyle = PAPER;
      ctx.strokeStyle = INK;
      ctx.lineWidth = Math.max(1.5, size / 12);
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
    ctx.font = `600 ${label.kind === "number" ? Math.round(size * 0.8) : size}px ${FONT}`;
    lines.forEach((line, i) => {
      const y = centre.y + (i - (lines.length - 1) / 2) * size * 1.35;
      if (label.kind === "inside") {
        // A white halo keeps names legible on every fill colour, as on screen.
        ctx.strokeStyle = "rgba(255,255,255,0.9)";
        ctx.lineWidth = Math.max(2, size / 4);
        ctx.strokeText(line, centre.x, y);
      }
      ctx.fillStyle = INK;
      ctx.fillText(line, centre.x, y);
    });
    ctx.font = `600 ${size}px ${FONT}`;
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

/** The crop, kept to at most 45 % of the map's width a side so a map is always left. */
export function cropOf(content: Pick<PngContent, "mapCrop" | "mapCssSize">): { left: number; right: number } {
  const most = content.mapCssSize.width * 0.45;
  const clamp = (n: number | undefined) => Math.min(Math.max(n ?? 0, 0), most);
  return { left: clamp(content.mapCrop?.left), right: clamp(content.mapCrop?.right) };
}

export function canvasToBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG encoding failed"))), "image/png"),
  );
}
