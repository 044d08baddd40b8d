import { fetchOwnFile } from "./ownFile";
import type { z } from "./zod";

export type JsonLoad<T> = { ok: true; data: T } | { ok: false; message: string };

/**
 * Fetches a JSON file of the app's own origin (or reads it from the page: fetchOwnFile) and validates it. Never throws:
 * a network failure, an HTTP error or a wrong shape comes back as one line
 * naming the file and what is wrong, for the page to show.
 */
export async function loadJson<T>(url: string, schema: z.ZodType<T>): Promise<JsonLoad<T>> {
  try {
    const response = await fetchOwnFile(url);
    if (!response.ok) return { ok: false, message: `${url}: HTTP ${response.status}` };
    const parsed = schema.safeParse(await response.json());
    if (parsed.success) return { ok: true, data: parsed.data };
    const first = parsed.error.issues[0];
    return { ok: false, message: `${url}: ${first ? `${first.path.join(".")} ${first.message}` : "invalid"}` };
  } catch (error) {
    return { ok: false, message: `${url}: ${(error as Error).message}` };
  }
}
