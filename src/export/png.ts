import { cropOf, SLIDE_SIZE, type PngContent } from "./pngContent";
import { drawLabels } from "./pngLabels";
import { drawLegend } from "./pngLegend";
import { FONT, INK, PAPER, SOFT, wrapText } from "./pngStyle";

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

export function canvasToBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG encoding failed"))), "image/png"),
  );
}
