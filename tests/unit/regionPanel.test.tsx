// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { computeAdjacency } from "../../src/geo/neighbours";
import type { Lang } from "../../src/i18n/strings";
import { RegionPanel } from "../../src/panels/region/RegionPanel";
import { realCounties, realDataset } from "./fixtures";

beforeAll(async () => {
  // Warm the lazy chunk once: the first import of recharts is slow in jsdom.
  await import("../../src/panels/region/RegionCharts");
});
afterEach(cleanup);

const data = realDataset();
const adjacency = computeAdjacency(realCounties());

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
  return screen.getByRole("region", { name: "Exempel i rapporten" });
}

/** Let the lazy charts chunk load before the test ends. */
const LAZY = { timeout: 10_000 };
async function chartsLoaded() {
  await screen.findByRole("heading", { level: 4, name: /Mest lika regioner|Most similar regions/ }, LAZY);
}

describe("RegionPanel: Skåne in Swedish", () => {
  it("shows the strategy, adoption year and status in the report's words", async () => {
    renderPanel("SE-M");
    expect(screen.getByRole("heading", { level: 2, name: "Skåne" })).toBeTruthy();
    expect(screen.getByText("Region Skåne")).toBeTruthy();
    const title = screen.getByText("Det öppna Skåne. Regional utvecklingsstrategi för Skåne");
    expect(title.getAttribute("lang")).toBe("sv");
    const strategy = screen.getByRole("region", { name: "Strategin" });
    expect(within(strategy).getByText("Antagen").nextElementSibling?.textContent).toBe("2024");
    expect(within(strategy).getByText("Antagen 2024")).toBeTruthy();
    expect(within(strategy).getByText("inget år i titeln")).toBeTruthy();
    expect(within(strategy).getByText(/Två regioner¹³ har regionala utvecklingsstrategier/)).toBeTruthy();
    expect(within(strategy).getByText("Tillväxtverket 2026, avsnitt 2.1, fotnot 13")).toBeTruthy();
    await chartsLoaded();
  });

  it("lists the excerpts that name the region", async () => {
    renderPanel("SE-M");
    const excerpts = screen.getByRole("region", { name: "Regionen i rapportens text" });
    const em = within(excerpts).getByText("Skånes utvecklingsdag");
    expect(em.tagName).toBe("EM");
    expect(em.closest("blockquote")?.getAttribute("lang")).toBe("sv");
    expect(within(questionGroup(excerpts, "2.2.8")).getByText("Skånes utvecklingsdag")).toBeTruthy();
    await chartsLoaded();
  });

  it("groups practices under the right questions, and says so where there are none", async () => {
    renderPanel("SE-M");
    const practices = practicesSection();
    expect(within(questionGroup(practices, "2.2.8")).getByRole("button", { name: /Årliga regionala konferenser/ })).toBeTruthy();
    expect(within(questionGroup(practices, "2.2.2")).getByRole("button", { name: /Utvecklingsdagar\/konferenser/ })).toBeTruthy();
    expect(within(questionGroup(practices, "2.2.1")).getByText("Inga regionspecifika exempel i rapporten.")).toBeTruthy();
    // Statements of all regions are marked as such.
    expect(
      within(questionGroup(practices, "2.2.4")).getByRole("button", { name: /Barnperspektivet i social hållbarhet.*Gäller alla regioner/ }),
    ).toBeTruthy();
    expect(within(practices).getByRole("button", { name: /Årliga regionala konferenser.*3 av 21 regioner/ })).toBeTruthy();
    await chartsLoaded();
  });

  it("expands a practice to its verbatim quote and citation, and shows it on the map", async () => {
    const user = userEvent.setup();
    const { onShowPractice } = renderPanel("SE-M");
    const practice = data.practices.find((p) => p.id === "development-days-conferences")!;
    expect(practice.source.footnote).toBeDefined();
    const toggle = within(practicesSection()).getByRole("button", { name: /Utvecklingsdagar\/konferenser/ });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByText(practice.source.quote.slice(0, 30), { exact: false })).toBeNull();

    await user.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    const body = document.getElementById(toggle.getAttribute("aria-controls")!)!;
    const quote = within(body).getByText(practice.source.quote);
    expect(quote.closest("blockquote")?.getAttribute("lang")).toBe("sv");
    const citation = within(body).getByText(/^Tillväxtverket 2026/);
    expect(citation.textContent).toBe(`Tillväxtverket 2026, avsnitt ${practice.source.section}, fotnot ${practice.source.footnote}`);
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
    const names = within(neighbours).getAllByRole("button").map((b) => b.textContent);
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
    expect(within(strategy).getByText("2021, reviderad 2024")).toBeTruthy();
    expect(within(strategy).getByText("Rapportens kommentar")).toBeTruthy();
    const note = within(strategy).getByText("Jämtland Härjedalen har genomfört en översyn under 2023 som är beslutad 2024.");
    expect(note.closest("figure")?.querySelector("figcaption")?.textContent).toBe("Tillväxtverket 2026, avsnitt 2.1, fotnot 14");
    // The timeline marks the revision too.
    const timeline = await screen.findByRole("region", { name: "Antagandeår för alla 21 strategier" }, LAZY);
    expect(within(timeline).getByText(/antog sin strategi 2021 och reviderade den 2024/)).toBeTruthy();
  });

  it("Gotland: says it has no land neighbours and leaves the neighbour mean out", async () => {
    renderPanel("SE-I");
    expect(within(neighboursOf()).getByText("Gotland har ingen landgräns mot någon annan region.")).toBeTruthy();
    expect(within(neighboursOf()).queryAllByRole("button")).toHaveLength(0);
    const counts = await screen.findByRole("region", { name: "Antal exempel per fråga" }, LAZY);
    expect(within(counts).getByText(/visar inget grannmedelvärde/)).toBeTruthy();
    expect(within(counts).queryByRole("columnheader", { name: "Grannregionernas medelvärde" })).toBeNull();
    expect(within(counts).getByRole("columnheader", { name: "Medelvärde, alla 21 regioner" })).toBeTruthy();
  });

  it("a region the report names nowhere says so", async () => {
    renderPanel("SE-N");
    const excerpts = screen.getByRole("region", { name: "Regionen i rapportens text" });
    expect(within(excerpts).getByText(/Rapporten nämner inte regionen vid namn/)).toBeTruthy();
    await chartsLoaded();
  });

  it("moves focus to the new region's name when another region is chosen from the panel", async () => {
    const { rerender } = renderPanel("SE-M");
    await chartsLoaded();
    rerender(
      <RegionPanel data={data} code="SE-K" lang="sv" adjacency={adjacency} onSelectRegion={() => {}} onShowPractice={() => {}} />,
    );
    expect(document.activeElement).toBe(screen.getByRole("heading", { level: 2, name: "Blekinge" }));
  });
});

