// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { OverviewPanel } from "../../src/panels/overview/OverviewPanel";
import { adoptionByYear, prevalenceGroups, statusCounts } from "../../src/domain/overviewData";
import { OVERVIEW_STRINGS } from "../../src/i18n/overview";
import { realDataset } from "./fixtures";

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
  it("counts the five status groups in the report's order", () => {
    expect(statusCounts(data).map((s) => [s.status.id, s.count])).toEqual([
      ["new-2026", 4],
      ["new-2025", 7],
      ["review", 6],
      ["adopted-2024", 2],
      ["adopted-2021", 2],
    ]);
  });

  it("has a row for every adoption year 2019–2026, also the empty 2023", () => {
    const rows = adoptionByYear(data);
    expect(rows.map((r) => r.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(rows.find((r) => r.year === 2023)?.total).toBe(0);
    expect(rows.reduce((n, r) => n + r.total, 0)).toBe(21);
    for (const r of rows) expect(data.statuses.reduce((n, s) => n + r[s.id], 0)).toBe(r.total);
  });

  it("groups every practice under its question, most widespread first", () => {
    const groups = prevalenceGroups(data, "sv");
    expect(groups.flatMap((g) => g.items)).toHaveLength(data.practices.length);
    for (const g of groups) {
      const counts = g.items.map((i) => i.count);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      for (const i of g.items) expect(i.practice.question).toBe(g.question.id);
    }
  });
});

describe("OverviewPanel", () => {
  it("leads with the edition, its date and reference", async () => {
    renderPanel();
    expect(screen.getByRole("heading", { level: 2, name: "Översikt" })).toBeTruthy();
    expect(screen.getAllByText(/9 april 2026/).length).toBeGreaterThan(0);
    expect(screen.getAllByText(/Å 2025-51/).length).toBeGreaterThan(0);
    expect(screen.getByText(/Klicka på en region på kartan/)).toBeTruthy();
    await chartTable();
  });

  it("shows the five status groups with counts 4, 7, 6, 2, 2", async () => {
    renderPanel();
    const list = screen.getByTestId("status-distribution");
    const items = Array.from(list.querySelectorAll(":scope > li"));
    expect(items).toHaveLength(5);
    expect(items.map((li) => li.querySelector(".status-bar-value [aria-hidden]")?.textContent)).toEqual(["4", "7", "6", "2", "2"]);
    for (const [i, s] of data.statuses.entries()) expect(items[i]!.textContent).toContain(s.sv);
    expect(within(list).getByText("4 av 21 regioner")).toBeTruthy();
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
    const years = within(table).getAllByRole("rowheader").map((th) => th.textContent);
    expect(years).toEqual(["2019", "2020", "2021", "2022", "2023", "2024", "2025", "2026"]);
    expect(screen.getByText(/Flest strategier antogs 2025 \(7 regioner\)/)).toBeTruthy();
  });

  it("lists all practices grouped under their questions, each a button", async () => {
    renderPanel();
    const section = screen.getByRole("region", { name: "Arbetssätt i rapporten" });
    const groups = within(section).getAllByRole("group");
    const withPractices = new Set(data.practices.map((p) => p.question));
    expect(groups).toHaveLength(withPractices.size);
    let total = 0;
    for (const group of groups) {
      const buttons = within(group).getAllByRole("button");
      total += buttons.length;
      const question = data.questions.find((q) => group.textContent?.includes(`${q.section} ${q.sv}`));
      expect(question, group.textContent ?? "").toBeTruthy();
      for (const b of buttons) {
        const practice = data.practices.find((p) => p.id === b.getAttribute("data-practice"));
        expect(practice?.question).toBe(question!.id);
        expect(b.textContent).toContain(`${practice!.regions.length} av 21`);
      }
    }
    expect(total).toBe(36);
    expect(data.practices).toHaveLength(36);
    expect(screen.getAllByText("alla regioner")).toHaveLength(data.practices.filter((p) => p.allRegions).length);
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
    expect(within(challenges).getAllByRole("listitem").map((li) => li.textContent)).toEqual(data.findings.challenges);
    expect(data.findings.challenges).toHaveLength(6);
    expect(challenges.closest("[lang]")?.getAttribute("lang")).toBe("sv");
    const success = screen.getByTestId("success-factors");
    expect(within(success).getAllByRole("listitem").map((li) => li.textContent)).toEqual(data.findings.successFactors);
    expect(screen.getByText("Tillväxtverket 2026, avsnitt 2.2.9")).toBeTruthy();
    const summary = screen.getByText(/Rapportens sammanfattning/).closest("details")!;
    expect(summary.querySelectorAll("li")).toHaveLength(data.findings.summary.length);
    await chartTable();
  });

  it("is complete in English, quotes still in Swedish", async () => {
    renderPanel("en");
    expect(screen.getByRole("heading", { level: 2, name: "Overview" })).toBeTruthy();
    expect(screen.getAllByText(/9 April 2026/).length).toBeGreaterThan(0);
    expect(screen.getByRole("heading", { name: "Status of the strategies" })).toBeTruthy();
    expect(screen.getByRole("button", { name: /Open indicator platforms/ }).textContent).toContain("7 of 21");
    expect(screen.getAllByText("all regions").length).toBeGreaterThan(0);
    expect(screen.getByText("Tillväxtverket 2026, section 2.2.9")).toBeTruthy();
    expect(within(screen.getByTestId("status-distribution")).getByText("New strategy adopted in 2026")).toBeTruthy();
    expect(screen.getByTestId("challenges").closest("[lang]")?.getAttribute("lang")).toBe("sv");
    expect(await chartTable("en")).toBeTruthy();
    expect(screen.queryByText(/Översikt|Antagandeår|av 21/)).toBeNull();
  });
});
