import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { reportDocSchema } from "../../src/data/reportSchema";
import { REGION_NAMES } from "./reportFacts";
import { editionPath, editionText } from "../editionFiles";

/**
 * The English of every passage of the report (data/editions/<id>/translation.en.json),
 * sentence by sentence: the same sentences, and in each the same region names, the
 * same numbers and years and the same footnote markers as the Swedish.
 */
const report = reportDocSchema.parse(JSON.parse(editionText("report.json")));
const file = editionPath("translation.en.json");
const en = existsSync(file)
  ? (JSON.parse(readFileSync(file, "utf8")) as { passages: Record<string, string[]>; footnotes: Record<string, string> })
  : { passages: {}, footnotes: {} };

const markers = (s: string) => s.match(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/gu) ?? [];
/** Numbers and years, with their digits only ("2 030" and "2030" alike; "2,5" as 25). */
const numbers = (s: string) =>
  new Set((s.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/gu, " ").match(/\d[\d\s.,:/–-]*\d|\d/gu) ?? []).map((n) => n.replace(/\D/gu, "")));
const regions = (s: string) =>
  new Set(Object.values(REGION_NAMES).filter((name) => new RegExp(`(?<![\\p{L}])${name}s?(?![\\p{L}])`, "u").test(s)));

describe("the English translation of the report", () => {
  it("has every passage, sentence for sentence, and every footnote", () => {
    expect(Object.keys(en.passages).sort()).toEqual(report.passages.map((p) => p.id).sort());
    for (const p of report.passages) expect(en.passages[p.id]?.length, p.id).toBe(p.sentences.length);
    expect(
      Object.keys(en.footnotes)
        .map(Number)
        .sort((a, b) => a - b),
    ).toEqual(report.footnotes.map((f) => f.n));
  });

  it("keeps in every sentence the Swedish sentence's region names, numbers and footnote markers", () => {
    for (const p of report.passages) {
      p.sentences.forEach((sv, i) => {
        const english = en.passages[p.id]?.[i] ?? "";
        const where = `${p.id}[${i}]: ${english}`;
        expect(english.trim().length, where).toBeGreaterThan(0);
        expect(markers(english), where).toEqual(markers(sv));
        expect([...numbers(english)].sort(), where).toEqual([...numbers(sv)].sort());
        expect([...regions(english)].sort(), where).toEqual([...regions(sv)].sort());
      });
    }
    for (const f of report.footnotes) {
      const english = en.footnotes[String(f.n)] ?? "";
      expect([...numbers(english)].sort(), `fn ${f.n}`).toEqual([...numbers(f.text)].sort());
      expect([...regions(english)].sort(), `fn ${f.n}`).toEqual([...regions(f.text)].sort());
    }
  });

  it("keeps strategy titles in Swedish (a gloss may follow in brackets)", () => {
    for (const p of report.passages.filter((x) => x.kind === "listing")) {
      const title = /\*([^*]+)\*/u.exec(p.text)![1]!;
      expect(en.passages[p.id]!.join(" "), p.id).toContain(`*${title}*`);
    }
  });
});
