// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { computeAdjacency } from "../../src/geo/neighbours";
import type { Lang } from "../../src/i18n/strings";
import { RegionPanel } from "../../src/panels/region/RegionPanel";
import { realCounties, realDataset } from "./fixtures";
import { REGION_NAMES, SOURCE_TEXT, footnotesListing, textFragmentsNaming } from "./reportFacts";
import { textOf } from "./textOf";
import { editionText } from "../editionFiles";

beforeAll(async () => {
  // Warm the lazy chunk once: the first import of recharts is slow in jsdom.
  await import("../../src/panels/region/RegionCharts");
});
afterEach(cleanup);

const data = realDataset();
const adjacency = computeAdjacency(realCounties());
/** Regions the edition's manifest gives a link to their own page: their panel has a "Sources" section. */
const linkedRegions = new Set(
  (JSON.parse(editionText("manifest.json")) as { links: { region?: string }[] }).links.flatMap((l) => (l.region ? [l.region] : [])),
);

function renderPanel(code: string, lang: Lang = "sv") {
  const onSelectRegion = vi.fn();
  const onShowPractice = vi.fn();
  const view = render(
    <RegionPanel
      data={data}
      code={code}
      lang={lang}
      adjacency={adjacency}
      onSelectRegion={onSelectRegion}
      onShowPractice={onShowPractice}
    />,
  );
  return { ...view, onSelectRegion, onShowPractice };
}

/** The section under a question heading (h4) of the given section number. */
function questionGroup(container: HTMLElement, section: string): HTMLElement {
  const heading = within(container)
    .getAllByRole("heading", { level: 4 })
    .find((h) => h.textContent?.startsWith(`${section} `));
  if (!heading) throw new Error(`no heading for ${section}`);
  return heading.closest("section") as HTMLElement;
}

function practicesSection(): HTMLElement {
  return screen.getByRole("region", { name: "Vad rapporten säger om regionen" });
}

/** Let the lazy charts chunk load before the test ends. */
const LAZY = { timeout: 10_000 };
async function chartsLoaded() {
  await screen.findByRole("heading", { level: 4, name: /Mest lika regioner|Most similar regions/ }, LAZY);
}

