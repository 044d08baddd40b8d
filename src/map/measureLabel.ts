/** The label font: kept in one place so measuring and CSS agree (see .map-label in styles.css). */
export const LABEL_FONT_PX = 13;
const LABEL_FONT = `600 ${LABEL_FONT_PX}px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "DejaVu Sans", sans-serif`;
/** Horizontal padding plus the ✓ mark's room, in px. */
const LABEL_PADDING_PX = 6;
const MARK_PX = 16;

let context: CanvasRenderingContext2D | null | undefined;

/** Width and height of a label in CSS pixels; falls back to an estimate where canvas is missing (jsdom). */
export function measureLabel(text: string, marked: boolean): { width: number; height: number } {
  if (context === undefined) context = document.createElement("canvas").getContext("2d");
  let width = text.length * LABEL_FONT_PX * 0.6;
  if (context) {
    context.font = LABEL_FONT;
    width = context.measureText(text).width;
  }
  return { width: width + LABEL_PADDING_PX + (marked ? MARK_PX : 0), height: LABEL_FONT_PX * 1.35 };
}
