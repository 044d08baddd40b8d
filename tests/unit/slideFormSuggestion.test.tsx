// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { followSuggestion, sameWords } from "../../src/present/formWords";
import { SlideForm, type SlideWords } from "../../src/present/SlideForm";

const status: SlideWords = { title: { sv: "Status", en: "Status" }, caption: { sv: "Fem grupper", en: "Five groups" } };
const year: SlideWords = { title: { sv: "Antagandeår", en: "Year adopted" }, caption: { sv: "Per år", en: "By year" } };

describe("a suggestion that changes under words being typed (pure)", () => {
  it("follows where the words are as suggested, keeps what was typed", () => {
    const typed = { title: { sv: "Min tit", en: "Status" }, caption: { sv: "Fem grupper", en: "" } };
    const words = ({ title, caption }: SlideWords) => ({ title, caption });
    expect(followSuggestion(typed, words(status), words(year))).toEqual({
      title: { sv: "Min tit", en: "Year adopted" },
      caption: { sv: "Per år", en: "" },
    });
    expect(sameWords(words(status), words({ ...status }))).toBe(true);
    expect(sameWords(words(status), words(year))).toBe(false);
  });
});

describe("the deck builder's add form", () => {
  afterEach(cleanup);
  const field = (name: string) => document.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[data-field="${name}"]`)!;
  const form = (initial: SlideWords, lang: "sv" | "en" = "sv") => (
    <SlideForm lang={lang} initial={initial} suggested submitLabel="Lägg till" onSubmit={() => {}} />
  );

  it("keeps a half-typed title when the view changes; what was left as suggested follows the new view", () => {
    const { rerender } = render(form(status));
    fireEvent.change(field("title-sv"), { target: { value: "Läget i regi" } });
    rerender(form(year));
    expect(field("title-sv").value).toBe("Läget i regi");
    expect(field("title-en").value).toBe("Year adopted");
    expect(field("caption-sv").value).toBe("Per år");
    // A re-render with the same suggestion (a new object of the same words) changes nothing.
    rerender(form({ ...year, title: { ...year.title } }));
    expect(field("title-sv").value).toBe("Läget i regi");
    // The interface's language changes the labels, not the words.
    rerender(form(year, "en"));
    expect(field("title-sv").value).toBe("Läget i regi");
    expect(screen.getByRole("button", { name: "Lägg till" })).toBeDefined();
  });
});
