// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { OverviewPanel } from "../../src/panels/overview/OverviewPanel";
import { adoptionByYear, prevalenceGroups, statusCounts } from "../../src/domain/overviewData";
import { OVERVIEW_STRINGS } from "../../src/i18n/overview";
import { realDataset } from "./fixtures";
import { textOf } from "./textOf";
import { footnoteList } from "./reportFacts";
import { listOf } from "../../src/i18n/plural";

afterEach(cleanup);

const data = realDataset();

/** The lazily loaded chart's data table; the first import of recharts can take a while. */
function chartTable(lang: "sv" | "en" = "sv") {
  return screen.findByRole("table", { name: OVERVIEW_STRINGS[lang].adoptionTableCaption }, { timeout: 20_000 });
}

function renderPanel(lang: "sv" | "en" = "sv") {
  const onShowPractice = vi.fn();
  const onSelectRegion = vi.fn();
  render(<OverviewPanel data={data} lang={lang} onShowPractice={onShowPractice} onSelectRegion={onSelectRegion} />);
  return { onShowPractice, onSelectRegion };
}

describe("overview data helpers", () => {
  it("counts the five status groups in the report's order, as its footnotes 10–14 list them", () => {
    expect(statusCounts(data).map((s) => [s.status.id, s.count])).toEqual([
      ["new-2026", footnoteList(10).length],
      ["new-2025", footnoteList(11).length],
      ["review", footnoteList(12).length],
      ["adopted-2024", footnoteList(13).length],
      ["adopted-2021", footnoteList(14).length],
    ]);
  });

  it("has a row for every adoption year 2019–2026, also the empty 2023", () => {
    const rows = adoptionByYear(data);
    expect(rows.map((r) => r.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(rows.find((r) => r.year === 2023)?.total).toBe(0);
    expect(rows.reduce((n, r) => n + r.total, 0)).toBe(21);
    for (const r of rows) expect(data.statuses.reduce((n, s) => n + (r[s.id] ?? 0), 0)).toBe(r.total);
  });

  it("groups every practice under its question by kind: lists most widespread first, examples, statements of all regions", () => {
    const groups = prevalenceGroups(data, "sv");
    const all = groups.flatMap((g) => [...g.lists.map((i) => i.practice), ...g.examples, ...g.all]);
    expect(all).toHaveLength(data.practices.length);
    for (const g of groups) {
      const counts = g.lists.map((i) => i.count);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      for (const p of [...g.lists.map((i) => i.practice), ...g.examples, ...g.all]) expect(p.question).toBe(g.question.id);
      expect(g.lists.every((i) => i.practice.evidence === "listed")).toBe(true);
      expect(g.examples.every((p) => p.evidence === "example" || p.evidence === "examples")).toBe(true);
      expect(g.all.every((p) => p.evidence === "all")).toBe(true);
    }
  });
});

describe("OverviewPanel", () => {
  it("leads with the edition, its date and reference", async () => {
    renderPanel();
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("Översikt");
    expect(screen.getAllByText(/9 april 2026/).length).toBeGreaterThan(0);
    expect(screen.getAllByText(/Å 2025-51/).length).toBeGreaterThan(0);
    expect(screen.getByText(/Klicka på en region på kartan/).textContent).toBe(
      "Klicka på en region på kartan för att se dess strategi och arbetssätt.",
    );
    await chartTable();
  });

  it("shows the five status groups with the number of regions in each (4, 7, 6, 2, 2 in 2026)", async () => {
    renderPanel();
    const list = screen.getByTestId("status-distribution");
    const items = Array.from(list.querySelectorAll(":scope > li"));
    expect(items).toHaveLength(5);
    const counts = data.statuses.map((s) => data.regions.filter((r) => r.strategy.status === s.id).length);
    expect(items.map((li) => li.querySelector(".status-bar-value [aria-hidden]")?.textContent)).toEqual(counts.map(String));
    for (const [i, s] of data.statuses.entries()) expect(items[i]!.textContent).toContain(s.sv);
    // Screen readers hear each count with its total.
    expect(items.map((li) => li.querySelector(".status-bar-value .sr-only")?.textContent)).toEqual(
      counts.map((n) => `${n} av ${data.regions.length} regioner`),
    );
    await chartTable();
  });

  it("selects a region from the status list", async () => {
    const { onSelectRegion } = renderPanel();
    await userEvent.click(within(screen.getByTestId("status-distribution")).getByRole("button", { name: "Skåne" }));
    expect(onSelectRegion).toHaveBeenCalledWith("SE-M");
  });

  it("lazily renders the adoption chart's data table with every year", async () => {
    renderPanel();
    const table = await chartTable();
    const years = within(table)
      .getAllByRole("rowheader")
      .map((th) => th.textContent);
    expect(years).toEqual(["2019", "2020", "2021", "2022", "2023", "2024", "2025", "2026"]);
    // The summary names the year most strategies were adopted (2025, 7 regions, in 2026) and the years without any.
    const perYear = years.map((year) => data.regions.filter((r) => String(r.strategy.adopted) === year).length);
    const peak = Math.max(...perYear);
    const empty = years.filter((_, i) => perYear[i] === 0);
    expect(screen.getByText(/Flest av de strategier som rapporten förtecknar antogs/).textContent).toBe(
      `Flest av de strategier som rapporten förtecknar antogs ${years[perYear.indexOf(peak)]} (${peak} regioner).` +
        (empty.length > 0 ? ` Ingen av dem antogs ${empty.join(", ")}.` : ""),
    );
  });

  it("lists the report's lists with their counts, its examples with their region, its statements of all regions apart", async () => {
    renderPanel();
    const section = screen.getByRole("region", { name: "Arbetssätt i rapporten" });
    const groups = within(section).getAllByRole("group");
    expect(groups).toHaveLength(new Set(data.practices.map((p) => p.question)).size);
    const buttons = groups.flatMap((group) => within(group).getAllByRole("button"));
    for (const group of groups) {
      const heading = within(group).getByRole("heading", { level: 4 }).textContent;
      const question = data.questions.find((q) => heading === `${q.section} ${q.sv}`);
      expect(question, group.textContent ?? "").toBeDefined();
      for (const b of within(group).getAllByRole("button")) {
        const practice = data.practices.find((p) => p.id === b.getAttribute("data-practice"))!;
        expect(practice.question).toBe(question!.id);
        if (practice.evidence === "listed") expect(b.textContent).toContain(`${practice.regions.length} av ${data.regions.length}`);
        else
          expect(b.textContent).toBe(
            listOf(
              "sv",
              practice.regions.map((code) => data.regions.find((r) => r.code === code)!.name),
            ),
          );
      }
    }
    // Every list and every example is a button; the statements of all regions are not (they are not shown on a map of who does what).
    expect(buttons).toHaveLength(data.practices.filter((p) => p.evidence !== "all").length);
    expect(within(section).getAllByText("Gäller alla regioner")).toHaveLength(data.practices.filter((p) => p.evidence === "all").length);
    await chartTable();
  });

  it("says how the report was made and what it does not claim, verbatim (Om underlaget)", async () => {
    renderPanel();
    const about = screen.getByTestId("about-source");
    // The short account comes first, in RUS-kartan's words; the report's own words follow, quoted.
    expect(within(about).getAllByRole("paragraph")[0]?.textContent).toBe(data.caveats.short.sv);
    const ai = within(about).getByText(/med hjälp av Artificiell intelligens, AI sammanställts/);
    expect(ai.closest("blockquote")?.getAttribute("lang")).toBe("sv");
    expect(textOf(ai.closest("figure")?.querySelector("figcaption"))).toBe("Tillväxtverket 2026, avsnitt 1.4");
    const noAnalysis = within(about).getByText("Det ingår inte heller att göra en analys av sammanställningen.");
    expect(noAnalysis.closest("blockquote")?.getAttribute("lang")).toBe("sv");
    expect(textOf(noAnalysis.closest("figure")?.querySelector("figcaption"))).toBe("Tillväxtverket 2026, avsnitt 1.4.1");
    const computed = within(about).getByText(/RUS-kartans egna beräkningar/);
    expect(computed.closest("blockquote")).toBeNull();
    expect(computed.querySelector("strong")?.textContent).toBe("Det RUS-kartan räknar själv:");
    await chartTable();
  });

  it("shows a practice on the map when its row is chosen", async () => {
    const { onShowPractice } = renderPanel();
    await userEvent.click(screen.getByRole("button", { name: /Öppna indikatorplattformar/ }));
    expect(onShowPractice).toHaveBeenCalledWith("open-indicator-platforms");
  });

  it("quotes the six challenges and six success factors verbatim in Swedish", async () => {
    renderPanel();
    const challenges = screen.getByTestId("challenges");
    expect(
      within(challenges)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(data.findings.challenges);
    expect(data.findings.challenges).toHaveLength(6);
    expect(challenges.closest("[lang]")?.getAttribute("lang")).toBe("sv");
    const success = screen.getByTestId("success-factors");
    expect(
      within(success)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(data.findings.successFactors);
    // One citation for both lists, under them.
    expect(textOf(challenges.closest("figure")?.querySelector(":scope > figcaption"))).toBe("Tillväxtverket 2026, avsnitt 2.2.9");
    expect(success.closest("figure")).toBe(challenges.closest("figure"));
    const summary = screen.getByText(/Rapportens sammanfattning/).closest("details")!;
    expect(summary.querySelectorAll("li")).toHaveLength(data.findings.summary.length);
    await chartTable();
  });

  it("is complete in English, quotes still in Swedish", async () => {
    renderPanel("en");
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("Overview");
    expect(screen.getAllByText(/9 April 2026/).length).toBeGreaterThan(0);
    const statusList = screen.getByTestId("status-distribution");
    expect(statusList.closest("section")?.querySelector("h3")?.textContent).toBe("Status of the strategies");
    const platforms = data.practices.find((p) => p.id === "open-indicator-platforms")!;
    expect(screen.getByRole("button", { name: /Open indicator platforms/ }).textContent).toContain(
      `${platforms.regions.length} of ${data.regions.length}`,
    );
    expect(screen.getAllByText("Said of all regions").length).toBeGreaterThan(0);
    expect(textOf(screen.getByTestId("challenges").closest("figure")?.querySelector(":scope > figcaption"))).toBe(
      "Tillväxtverket 2026, section 2.2.9",
    );
    expect([...statusList.querySelectorAll(":scope > li > .status-bar-label")].map((label) => label.textContent)).toEqual(
      data.statuses.map((s) => s.en),
    );
    expect(screen.getByTestId("challenges").closest("[lang]")?.getAttribute("lang")).toBe("sv");
    const table = await chartTable("en");
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((th) => th.textContent),
    ).toEqual(["Year", ...data.statuses.map((s) => s.en), "Total"]);
    expect(screen.queryByText(/Översikt|Antagandeår|av 21/)).toBeNull();
  });
});
