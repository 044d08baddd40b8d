import type { PngContent } from "./pngContent";
import { FONT, INK, PAPER, SOFT, wrapText } from "./pngStyle";

/** The least of the legend column's type scale: below it the text would not read on a slide's PNG. */
export const LEGEND_MIN_SCALE = 0.55;

/**
 * The legend column of an image: heading, classes, what the figures are, the data notes and the slide's lists. Every
 * word of it is drawn: where it does not fit at its size, the column's type is set smaller (down to
 * LEGEND_MIN_SCALE) rather than a note or a list item cut. Returns the scale used and whether all of it fitted.
 */
export function drawLegend(
  ctx: CanvasRenderingContext2D,
  content: PngContent,
  x: number,
  top: number,
  width: number,
  bottom: number,
  px: (n: number) => number,
): { scale: number; fitted: boolean } {
  for (let scale = 1; scale > LEGEND_MIN_SCALE; scale -= 0.05) {
    if (legendAt(ctx, content, x, top, width, (n) => px(n * scale), false) <= bottom) {
      legendAt(ctx, content, x, top, width, (n) => px(n * scale), true);
      return { scale, fitted: true };
    }
  }
  const least = (n: number) => px(n * LEGEND_MIN_SCALE);
  const end = legendAt(ctx, content, x, top, width, least, true);
  return { scale: LEGEND_MIN_SCALE, fitted: end <= bottom };
}

/** Where the legend column ends at its least type scale, measured only: what the image must hold below its top. */
export function legendEndAtLeast(
  ctx: CanvasRenderingContext2D,
  content: PngContent,
  x: number,
  top: number,
  width: number,
  px: (n: number) => number,
): number {
  return legendAt(ctx, content, x, top, width, (n) => px(n * LEGEND_MIN_SCALE), false);
}

/** One pass over the legend at a type scale: measured only, or drawn too. Returns where it ends. */
function legendAt(
  ctx: CanvasRenderingContext2D,
  content: PngContent,
  x: number,
  top: number,
  width: number,
  px: (n: number) => number,
  draw: boolean,
): number {
  const { classification } = content;
  const fillText = (text: string, tx: number, ty: number) => {
    if (draw) ctx.fillText(text, tx, ty);
  };
  let y = top;
  // The legend's heading only where the image's own title and caption do not already say it.
  if (classification.title !== content.title) {
    ctx.fillStyle = INK;
    ctx.font = `700 ${px(28)}px ${FONT}`;
    for (const line of wrapText(classification.title, width, (t) => ctx.measureText(t).width, Infinity)) {
      fillText(line, x, y);
      y += px(36);
    }
  }
  if (classification.subtitle !== content.caption) {
    ctx.fillStyle = SOFT;
    ctx.font = `400 ${px(20)}px ${FONT}`;
    for (const line of wrapText(classification.subtitle, width, (t) => ctx.measureText(t).width, Infinity)) {
      fillText(line, x, y + px(4));
      y += px(28);
    }
    y += px(14);
  }
  const swatch = px(30);
  for (const cls of classification.classes) {
    if (draw) {
      ctx.fillStyle = cls.color;
      ctx.fillRect(x, y, swatch, swatch);
      ctx.strokeStyle = "#6b7280";
      ctx.lineWidth = Math.max(1, px(1));
      ctx.strokeRect(x, y, swatch, swatch);
    }
    if (cls.key === classification.markKey) {
      ctx.fillStyle = PAPER;
      ctx.font = `700 ${px(22)}px ${FONT}`;
      fillText("✓", x + px(6), y + px(3));
    }
    ctx.fillStyle = INK;
    ctx.font = `400 ${px(22)}px ${FONT}`;
    const count = content.countLabel(cls.regions.length);
    const countWidth = ctx.measureText(count).width;
    const labelLines = wrapText(cls.label, width - swatch - countWidth - px(28), (t) => ctx.measureText(t).width, Infinity);
    labelLines.forEach((line, i) => fillText(line, x + swatch + px(12), y + px(4 + 27 * i)));
    ctx.fillStyle = SOFT;
    fillText(count, x + width - countWidth, y + px(4));
    y += Math.max(swatch, px(27 * labelLines.length)) + px(10);
  }
  // What the figures are and are not, the data notes on them, and the slide's lists.
  // Every line of a note or an item: none cut, none left out (the scale makes room).
  const block = (text: string, size: number, weight: number, color: string) => {
    ctx.fillStyle = color;
    ctx.font = `${weight} ${px(size)}px ${FONT}`;
    for (const line of wrapText(text, width, (t) => ctx.measureText(t).width, Infinity)) {
      fillText(line, x, y);
      y += px(size * 1.3);
    }
  };
  y += px(4);
  for (const line of classification.explanation) block(line, 18, 400, SOFT);
  for (const note of classification.notes) {
    y += px(6);
    block(`${content.noteLabel}: ${note[content.lang]}`, 17, 400, INK);
  }
  for (const list of content.lists ?? []) {
    y += px(12);
    block(list.title, 22, 700, INK);
    if (list.note) block(list.note, 17, 400, SOFT);
    for (const item of list.items) block(`• ${item}`, 20, 400, INK);
  }
  return y;
}