describe("RegionPanel: Skåne in Swedish", () => {
  it("shows the strategy, adoption year and status in the report's words", async () => {
    renderPanel("SE-M");
    const heading = screen.getByRole("heading", { level: 2 });
    expect(heading.textContent).toBe("Skåne");
    // The organisation stands under the name, in the panel's header.
    expect(screen.getByText("Region Skåne").closest("header")).toBe(heading.closest("header"));
    const strategy = screen.getByRole("region", { name: "Strategin" });
    const title = within(strategy).getByText("Det öppna Skåne. Regional utvecklingsstrategi för Skåne");
    expect(title.getAttribute("lang")).toBe("sv");
    expect(within(strategy).getByText("Antagen").nextElementSibling?.textContent).toBe("2024");
    expect(within(strategy).getByText("Status").nextElementSibling?.textContent).toBe("Antagen 2024");
    expect(within(strategy).getByText("Tidshorisont").nextElementSibling?.textContent).toBe("inget slutår i titeln");
    const statusQuote = within(strategy).getByText(/Två regioner¹³ har regionala utvecklingsstrategier/);
    expect(statusQuote.closest("blockquote")?.getAttribute("lang")).toBe("sv");
    expect(textOf(statusQuote.closest("figure")?.querySelector("figcaption"))).toBe("Tillväxtverket 2026, avsnitt 2.1, fotnot 13");
    await chartsLoaded();
  });

  it("lists every place the report names the region, in report order, with the sentence across the page foot", async () => {
    renderPanel("SE-M");
    const mentions = screen.getByRole("region", { name: "Alla ställen där rapporten nämner regionen" });
    expect(within(mentions).getByTestId("mentions-summary").textContent).toBe(
      "Rapporten nämner Skåne på 5 ställen: fotnoterna 13 (2.1), 19 (2.2.2), 28 (2.2.6), 29 (2.2.6) och en mening i 2.2.8.",
    );
    const em = within(mentions).getAllByText("Skånes utvecklingsdag")[0]!;
    expect(em.tagName).toBe("EM");
    expect(em.closest("blockquote")?.getAttribute("lang")).toBe("sv");
    expect(em.closest("blockquote")?.textContent).toContain("ett årligt fysiskt forum där regionen");
    await chartsLoaded();
  });

  it("groups the lists and examples under the right questions, each saying its kind, and says so where there are none", async () => {
    renderPanel("SE-M");
    const practices = practicesSection();
    expect(within(practices).getByTestId("region-figures").textContent).toBe(
      "Rapporten nämner Skåne i 3 av sina förteckningar över arbetssätt och i 1 exempel.",
    );
    const example = within(questionGroup(practices, "2.2.8")).getByRole("button", { name: /Skånes utvecklingsdag/ });
    expect(within(example).getByTestId("evidence").textContent).toBe("Nämns som exempel");
    const listed = within(questionGroup(practices, "2.2.2")).getByRole("button", { name: /Utvecklingsdagar\/konferenser/ });
    expect(within(listed).getByTestId("evidence").textContent).toBe("Rapportens förteckning, fotnot 19 · 6 av 21 regioner");
    const none = questionGroup(practices, "2.2.1");
    expect(within(none).queryAllByRole("button")).toHaveLength(0);
    expect(within(none).getByText("Rapporten nämner inte regionen under frågan.").closest("section")).toBe(none);
    // Statements of all regions stand apart, once, and are not under the questions.
    expect(within(questionGroup(practices, "2.2.4")).queryByRole("button", { name: /Barnperspektivet/ })).toBeNull();
    const apart = within(practices).getByTestId("all-statements");
    expect(apart.querySelector("summary")?.textContent).toBe("Rapportens påståenden om alla regioner (5)");
    const statement = within(apart).getByRole("button", { name: /Barnperspektivet i social hållbarhet/ });
    expect(within(statement).getByTestId("evidence").textContent).toBe("Gäller alla regioner");
    expect(within(practices).getAllByRole("button", { name: /Barnperspektivet/ })).toEqual([statement]);
    await chartsLoaded();
  });

  it("expands a practice to its verbatim quote and citation, and shows it on the map", async () => {
    const user = userEvent.setup();
    const { onShowPractice } = renderPanel("SE-M");
    const practice = data.practices.find((p) => p.id === "development-days-conferences")!;
    expect(practice.source.footnote).toBeDefined();
    const toggle = within(practicesSection()).getByRole("button", { name: /Utvecklingsdagar\/konferenser/ });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(within(practicesSection()).queryByText(practice.source.quote.slice(0, 30), { exact: false })).toBeNull();

    await user.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    const body = document.getElementById(toggle.getAttribute("aria-controls")!)!;
    const quote = within(body).getByText(practice.source.quote);
    expect(quote.closest("blockquote")?.getAttribute("lang")).toBe("sv");
    const citation = within(body).getByText(/^Tillväxtverket 2026/);
    expect(textOf(citation)).toBe(`Tillväxtverket 2026, avsnitt ${practice.source.section}, fotnot ${practice.source.footnote}`);
    expect(citation.textContent).toContain("avsnitt");
    expect(citation.textContent).toContain("fotnot");

    await user.click(within(body).getByRole("button", { name: /^Visa på kartan/ }));
    expect(onShowPractice).toHaveBeenCalledWith("development-days-conferences");
    await chartsLoaded();
  });

  it("lists the land neighbours as buttons that select them", async () => {
    const user = userEvent.setup();
    const { onSelectRegion } = renderPanel("SE-M");
    const neighbours = screen.getByRole("region", { name: "Grannregioner" });
    const names = within(neighbours)
      .getAllByRole("button")
      .map((b) => b.textContent);
    expect(names).toEqual(["Blekinge", "Halland", "Kronoberg"]);
    await user.click(within(neighbours).getByRole("button", { name: "Blekinge" }));
    expect(onSelectRegion).toHaveBeenCalledWith("SE-K");
    await chartsLoaded();
  });

  it("closes with the button and with Escape", async () => {
    const user = userEvent.setup();
    const { onSelectRegion } = renderPanel("SE-M");
    await user.click(screen.getByRole("button", { name: /^Stäng/ }));
    expect(onSelectRegion).toHaveBeenLastCalledWith(undefined);
    onSelectRegion.mockClear();
    within(neighboursOf()).getByRole("button", { name: "Halland" }).focus();
    await user.keyboard("{Escape}");
    expect(onSelectRegion).toHaveBeenCalledWith(undefined);
    await chartsLoaded();
  });

  it("keeps headings in order: h2 region, h3 sections, h4 groups", async () => {
    const { container } = renderPanel("SE-M");
    await chartsLoaded();
    const levels = [...container.querySelectorAll("h1, h2, h3, h4, h5, h6")].map((h) => Number(h.tagName[1]));
    expect(levels[0]).toBe(2);
    levels.slice(1).forEach((level, i) => expect(level - levels[i]!).toBeLessThanOrEqual(1));
    expect(levels.filter((l) => l === 2)).toHaveLength(1);
  });
});

