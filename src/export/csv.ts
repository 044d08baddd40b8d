import type { Dataset } from "../data/schema";
import type { Classification } from "../domain/classify";
import { evidenceLabel } from "../domain/evidence";
import { sourceLine } from "../domain/sourceLine";
import { EVIDENCE_STRINGS } from "../i18n/evidence";
import { PRESENT_STRINGS } from "../i18n/present";
import type { Lang } from "../i18n/strings";

/**
 * CSV files of the data (RFC 4180): fields with the separator, a quote or a
 * line break are quoted and quotes doubled; lines end in CRLF; a UTF-8 BOM
 * makes Excel read å/ä/ö right. Semicolons serve Swedish Excel, where the
 * comma is the decimal mark. The source and date go in the file's last line,
 * a one-field row, so the table above still parses as a table. Every cell,
 * header and note included, goes through escapeField, so none can run as a formula.
 */
export type Separator = "," | ";";
export const BOM = "\uFEFF";

/** Swedish Excel reads `;` (the comma is its decimal mark); an English reader's spreadsheet reads `,`. */
export function defaultSeparator(lang: Lang): Separator {
  return lang === "sv" ? ";" : ",";
}

/**
 * A text cell a spreadsheet would read as a formula (OWASP, "CSV Injection"): a
 * dataset or deck is anyone's file, and a name such as `=HYPERLINK(…)` would run
 * when the download is opened in Excel or LibreOffice.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One field. Text that starts like a formula gets a leading `'`, so the cell is
 * read as text, and is quoted. Numbers are data, never
 * formulas: a negative number stays a number, so a column of them still sums.
 */
export function escapeField(value: string | number, separator: Separator): string {
  if (typeof value === "number") return String(value);
  if (FORMULA_START.test(value)) return quoted(`'${value}`);
  return value.includes(separator) || /["\r\n]/.test(value) ? quoted(value) : value;
}

function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

export function toCsv(rows: (string | number)[][], separator: Separator, note?: string): string {
  const lines = rows.map((row) => row.map((field) => escapeField(field, separator)).join(separator));
  if (note) lines.push("", escapeField(note, separator));
  return `${BOM}${lines.join("\r\n")}\r\n`;
}

/**
 * Source (with the report's short caveat), that its lists are examples, and the extraction date: named in every
 * download, in the reader's language. A file travels without the page around it, and an empty cell in it means
 * "not named", never "does not".
 */
export function sourceNote(data: Dataset, lang: Lang, extracted: string): string {
  return `${sourceLine(data, lang)} ${EVIDENCE_STRINGS[lang].examplesNotComplete} ${extracted}`;
}

/**
 * Regions × the report's lists and examples: one row per region with its
 * strategy's status, year of adoption and title, then a column per list or
 * example, headed by the practice's name in the reader's language. A cell says
 * what the region's mention rests on (the report's list and its footnote, or an
 * example) and is empty where the report does not name the region. The
 * statements of all regions are no column: a column that names all 21 would be
 * read as something each region does, which the report does not say.
 */
export function matrixRows(data: Dataset, lang: Lang): (string | number)[][] {
  const t = PRESENT_STRINGS[lang];
  const practices = data.practices.filter((p) => p.evidence !== "all");
  const statusOf = new Map(data.statuses.map((s) => [s.id, s[lang]]));
  const header = [t.columnCode, t.columnRegion, t.columnStatus, t.columnAdopted, t.columnTitle, ...practices.map((p) => p[lang])];
  const rows = data.regions.map((r) => [
    r.code,
    r.name,
    statusOf.get(r.strategy.status) ?? r.strategy.status,
    r.strategy.adopted,
    r.strategy.title,
    ...practices.map((p) => (p.regions.includes(r.code) ? evidenceLabel(p, lang) : "")),
  ]);
  return [header, ...rows];
}

/** The current view: each region with the mode's class (legend label), and the map's title. */
export function viewRows(
  data: Dataset,
  classification: Classification,
  columns: { code: string; region: string; value: string },
): (string | number)[][] {
  return [
    [columns.code, columns.region, `${columns.value}: ${classification.title}`],
    ...data.regions.map((r) => [r.code, r.name, classification.valueOf[r.code] ?? ""]),
  ];
}
