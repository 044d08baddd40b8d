/**
 * Defensive accessors for input that may have failed the schema: the
 * cross-field and provenance checks still run on it and must never throw.
 */
export type Loose = Record<string, unknown>;
export const isObject = (v: unknown): v is Loose => typeof v === "object" && v !== null && !Array.isArray(v);
export const arrayAt = (v: unknown, key: string): unknown[] => (isObject(v) && Array.isArray(v[key]) ? v[key] : []);
export const stringAt = (v: unknown, key: string): string | undefined =>
  isObject(v) && typeof v[key] === "string" ? v[key] : undefined;
export const numberAt = (v: unknown, key: string): number | undefined =>
  isObject(v) && typeof v[key] === "number" ? v[key] : undefined;
