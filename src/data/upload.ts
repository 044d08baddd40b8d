import { parseDatasetText } from "./load";
import type { ValidationResult } from "./validate";

/**
 * A user-supplied dataset (the next report edition) read from a file the
 * user picked or dropped. The real file is about 0.2 MB: a cap well above it
 * refuses a wrong or junk file before it is read into memory and parsed.
 */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

export type UploadResult = ValidationResult | { ok: false; tooLarge: { bytes: number; limit: number } };

/** The part of a File this needs, so tests can pass a plain object. */
export type TextFile = { size: number; text: () => Promise<string> };

export async function readDatasetFile(file: TextFile, limit: number = MAX_UPLOAD_BYTES): Promise<UploadResult> {
  if (file.size > limit) return { ok: false, tooLarge: { bytes: file.size, limit } };
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return { ok: false, issues: [{ path: "(file)", message: `could not be read (${String(error)})` }] };
  }
  return parseDatasetText(text);
}
