// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DatasetUpload } from "../../src/app/DatasetUpload";
import type { FileProblem, ValidationIssue } from "../../src/data/issues";
import { fileProblemText } from "../../src/i18n/fileProblems";
import { PRESENT_STRINGS } from "../../src/i18n/present";
import { RESILIENCE_STRINGS } from "../../src/i18n/resilience";
import { IssueList, LISTED_ISSUES } from "../../src/ui/IssueList";
import { encodeWindows1252 } from "../windows1252";
import { editionText } from "../editionFiles";

/** Messages about a file, in the interface language, grammatical for every count (issue 11, fault 10). */

const rawText = editionText("dataset.json");
const deckText = editionText("deck.json");
const NBSP = "\u00A0";

afterEach(cleanup);

describe("a file's problem as a sentence", () => {
  const cases: [FileProblem, string, string][] = [
    [
      { kind: "encoding" },
      "Filen har fel teckenkodning — spara filen som UTF-8 och öppna den igen.",
      "The file has the wrong character encoding — save the file as UTF-8 and open it again.",
    ],
    [
      { kind: "not-json", line: 1204, column: 7 },
      `Filen är inte giltig JSON (fel på rad 1${NBSP}204, tecken 7).`,
      "The file is not valid JSON (error at line 1,204, character 7).",
    ],
    [{ kind: "not-json" }, "Filen är inte giltig JSON.", "The file is not valid JSON."],
    [
      { kind: "too-many", path: "practices", count: 30_000, limit: 500 },
      `Listan practices har 30${NBSP}000 poster; högst 500 är tillåtna.`,
      "The list practices has 30,000 entries; at most 500 are allowed.",
    ],
    [
      { kind: "too-large", bytes: 20 * 1024 * 1024, limit: 5 * 1024 * 1024 },
      "Filen är 20 MB; största tillåtna storlek är 5 MB.",
      "The file is 20 MB; the largest allowed size is 5 MB.",
    ],
    [
      { kind: "too-large", bytes: 512 * 1024 + 1, limit: 512 * 1024 },
      "Filen är 513 kB; största tillåtna storlek är 512 kB.",
      "The file is 513 kB; the largest allowed size is 512 kB.",
    ],
    [
      { kind: "check-failed", error: "RangeError" },
      "Filen kunde inte kontrolleras: ett oväntat fel inträffade (RangeError).",
      "The file could not be checked: an unexpected error occurred (RangeError).",
    ],
    [
      { kind: "unreadable", detail: "NotReadableError" },
      "Filen kunde inte läsas (NotReadableError).",
      "The file could not be read (NotReadableError).",
    ],
    [
      { kind: "fetch-failed", file: "dataset" },
      "Kunde inte hämta datafilen — kontrollera nätverket och försök igen.",
      "Could not fetch the data file — check the network and try again.",
    ],
    [
      { kind: "fetch-failed", file: "deck", status: 404 },
      "Kunde inte hämta bildspelet (servern svarade 404) — försök igen.",
      "Could not fetch the deck (the server answered 404) — try again.",
    ],
    [
      { kind: "wrong-kind", is: "deck" },
      "Det här ser ut som ett bildspel — öppna det i Bygg presentation.",
      "This looks like a deck file — open it in Build a deck.",
    ],
    [
      { kind: "wrong-kind", is: "dataset" },
      "Det här ser ut som en datafil — öppna den med knappen Öppna datafil.",
      "This looks like a data file — open it with the Open data file button.",
    ],
  ];
  for (const [problem, sv, en] of cases) {
    it(`${JSON.stringify(problem)} in Swedish and English`, () => {
      expect(fileProblemText(problem, "sv")).toBe(sv);
      expect(fileProblemText(problem, "en")).toBe(en);
    });
  }

  it("names the deck builder and the data file button as the interface does", () => {
    expect(fileProblemText({ kind: "wrong-kind", is: "deck" }, "sv")).toContain(PRESENT_STRINGS.sv.deckEditor);
    expect(fileProblemText({ kind: "wrong-kind", is: "deck" }, "en")).toContain(PRESENT_STRINGS.en.deckEditor);
    expect(RESILIENCE_STRINGS.sv.openDataFile).toBe("Öppna datafil…");
  });
});

describe("counts in file messages", () => {
  it("one slide, one page, one region and one practice are singular", () => {
    expect(PRESENT_STRINGS.sv.deckLoaded("en.json", 1)).toBe("en.json: 1 bild inläst.");
    expect(PRESENT_STRINGS.sv.deckLoaded("tre.json", 3)).toBe("tre.json: 3 bilder inlästa.");
    expect(PRESENT_STRINGS.en.deckLoaded("one.json", 1)).toBe("one.json: 1 slide loaded.");
    expect(PRESENT_STRINGS.en.deckLoaded("three.json", 3)).toBe("three.json: 3 slides loaded.");
    expect(PRESENT_STRINGS.sv.printDone(1)).toBe("1 sida skickad till utskrift.");
    expect(PRESENT_STRINGS.sv.printDone(12)).toBe("12 sidor skickade till utskrift.");
    expect(PRESENT_STRINGS.en.printDone(1)).toBe("1 page sent to the printer.");
    expect(RESILIENCE_STRINGS.en.uploadLoaded("d.json", 21, 1)).toBe("Now showing data from d.json (21 regions, 1 practice).");
    expect(RESILIENCE_STRINGS.sv.uploadLoaded("d.json", 1, 56)).toBe("Data från d.json visas nu (1 region, 56 arbetssätt).");
  });

  it("a refused deck says the current deck is kept before it lists what is wrong", () => {
    expect(PRESENT_STRINGS.sv.deckRejected("fel.json", 1)).toBe("fel.json kunde inte användas. Det nuvarande bildspelet behålls. Problem:");
    expect(PRESENT_STRINGS.en.deckRejected("bad.json", 1)).toBe("bad.json could not be used. The current deck is kept. Problem:");
    expect(PRESENT_STRINGS.en.deckRejected("bad.json", 2)).toBe("bad.json could not be used. The current deck is kept. Problems:");
  });
});