function neighboursOf(): HTMLElement {
  return screen.getByRole("region", { name: /Grannregioner|Neighbouring regions/ });
}

describe("RegionPanel: special cases", () => {
  it("Jämtland Härjedalen shows the 2024 revision and the report's note (footnote 14)", async () => {
    renderPanel("SE-Z");
    const strategy = screen.getByRole("region", { name: "Strategin" });
    // As the listing writes it ("Antagen 2021/2024, se not 14"), read from the report's text.
    const written = /^Region Jämtland Härjedalen \*.*\*\. Antagen (\d{4}\/\d{4}),/mu.exec(SOURCE_TEXT)![1];
    expect(within(strategy).getByText("Antagen").nextElementSibling?.textContent).toBe(written);
    const note = within(strategy).getByText("Jämtland Härjedalen har genomfört en översyn under 2023 som är beslutad 2024.");
    // The label introduces the note's quote.
    expect(within(strategy).getByText("Rapportens kommentar").nextElementSibling).toBe(note.closest("figure"));
    expect(textOf(note.closest("figure")?.querySelector("figcaption"))).toBe("Tillväxtverket 2026, avsnitt 2.1, fotnot 14");
    // The timeline marks the revision too.
    const timeline = await screen.findByRole("region", { name: "Antagandeår för alla 21 strategier" }, LAZY);
    // In the listing's own words: "Antagen 2021/2024".
    const listed = /Antagen \d{4}\/\d{4}/u.exec(SOURCE_TEXT.split("\n").find((l) => l.startsWith("Region Jämtland Härjedalen *"))!)![0];
    const summary = within(timeline).getByText(new RegExp(`”${listed}” i rapportens förteckning`, "u"));
    expect(summary.textContent).toMatch(new RegExp(`^Jämtland Härjedalen: ”${listed}” i rapportens förteckning\\. `, "u"));
    expect(within(timeline).getByRole("img").getAttribute("aria-label")).toContain(summary.textContent);
  });

  it("Gotland: says it has no land neighbours and leaves the neighbour mean out", async () => {
    renderPanel("SE-I");
    // The sentence stands alone: no intro inviting a choice among neighbours.
    expect(
      within(neighboursOf())
        .getAllByRole("paragraph")
        .map((p) => p.textContent),
    ).toEqual(["Gotland har ingen landgräns mot någon annan region."]);
    expect(within(neighboursOf()).queryAllByRole("button")).toHaveLength(0);
    const counts = await screen.findByRole("region", { name: "Förteckningar och exempel per fråga" }, LAZY);
    const caption = counts.querySelector("figcaption")?.textContent;
    expect(caption).toContain("Beräknat i RUS-kartan, inte i rapporten.");
    expect(caption).toContain("Gotland har inga grannregioner med landgräns, så diagrammet visar inget grannmedelvärde.");
    expect(within(counts).queryByRole("columnheader", { name: "Grannregionernas medelvärde" })).toBeNull();
    expect(
      within(counts)
        .getAllByRole("columnheader")
        .map((th) => th.textContent),
    ).toEqual(["Fråga", "Gotland", "Medelvärde, alla 21 regioner"]);
  });

  it("Halland, named in no sentence, is named in three footnotes — and its data note says section 2.1 and the list differ", async () => {
    renderPanel("SE-N");
    const mentions = screen.getByRole("region", { name: "Alla ställen där rapporten nämner regionen" });
    expect(within(mentions).getByTestId("mentions-summary").textContent).toBe(
      "Rapporten nämner Halland på 3 ställen: fotnoterna 12 (2.1), 20 (2.2.2), 28 (2.2.6).",
    );
    const footnote = within(mentions).getByText("Blekinge, Dalarna, Halland, Stockholm, Sörmland, Västerbotten.");
    expect(footnote.textContent).toBe("Fotnot 12: Blekinge, Dalarna, Halland, Stockholm, Sörmland, Västerbotten.");
    expect(footnote.closest("li")?.getAttribute("data-footnote")).toBe("12");
    const strategy = screen.getByRole("region", { name: "Strategin" });
    const dataNotes = within(strategy).getByTestId("data-notes");
    expect(dataNotes.querySelector("summary")?.textContent).toBe("1 datanot: rapportens avsnitt skiljer sig åt");
    const disagreement = within(strategy).getByText(/Förteckningen över strategierna anger ”Antagen 2021” också för Dalarna och Halland/);
    expect(disagreement.closest("details")).toBe(dataNotes);
    await chartsLoaded();
  });

  it("Kalmar's strategy has no end year, only an outlook", async () => {
    renderPanel("SE-H");
    const strategy = screen.getByRole("region", { name: "Strategin" });
    expect(within(strategy).getByText("Tidshorisont").nextElementSibling?.textContent).toBe("inget slutår i titeln, med utblick mot 2040");
    await chartsLoaded();
  });

  it("moves focus to the new region's name when another region is chosen from the panel", async () => {
    const { rerender } = renderPanel("SE-M");
    await chartsLoaded();
    rerender(<RegionPanel data={data} code="SE-K" lang="sv" adjacency={adjacency} onSelectRegion={() => {}} onShowPractice={() => {}} />);
    expect(document.activeElement).toBe(screen.getByRole("heading", { level: 2, name: "Blekinge" }));
  });
});

