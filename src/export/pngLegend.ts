import type { PngContent } from "./pngContent";
import { FONT, INK, PAPER, SOFT, wrapText } from "./pngStyle";

export function drawLegend(
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
  // The legend's heading only where the image's own title and caption do not already say it.
  if (classification.title !== content.title) {
    ctx.fillStyle = INK;
    ctx.font = `700 ${px(28)}px ${FONT}`;
    for (const line of wrapText(classification.title, width, (t) => ctx.measureText(t).width, 3)) {
      ctx.fillText(line, x, y);
      y += px(36);
    }
  }
  if (classification.subtitle !== content.caption) {
    ctx.fillStyle = SOFT;
    ctx.font = `400 ${px(20)}px ${FONT}`;
    for (const line of wrapText(classification.subtitle, width, (t) => ctx.measureText(t).width, 2)) {
      ctx.fillText(line, x, y + px(4));
      y += px(28);
    }
    y += px(14);
  }
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
  // What the figures are and are not, the data notes on them, and the slide's lists.
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
    if (list.note) block(list.note, 17, 400, SOFT, 1);
    for (const item of list.items) block(`• ${item}`, 20, 400, INK, 2);
  }
}