describe("RegionPanel in English", () => {
  it("shows English headings and labels; quotes stay in Swedish", async () => {
    const user = userEvent.setup();
    renderPanel("SE-M", "en");
    expect(screen.getByRole("region", { name: "The strategy" })).toBeTruthy();
    expect(screen.getByText("Adopted in 2024")).toBeTruthy();
    expect(screen.getByText("no year in the title")).toBeTruthy();
    expect(screen.getByRole("button", { name: /^Close/ })).toBeTruthy();
    const practices = screen.getByRole("region", { name: "Examples in the report" });
    expect(within(practices).getByRole("heading", { level: 4, name: "2.2.2 Follow-up" })).toBeTruthy();
    expect(within(practices).getAllByText("No region-specific examples in the report.").length).toBeGreaterThan(0);
    const toggle = within(practices).getByRole("button", { name: /Annual regional conferences.*3 of 21 regions/ });
    await user.click(toggle);
    const body = document.getElementById(toggle.getAttribute("aria-controls")!)!;
    expect(body.querySelector("blockquote")?.getAttribute("lang")).toBe("sv");
    expect(within(body).getByText(/^Tillväxtverket 2026, section 2\.2\.8/)).toBeTruthy();
    expect(within(body).getByRole("button", { name: /^Show on map/ })).toBeTruthy();
    expect(screen.getByRole("region", { name: "Neighbouring regions" })).toBeTruthy();
    const excerpts = screen.getByRole("region", { name: "The region in the report's text" });
    expect(excerpts.querySelector("blockquote")?.getAttribute("lang")).toBe("sv");
    await screen.findByRole("heading", { level: 4, name: "Most similar regions" }, LAZY);
    expect(screen.getByRole("heading", { level: 4, name: "Number of examples per question" })).toBeTruthy();
    expect(screen.getByText("Mean of all 21 regions", { selector: "th" })).toBeTruthy();
  });
});

describe("RegionPanel charts (lazy)", () => {
  it("lists the five most similar regions as buttons that select them", async () => {
    const user = userEvent.setup();
    const { onSelectRegion } = renderPanel("SE-M");
    const similar = await screen.findByRole("region", { name: "Mest lika regioner" }, LAZY);
    const list = within(similar).getByRole("list", { name: "Välj en av de mest lika regionerna" });
    const buttons = within(list).getAllByRole("button");
    expect(buttons).toHaveLength(5);
    // Every button names a region and shows its score with two decimals.
    for (const button of buttons) expect(button.textContent).toMatch(/\d,\d\d/);
    expect(within(similar).getByText(/Påståenden som rapporten gör om alla 21 regioner räknas inte med/)).toBeTruthy();
    const names = new Set(data.regions.map((r) => r.name));
    const first = buttons[0]!;
    const name = first.querySelector(".region-similar-name")!.textContent!;
    expect(names.has(name)).toBe(true);
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