describe("RegionPanel in English", () => {
  it("shows English headings and labels; quotes stay in Swedish", async () => {
    const user = userEvent.setup();
    renderPanel("SE-M", "en");
    const strategy = screen.getByRole("region", { name: "The strategy" });
    expect(within(strategy).getByText("Status").nextElementSibling?.textContent).toBe("Adopted in 2024");
    expect(within(strategy).getByText("Time horizon").nextElementSibling?.textContent).toBe("no end year in the title");
    expect(screen.getByRole("button", { name: "Close the panel for Skåne" }).textContent).toBe("Close");
    const practices = screen.getByRole("region", { name: "What the report says of the region" });
    expect(questionGroup(practices, "2.2.2").querySelector("h4")?.textContent).toBe("2.2.2 Follow-up");
    expect(within(practices).getAllByText("The report does not name the region under this question.").length).toBeGreaterThan(0);
    const toggle = within(practices).getByRole("button", { name: /Skånes utvecklingsdag.*Named as an example/ });
    await user.click(toggle);
    const body = document.getElementById(toggle.getAttribute("aria-controls")!)!;
    expect(body.querySelector("blockquote")?.getAttribute("lang")).toBe("sv");
    expect(textOf(body.querySelector("figcaption"))).toBe("Tillväxtverket 2026, section 2.2.8");
    expect(within(body).getByRole("button", { name: /^Show on map/ }).textContent).toBe(
      "Show on map: Skånes utvecklingsdag, an annual in-person forum",
    );
    expect(screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual([
      "The strategy",
      ...(linkedRegions.has("SE-M") ? ["Sources"] : []),
      "Neighbouring regions",
      "What the report says of the region",
      "Every place the report names the region",
      "Comparisons",
    ]);
    expect(screen.getByRole("region", { name: "Neighbouring regions" }).querySelector("h3")?.textContent).toBe("Neighbouring regions");
    const mentions = screen.getByRole("region", { name: "Every place the report names the region" });
    expect(mentions.querySelector("blockquote")?.getAttribute("lang")).toBe("sv");
    await screen.findByRole("heading", { level: 4, name: "Most similar regions" }, LAZY);
    expect(
      within(screen.getByRole("region", { name: "Comparisons" }))
        .getAllByRole("heading", { level: 4 })
        .map((h) => h.textContent),
    ).toEqual(["Lists and examples per question", "Year of adoption of all 21 strategies", "Most similar regions"]);
    expect(
      within(screen.getByRole("region", { name: "Lists and examples per question" }))
        .getAllByRole("columnheader")
        .map((th) => th.textContent),
    ).toEqual(["Question", "Skåne", "Mean of neighbouring regions", "Mean of all 21 regions"]);
  });
});

describe("RegionPanel charts (lazy)", () => {
  it("lists the most similar regions as buttons, every tie with the fifth shown, each with the lists it rests on", async () => {
    const user = userEvent.setup();
    const { onSelectRegion } = renderPanel("SE-Z");
    const similar = await screen.findByRole("region", { name: "Mest lika regioner" }, LAZY);
    const list = within(similar).getByRole("list", { name: "Välj en av de mest lika regionerna" });
    const buttons = within(list).getAllByRole("button");
    // The report's practice lists, from its text: footnotes 15 on. Jämtland Härjedalen is in two of them.
    const lists = (code: string) => footnotesListing(code).filter((n) => n >= 15);
    expect(lists("SE-Z")).toHaveLength(2);
    const row = (name: string) => buttons.find((b) => b.querySelector(".region-similar-name")?.textContent === name);
    // Skåne and Dalarna tie at 0,25 (one shared list of four): both shown, neither cut by the order of the data.
    for (const code of ["SE-M", "SE-W"]) {
      const union = new Set([...lists("SE-Z"), ...lists(code)]);
      const shared = lists(code).filter((n) => lists("SE-Z").includes(n));
      expect(shared.length / union.size).toBe(0.25);
      const button = row(REGION_NAMES[code]!);
      expect(button?.textContent, code).toContain("0,25");
      expect(button?.textContent).toContain(`bygger på ${union.size} förteckningar, ${shared.length} gemensam`);
    }
    expect(buttons.length).toBeGreaterThanOrEqual(5);
    for (const button of buttons) expect(button.textContent).toMatch(/\d,\d\d.*bygger på \d+ förteckning/);
    // Regions named in fewer than three lists are not ranked, and the panel says which.
    const few = Object.keys(REGION_NAMES).filter((code) => code !== "SE-Z" && lists(code).length < 3);
    expect(few.length).toBeGreaterThan(0);
    for (const code of few) expect(row(REGION_NAMES[code]!), code).toBeUndefined();
    const unranked = within(similar).getByTestId("similar-unranked").textContent!;
    expect(unranked).toMatch(/^Nämns i färre än 3 av rapportens förteckningar och rangordnas därför inte: /);
    for (const code of few) expect(unranked).toContain(REGION_NAMES[code]!);
    expect(within(similar).getByTestId("similar-own-few").textContent).toContain(
      "Jämtland Härjedalen nämns själv i 2 av rapportens förteckningar",
    );
    const caption = [...(similar.querySelector("figcaption")?.children ?? [])].map((p) => p.textContent);
    expect(caption[0]).toBe("Beräknat i RUS-kartan, inte i rapporten.");
    expect(caption[1]).toMatch(/Regioner med samma likhet som den sista visas alla\.$/);
    const first = buttons[0]!;
    const name = first.querySelector(".region-similar-name")!.textContent!;
    await user.click(first);
    expect(onSelectRegion).toHaveBeenCalledWith(data.regions.find((r) => r.name === name)!.code);
  });

  it("each chart has a heading and a described image", async () => {
    renderPanel("SE-M");
    await chartsLoaded();
    const images = screen.getAllByRole("img");
    expect(images.length).toBeGreaterThanOrEqual(3);
    for (const img of images.slice(0, 3)) expect(img.getAttribute("aria-label")).toMatch(/Skåne/);
    await act(async () => {});
  });
});

describe("RegionPanel: every mention, for all 21 regions, derived from the report's text alone", () => {
  it.each(Object.entries(REGION_NAMES))("%s (%s): the panel shows exactly its footnotes and its sentences", (code) => {
    renderPanel(code);
    const mentions = screen.getByTestId("mentions");
    const items = [...mentions.querySelectorAll("ol.region-mentions > li")];
    const footnotes = items
      .filter((li) => li.getAttribute("data-kind") === "footnote")
      .map((li) => Number(li.getAttribute("data-footnote")));
    expect(footnotes).toEqual(footnotesListing(code));
    const sentences = items
      .filter((li) => li.getAttribute("data-kind") === "text")
      .map((li) => li.querySelector("blockquote")!.textContent!);
    const fragments = textFragmentsNaming(code).map((f) => f.replace(/\*/g, ""));
    for (const fragment of fragments)
      expect(
        sentences.filter((s) => s.includes(fragment)),
        fragment,
      ).toHaveLength(1);
    for (const sentence of sentences)
      expect(
        fragments.filter((f) => sentence.includes(f)),
        sentence,
      ).toHaveLength(1);
    expect(within(mentions).getByTestId("mentions-summary").textContent).toMatch(new RegExp(`på ${items.length} ställ`));
    cleanup();
  });
});
