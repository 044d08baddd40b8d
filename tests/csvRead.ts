import Papa from "papaparse";

/**
 * A download read back as a spreadsheet would, with a real CSV parser
 * (papaparse, RFC 4180): the app's writer is checked against it, not against
 * a reader of its own.
 */
export function readCsv(text: string, delimiter: "," | ";"): string[][] {
  const input = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const result = Papa.parse<string[]>(input, { delimiter, newline: "\r\n", skipEmptyLines: false });
  if (result.errors.length > 0) throw new Error(result.errors.map((e) => e.message).join("; "));
  // The file ends with CRLF: papaparse reads the empty last line as one empty field.
  const rows = result.data;
  return rows.length > 0 && rows.at(-1)!.length === 1 && rows.at(-1)![0] === "" ? rows.slice(0, -1) : rows;
}