describe("a long list of issues (issue 11, fault 2)", () => {
  const issues: ValidationIssue[] = Array.from({ length: 30_000 }, (_, i) => ({ path: `practices[${i}].id`, message: "Required" }));

  it(`shows the first ${LISTED_ISSUES} and counts the rest, in Swedish`, () => {
    render(<IssueList issues={issues} lang="sv" />);
    const items = screen.getAllByRole("listitem");
    expect(items).toHaveLength(LISTED_ISSUES + 1);
    // An issue without a structured problem keeps its message, after the words for its path.
    expect(items[LISTED_ISSUES - 1]!.textContent).toBe(`Arbetssätt ${LISTED_ISSUES}, dess id: Required practices[${LISTED_ISSUES - 1}].id`);
    expect(items.at(-1)!.textContent).toBe(`… och 29${NBSP}980 till`);
  });

  it("and in English; 'at least' when checking stopped early", () => {
    render(<IssueList issues={issues} lang="en" incomplete />);
    expect(screen.getAllByRole("listitem").at(-1)!.textContent).toBe("… and at least 29,980 more");
  });

  it("a short list has no count line", () => {
    render(<IssueList issues={issues.slice(0, LISTED_ISSUES)} lang="sv" />);
    expect(screen.getAllByRole("listitem")).toHaveLength(LISTED_ISSUES);
  });
});

describe("opening a data file in the page", () => {
  const open = async (lang: "sv" | "en", name: string, contents: BlobPart) => {
    const onDataset = vi.fn();
    const { container } = render(<DatasetUpload lang={lang} onDataset={onDataset} />);
    const input = container.querySelector<HTMLInputElement>('[data-testid="dataset-file-input"]')!;
    await userEvent.upload(input, new File([contents], name, { type: "application/json" }));
    return { onDataset, alert: await screen.findByRole("alert") };
  };

  it("refuses the real dataset saved as Windows-1252 with the encoding message, in Swedish", async () => {
    const { onDataset, alert } = await open("sv", "rus-ansi.json", encodeWindows1252(rawText));
    expect(alert.querySelector("p")!.textContent).toBe("rus-ansi.json kunde inte användas. Nuvarande data visas fortfarande. Problem:");
    expect(within(alert).getByRole("listitem").textContent).toBe("Filen har fel teckenkodning — spara filen som UTF-8 och öppna den igen.");
    expect(onDataset).not.toHaveBeenCalled();
  });

  it("and in English", async () => {
    const { onDataset, alert } = await open("en", "rus-ansi.json", encodeWindows1252(rawText));
    expect(alert.querySelector("p")!.textContent).toBe("rus-ansi.json could not be used. The current data is still shown. Problem:");
    expect(within(alert).getByRole("listitem").textContent).toBe(
      "The file has the wrong character encoding — save the file as UTF-8 and open it again.",
    );
    expect(onDataset).not.toHaveBeenCalled();
  });

  it("says a deck file is a deck, and where to open it", async () => {
    const { alert } = await open("sv", "bildspel.json", deckText);
    expect(
      within(alert)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["Det här ser ut som ett bildspel — öppna det i Bygg presentation."]);
  });

  it("says a field's problem in words, the field named, its path after them in small type", async () => {
    const data = JSON.parse(rawText) as { regions: { name: string; strategy: Record<string, unknown> }[] };
    const kalmar = data.regions.findIndex((r) => r.name === "Kalmar");
    delete data.regions[kalmar]!.strategy.adopted;
    const path = `regions[${kalmar}].strategy.adopted`;
    for (const [lang, words] of [
      ["sv", `Region ${kalmar + 1} (Kalmar), strategins antagandeår: saknas`],
      ["en", `Region ${kalmar + 1} (Kalmar), the strategy's adoption year: missing`],
    ] as const) {
      const { alert } = await open(lang, "utan-år.json", JSON.stringify(data));
      const item = within(alert).getByRole("listitem");
      expect(item.textContent).toBe(`${words} ${path}`);
      expect(item.querySelector("code.issue-path")!.textContent).toBe(path);
      cleanup();
    }
  });

  it("says a file that is not JSON is not, in the interface language", async () => {
    const { alert } = await open("sv", "trasig.json", '{\n  "edition": {},\n  oops\n}');
    expect(within(alert).getByRole("listitem").textContent).toBe("Filen är inte giltig JSON (fel på rad 3, tecken 3).");
  });
});
