import { cropOf, SLIDE_SIZE, type PngContent } from "./pngContent";
import { drawLabels } from "./pngLabels";
import { drawLegend, legendEndAtLeast } from "./pngLegend";
import { FONT, INK, PAPER, SOFT, wrapText } from "./pngStyle";

/** The size of the "2× screen pixels" export: twice the map's device pixels, at least the slide size's height ratio. */
export function screenExportSize(mapCss: { width: number; height: number }, devicePixelRatio: number) {
  const factor = 2 * devicePixelRatio;
  return { width: Math.round(mapCss.width * factor), height: Math.round(mapCss.height * factor) };
}

/** Where an image's parts go, for its size and words: measured before the map is drawn, so the map fills its area. */
export type PngLayout = {
  /** The type scale against a 1920 × 1080 slide. */
  scale: number;
  margin: number;
  title: string[];
  caption: string[];
  source: string[];
  /** The legend column and the map's area, in image px. */
  legend: { x: number; top: number; width: number; bottom: number };
  area: { x: number; y: number; width: number; height: number };
};

export function pngLayout(words: Pick<PngContent, "title" | "caption" | "source">, size: { width: number; height: number }): PngLayout {
  const ctx = document.createElement("canvas").getContext("2d");
  if (!ctx) throw new Error("2D canvas unavailable");
  // Type sizes are set for 1920 × 1080 and scale with the image.
  const scale = Math.min(size.width / SLIDE_SIZE.width, size.height / SLIDE_SIZE.height);
  const px = (n: number) => Math.round(n * scale);
  const margin = px(48);
  const lines = (text: string, font: string, max: number) => {
    ctx.font = font;
    return wrapText(text, size.width - 2 * margin, (t) => ctx.measureText(t).width, max);
  };
  const title = lines(words.title, `700 ${px(46)}px ${FONT}`, 2);
  const caption = words.caption ? lines(words.caption, `400 ${px(28)}px ${FONT}`, 2) : [];
  const source = lines(words.source, `400 ${px(20)}px ${FONT}`, 2);
  const top = margin + title.length * px(56) + caption.length * px(38) + px(20);
  const bottom = size.height - margin - px(44 + 26 * source.length);
  const legendWidth = px(500);
  const areaX = margin + legendWidth + px(24);
  return {
    scale,
    margin,
    title,
    caption,
    source,
    legend: { x: margin, top, width: legendWidth, bottom },
    area: { x: areaX, y: top, width: size.width - margin - areaX, height: bottom - top },
  };
}

/** One image of a view: the header, the legend column, the map fitted into its area with its names, the source line. */
export function composePng(
  content: PngContent,
  size: { width: number; height: number },
  layout: PngLayout = pngLayout(content, size),
): HTMLCanvasElement {
  const canvas = document.createElement("canvas");
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("2D canvas unavailable");
  const px = (n: number) => Math.round(n * layout.scale);
  const { margin } = layout;
  // A legend that does not fit its column even at its least type (six regions compared, each with its lists) makes the
  // image taller rather than losing a word: the footer moves down below it, the map keeps its area.
  const grow = Math.max(
    0,
    Math.ceil(legendEndAtLeast(ctx, content, layout.legend.x, layout.legend.top, layout.legend.width, px) - layout.legend.bottom),
  );
  canvas.width = size.width;
  canvas.height = size.height + grow;
  ctx.fillStyle = PAPER;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.textBaseline = "top";

  // Header: title and caption.
  let y = margin;
  const write = (lines: string[], font: string, color: string, step: number, shift: number) => {
    ctx.font = font;
    ctx.fillStyle = color;
    for (const line of lines) {
      ctx.fillText(line, margin, y + shift);
      y += step;
    }
  };
  write(layout.title, `700 ${px(46)}px ${FONT}`, INK, px(56), 0);
  write(layout.caption, `400 ${px(28)}px ${FONT}`, SOFT, px(38), px(4));

  // Footer: the source line (with the report's caveat, on up to two lines) and the attribution.
  const bottom = layout.legend.bottom + grow;
  ctx.fillStyle = SOFT;
  ctx.font = `400 ${px(20)}px ${FONT}`;
  layout.source.forEach((line, i) => ctx.fillText(line, margin, bottom + px(14 + 26 * i)));
  ctx.fillText(content.attribution, margin, bottom + px(18 + 26 * layout.source.length));

  // Legend on the left, the map in the rest, fitted without distortion.
  const { legend, area } = layout;
  drawLegend(ctx, content, legend.x, legend.top, legend.width, bottom, px);
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

export function canvasToBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG encoding failed"))), "image/png"),
  );
}
