import { describe, expect, it } from "vitest";
import type { Deck } from "../../src/present/deckSchema";
import { realEnglish } from "./fixtures";
import { editionText } from "../editionFiles";

/**
 * The English notes of the default deck quote the report in the same unofficial
 * translation the app shows (data/editions/<id>/translation.en.json), not a second one of their own.
 */
// Its schema and views are checked in deck.test.ts; here only its notes.
const deck = JSON.parse(editionText("deck.json")) as Deck;
const english = realEnglish();

describe("the default deck's English notes", () => {
  it("quote the report in the app's translation, or keep a Swedish name as the Swedish notes have it", () => {
    for (const slide of deck.slides) {
      const sv = [...(slide.notes?.sv ?? "").matchAll(/”([^”]+)”/gu)].map((m) => m[1]!);
      const en = [...(slide.notes?.en ?? "").matchAll(/“([^”]+)”/gu)].map((m) => m[1]!);
      expect(en.length, slide.title.sv).toBe(sv.length);
      en.forEach((quote, i) => {
        const translated = english.text(sv[i]!);
        expect([translated, sv[i]], `${slide.title.sv}: ${quote}`).toContain(quote);
      });
    }
  });
});
