/**
 * The type size at which a PowerPoint table's text fits its box. PowerPoint does not shrink a table (its rows grow
 * with their text and run off the slide, as LibreOffice showed the comparison's last four rows doing), and the file
 * is written without measuring, so the rows' heights are estimated from their characters: a character about half the
 * type size wide (a little more for safety), a line 1.2 times it. Pure.
 */

/** Sizes tried, largest first, in points: 10 pt is the slide's table type; under 7 pt a projector does not carry it. */
export const TABLE_SIZES = [10, 9, 8, 7] as const;
const CHAR_EM = 0.55;
const LINE_EM = 1.2;
const PT = 1 / 72;

/** The estimated height of the table in inches at `pt`, for cells' texts by row and column widths in inches. */
export function tableHeight(rows: readonly (readonly string[])[], colW: readonly number[], pt: number, margin: number): number {
  const lineH = pt * LINE_EM * PT;
  return rows.reduce((sum, row) => {
    const lines = row.map((text, i) => linesOf(text, colW[i]! - 2 * margin, pt));
    return sum + Math.max(1, ...lines) * lineH + 2 * margin;
  }, 0);
}

/** Lines a text takes in a column: words set one after another, a new line where the next does not fit. */
function linesOf(text: string, width: number, pt: number): number {
  const charW = pt * CHAR_EM * PT;
  const perLine = Math.max(1, Math.floor(width / charW));
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const need = used === 0 ? word.length : used + 1 + word.length;
    if (need <= perLine) {
      used = need;
      continue;
    }
    if (used > 0) lines++;
    // The word starts a line; one longer than a line breaks across lines.
    lines += Math.ceil(word.length / perLine) - 1;
    used = word.length % perLine || perLine;
  }
  return lines;
}

/** The largest of TABLE_SIZES at which the table fits `height` inches, or undefined where none does. */
export function tableFontPt(
  rows: readonly (readonly string[])[],
  colW: readonly number[],
  height: number,
  margin: number,
): number | undefined {
  return TABLE_SIZES.find((pt) => tableHeight(rows, colW, pt, margin) <= height);
}
