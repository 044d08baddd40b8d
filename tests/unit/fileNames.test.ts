import { describe, expect, it } from "vitest";
import { slideSlug, titleSlug } from "../../src/export/download";
import { editionText } from "../editionFiles";

type DeckFile = { slides: { view: string; title: { sv: string; en: string } }[] };
const deck = JSON.parse(editionText("deck.json")) as DeckFile;

describe("file names from titles", () => {
  it("folds å, ä, ö and punctuation, and cuts long titles between words", () => {
    expect(titleSlug("Utmaningar och framgångsfaktorer (2.2.9)")).toBe("utmaningar-och-framgangsfaktorer-2-2-9");
    expect(titleSlug("Öppna indikatorplattformar")).toBe("oppna-indikatorplattformar");
    expect(titleSlug("ord ".repeat(30))).toBe("ord-".repeat(15).slice(0, 59));
    expect(titleSlug("x".repeat(80))).toBe("x".repeat(60));
    expect(titleSlug("“ ” …")).toBe("");
  });

  it("a slide's PNG is named by its own title, never by its view's values", () => {
    expect(slideSlug("2026", 12, "Utmaningar och framgångsfaktorer (2.2.9)")).toBe(
      "rus-2026-bild-12-utmaningar-och-framgangsfaktorer-2-2-9",
    );
    // Every slide of the default deck: its name holds its title's words and none of its view's values that its title lacks.
    deck.slides.forEach((slide, i) => {
      const name = slideSlug("2026", i + 1, slide.title.sv);
      expect(name).toBe(`rus-2026-bild-${i + 1}-${titleSlug(slide.title.sv)}`);
      for (const value of new URLSearchParams(slide.view).values())
        if (!titleSlug(slide.title.sv).includes(value)) expect(name, slide.view).not.toContain(`-${value}`);
    });
  });
});
