import { editionText } from "../editionFiles";

/**
 * Facts read straight from the report's text (data/editions/<id>/source.txt), with no code
 * of the app: tests compare the dataset, the parsed report and the rendered
 * panels against these, so a fault in the app's parser or in the dataset
 * cannot hide behind itself.
 */
// From the project's root (process.cwd()): jsdom tests have no file: import.meta.url.
export const SOURCE_TEXT = editionText("source.txt");

/** The 21 regions as the report writes their names, with their ISO 3166-2 codes (not in the report). */
export const REGION_NAMES: Record<string, string> = {
  "SE-AB": "Stockholm",
  "SE-C": "Uppsala",
  "SE-D": "Sörmland",
  "SE-E": "Östergötland",
  "SE-F": "Jönköping",
  "SE-G": "Kronoberg",
  "SE-H": "Kalmar",
  "SE-I": "Gotland",
  "SE-K": "Blekinge",
  "SE-M": "Skåne",
  "SE-N": "Halland",
  "SE-O": "Västra Götaland",
  "SE-S": "Värmland",
  "SE-T": "Örebro",
  "SE-U": "Västmanland",
  "SE-W": "Dalarna",
  "SE-X": "Gävleborg",
  "SE-Y": "Västernorrland",
  "SE-Z": "Jämtland Härjedalen",
  "SE-AC": "Västerbotten",
  "SE-BD": "Norrbotten",
};
export const CODE_OF = new Map(Object.entries(REGION_NAMES).map(([code, name]) => [name, code]));

const SUPER = "⁰¹²³⁴⁵⁶⁷⁸⁹";
const lines = SOURCE_TEXT.split(/\r?\n/u).map((l) => l.trim());

/** Footnote lines: "¹⁵ Kalmar, Stockholm, Östergötland." → 15 → its text. */
export const FOOTNOTE_TEXT = new Map<number, string>(
  lines.flatMap((line) => {
    const m = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+) (.+)$/u.exec(line);
    return m ? [[[...m[1]!].reduce((n, ch) => n * 10 + SUPER.indexOf(ch), 0), m[2]!] as const] : [];
  }),
);

/** The regions a footnote lists: the names of its first sentence, separated by commas. */
export function footnoteList(n: number): string[] {
  const first = (FOOTNOTE_TEXT.get(n) ?? "").split(/\.(?:\s|$)/u)[0]!;
  return first
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((name) => {
      const code = CODE_OF.get(name);
      if (!code) throw new Error(`footnote ${n} names "${name}", not a region`);
      return code;
    });
}

/** Footnotes (by number) whose list names the region. */
export function footnotesListing(code: string): number[] {
  return [...FOOTNOTE_TEXT.keys()].filter((n) => n >= 10 && footnoteList(n).includes(code)).sort((a, b) => a - b);
}

const names = (text: string) =>
  Object.entries(REGION_NAMES)
    .filter(([, name]) => new RegExp(`(?<![\\p{L}\\d])${name}s?(?![\\p{L}\\d])`, "u").test(text))
    .map(([code]) => code);

/**
 * Sentence fragments of running text that name each region: every line from
 * "Sammanfattning" on (the title page names the place of signing, Stockholm),
 * except footnotes, the table of contents and the list of strategies, split
 * after . : ! ? before a capital. A sentence cut by a page break gives two
 * fragments here; the dataset holds it whole.
 */
export function textFragmentsNaming(code: string): string[] {
  const start = lines.indexOf("Sammanfattning");
  const body = lines.slice(start).filter((l) => l && !/^[⁰¹²³⁴⁵⁶⁷⁸⁹]/u.test(l) && !l.includes("\t") && !l.startsWith("Region "));
  return body
    .flatMap((l) => l.replace(/^-\s*▀\s*/u, "").split(/(?<=[.:!?][⁰¹²³⁴⁵⁶⁷⁸⁹]*)\s+(?=[A-ZÅÄÖ])/u))
    .filter((fragment) => names(fragment).includes(code));
}
