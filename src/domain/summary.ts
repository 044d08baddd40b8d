import type { Classification } from "./classify";

/**
 * The map as a sentence, for screen readers and for anyone who cannot tell the
 * colours apart: every class with its count and its regions.
 */
export function summarizeClassification(
  classification: Classification,
  nameOf: (code: string) => string,
  countLabel: (n: number) => string,
  /** Frames the sentence, e.g. "Karta: …." (strings.mapSummary); a plain full stop by default. */
  frame: (text: string) => string = (text) => `${text}.`,
): string {
  const parts = classification.classes.map((cls) => {
    const names = cls.regions.map(nameOf).join(", ");
    return `${cls.label}: ${countLabel(cls.regions.length)}${names ? ` (${names})` : ""}`;
  });
  // No classes (a passage that names no region): the explanation says why the map has no colours.
  const body = parts.length > 0 ? parts.join("; ") : classification.explanation.join(" ");
  return frame(`${classification.title}. ${body}`);
}
