import { errorName, type FileProblem } from "./issues";

/** The part of a File this reads, so tests can pass a plain object. */
export type BytesFile = { size: number; arrayBuffer: () => Promise<ArrayBuffer> };

export type JsonRead = { ok: true; raw: unknown } | { ok: false; problem: FileProblem };

/** U+FFFD: what a decoder writes for bytes it could not read. In a file it means the text was already damaged. */
const REPLACEMENT_CHARACTER = "\uFFFD";

/**
 * Reads a JSON file the user opened or dropped: refused by its size before it is
 * read, then decoded strictly as UTF-8, then parsed. Never throws: every failure
 * is a FileProblem for the page to say.
 */
export async function readJsonFile(file: BytesFile, limit: number): Promise<JsonRead> {
  if (file.size > limit) return { ok: false, problem: { kind: "too-large", bytes: file.size, limit } };
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch (error) {
    return { ok: false, problem: { kind: "unreadable", detail: errorName(error) } };
  }
  return decodeJsonBytes(bytes);
}

/**
 * UTF-8 or nothing. `file.text()` would read a Windows-1252 file without a word and
 * turn "Skåne" into "Sk\uFFFDne", which then passes every check; the fatal decoder
 * refuses the bytes instead. A leading byte order mark is allowed (and dropped).
 */
export function decodeJsonBytes(bytes: ArrayBuffer | Uint8Array): JsonRead {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: { kind: "encoding" } };
  }
  return parseJsonText(text);
}

/** Parses JSON text; text holding U+FFFD is refused as damaged by a wrong encoding. */
export function parseJsonText(text: string): JsonRead {
  if (text.includes(REPLACEMENT_CHARACTER)) return { ok: false, problem: { kind: "encoding" } };
  try {
    return { ok: true, raw: JSON.parse(text) };
  } catch (error) {
    return { ok: false, problem: { kind: "not-json", ...positionOf(error, text) } };
  }
}

/**
 * Where JSON.parse stopped, from its (English) message: V8 says "at position N",
 * newer V8 adds "(line N column M)", Firefox says "at line N column M". The page
 * says it in its own language; an engine that gives no place gives none.
 */
function positionOf(error: unknown, text: string): { line?: number; column?: number } {
  const message = error instanceof Error ? error.message : "";
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  if (!position) return {};
  const before = text.slice(0, Number(position[1])).split("\n");
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

