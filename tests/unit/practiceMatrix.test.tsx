// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { PracticeMatrix } from "../../src/panels/matrix/PracticeMatrix";
import { COLUMN_BATCH } from "../../src/panels/matrix/useColumnBatches";
import { realDataset } from "./fixtures";
import { textOf } from "./textOf";

afterEach(cleanup);

const data = realDataset();

function renderMatrix(props: { lang?: "sv" | "en"; selected?: string } = {}) {
  const onSelectRegion = vi.fn();
  render(<PracticeMatrix data={data} lang={props.lang ?? "sv"} selected={props.selected} onSelectRegion={onSelectRegion} />);
  return { onSelectRegion };
}

const table = () => screen.getByRole("table");
// Queries scoped to the header or to one row: role queries over the whole 21 × 36 table are slow in jsdom.
const head = () => within(table().querySelector("thead") as HTMLElement);
const sortButton = (name: RegExp) => head().getByRole("button", { name });
const bodyRows = () => Array.from(table().querySelectorAll("tbody > tr"));
const rowNames = () => bodyRows().map((tr) => within(tr as HTMLElement).getByRole("rowheader").textContent);
const rowOf = (name: string) => bodyRows().find((tr) => tr.querySelector('th[scope="row"]')?.textContent === name) as HTMLElement;
const cellOf = (row: HTMLElement, column: string) => row.querySelector(`td[data-column="${column}"]`) as HTMLElement;
const nameOf = (code: string) => data.regions.find((r) => r.code === code)!.name;
const lists = data.practices.filter((p) => p.evidence === "listed");
const examples = data.practices.filter((p) => p.evidence === "example" || p.evidence === "examples");
const allStatements = data.practices.filter((p) => p.evidence === "all");
const regionCount = data.regions.length;

describe("PracticeMatrix", () => {
  it("is a captioned table of all regions × the report's lists, and its examples per question; no column for the statements of all regions", () => {
    renderMatrix();
    expect(table().querySelector("caption")?.textContent).toMatch(new RegExp(`${regionCount} regioner, ${lists.length} förteckningar`));
    expect(bodyRows()).toHaveLength(regionCount);
    const headers = Array.from(table().querySelectorAll("thead th[data-column]")).map((th) => th.getAttribute("data-column")!);
    const questionsWithExamples = [...new Set(examples.map((p) => p.question))];
    expect(headers.filter((h) => !h.startsWith("examples-")).sort()).toEqual(lists.map((p) => p.id).sort());
    expect(headers.filter((h) => h.startsWith("examples-"))).toEqual(questionsWithExamples.sort().map((q) => `examples-${q}`));
    expect(headers).not.toContain("child-perspective");
    expect(screen.getByTestId("matrix-caveat").textContent).toMatch(
      new RegExp(`antalen rangordnar inte regionerna.*Beräknat i RUS-kartan.*${allStatements.length} påståenden om alla regioner`),
    );
    // Full label for screen readers and in the tooltip.
    const open = table().querySelector('thead th[data-column="open-indicator-platforms"]')!;
    expect(open.getAttribute("title")).toBe("Öppna indikatorplattformar och interaktiva publikationer");
    expect(head().getByRole("columnheader", { name: "Öppna indikatorplattformar och interaktiva publikationer" })).toBe(open);
    // Question group headers span their practices.
    const groupHeaders = Array.from(table().querySelectorAll('thead th[scope="colgroup"]'));
    expect(groupHeaders.reduce((n, th) => n + Number(th.getAttribute("colspan")), 0)).toBe(headers.length);
    expect(groupHeaders[0]!.textContent).toContain("2.2.1");
  });

  it("marks Skåne in development days and not in open indicator platforms, with text as well as the mark; its example as a count", () => {
    renderMatrix();
    const skane = rowOf("Skåne");
    const yes = cellOf(skane, "development-days-conferences");
    expect(yes.textContent).toContain("●");
    expect(yes.textContent).toContain("nämns");
    const skaneExamples = examples.filter((p) => p.question === 8 && p.regions.includes("SE-M")).length;
    expect(cellOf(skane, "examples-8").textContent).toContain(`${skaneExamples} exempel`);
    const no = cellOf(skane, "open-indicator-platforms");
    expect(no.textContent).not.toContain("●");
    expect(no.textContent).toBe("nämns inte");
    expect(within(no).queryByRole("button")).toBeNull();
  });

  it("marks exactly the regions each list names, and counts each region's examples per question", () => {
    renderMatrix();
    for (const p of lists) {
      const marked = bodyRows()
        .filter((tr) => cellOf(tr as HTMLElement, p.id).textContent?.includes("●"))
        .map((tr) => tr.getAttribute("data-region"));
      expect(marked.sort(), p.id).toEqual([...p.regions].sort());
    }
    for (const tr of bodyRows()) {
      const code = tr.getAttribute("data-region")!;
      for (const q of new Set(examples.map((p) => p.question))) {
        const n = examples.filter((p) => p.question === q && p.regions.includes(code)).length;
        const cell = cellOf(tr as HTMLElement, `examples-${q}`);
        expect(cell.textContent, `${code} q${q}`).toBe(n === 0 ? "inga exempel" : `${n}${n} exempel`);
      }
    }
  });

  it("sorts by name in Swedish order by default and reverses on a second click", async () => {
    renderMatrix();
    const expected = data.regions.map((r) => r.name).sort((a, b) => a.localeCompare(b, "sv"));
    expect(rowNames()).toEqual(expected);
    expect(rowNames()[0]).toBe("Blekinge");
    expect(rowNames().at(-1)).toBe("Östergötland");
    const regionHeader = sortButton(/^Region/).closest("th")!;
    expect(regionHeader.getAttribute("aria-sort")).toBe("ascending");
    await userEvent.click(sortButton(/^Region/));
    expect(regionHeader.getAttribute("aria-sort")).toBe("descending");
    expect(rowNames()[0]).toBe("Östergötland");
  });

  it("sorts by the lists naming each region, with the caveat emphasised next to the counts", async () => {
    renderMatrix();
    const count = (code: string) => lists.filter((p) => p.regions.includes(code)).length;
    const most = Math.max(...data.regions.map((r) => count(r.code)));
    const leaders = data.regions
      .filter((r) => count(r.code) === most)
      .map((r) => r.name)
      .sort((a, b) => a.localeCompare(b, "sv"));
    expect(screen.getByTestId("matrix-caveat").className).not.toContain("is-emphasised");
    await userEvent.click(sortButton(/^Förteckningar/));
    const header = sortButton(/^Förteckningar/).closest("th")!;
    expect(header.getAttribute("aria-sort")).toBe("descending");
    expect(rowNames()[0]).toBe(leaders[0]);
    const counts = bodyRows().map((tr) => Number(tr.querySelectorAll("td")[2]!.textContent));
    expect(counts[0]).toBe(most);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    // Said to screen readers, in a live region.
    const announcement = screen.getByText(/Sorterat efter förteckningar, fallande/);
    expect(announcement.textContent).toBe("Sorterat efter förteckningar, fallande.");
    expect(announcement.getAttribute("aria-live")).toBe("polite");
    expect(screen.getByTestId("matrix-caveat").className).toContain("is-emphasised");
  });

  it("sorts by status in the dataset's order and by adoption year", async () => {
    renderMatrix();
    await userEvent.click(sortButton(/^Status/));
    const rank = new Map(data.statuses.map((s, i) => [s.id, i]));
    const statusRanks = bodyRows().map((tr) =>
      rank.get(data.regions.find((r) => r.code === tr.getAttribute("data-region"))!.strategy.status)!,
    );
    expect(statusRanks).toEqual([...statusRanks].sort((a, b) => a - b));
    await userEvent.click(sortButton(/^Antagandeår/));
    const years = bodyRows().map((tr) => Number(tr.querySelectorAll("td")[1]!.textContent));
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });

  it("opens the quotes behind an examples cell, each with its kind, and closes with Escape", async () => {
    renderMatrix();
    const practice = data.practices.find((p) => p.id === "conference-skanes-utvecklingsdag")!;
    const button = within(cellOf(rowOf("Skåne"), "examples-8")).getByRole("button");
    await userEvent.click(button);
    const details = screen.getByRole("region", { name: "Skåne – Exempel" });
    expect(details.querySelector("blockquote")?.textContent).toBe(practice.source.quote.replace(/\*/g, ""));
    expect(within(details).getByText(/Nämns som exempel/).textContent).toBe(`${practice.sv} · Nämns som exempel`);
    expect(details.querySelector("blockquote")?.getAttribute("lang")).toBe("sv");
    expect(textOf(details.querySelector("figcaption"))).toBe("Tillväxtverket 2026, avsnitt 2.2.8");
    expect(button.getAttribute("aria-expanded")).toBe("true");
    await userEvent.keyboard("{Escape}");
    expect(screen.queryByRole("region", { name: "Skåne – Exempel" })).toBeNull();
  });

  it("cites section and footnote and closes with the close button", async () => {
    renderMatrix();
    const practice = data.practices.find((p) => p.id === "open-indicator-platforms")!;
    const code = practice.regions[0]!;
    await userEvent.click(within(cellOf(rowOf(nameOf(code)), practice.id)).getByRole("button"));
    const details = screen.getByRole("region", { name: `${nameOf(code)} – ${practice.sv}` });
    expect(details.querySelectorAll("figcaption")).toHaveLength(1);
    expect(textOf(details.querySelector("figcaption"))).toBe(`Tillväxtverket 2026, avsnitt 2.2.2, fotnot ${practice.source.footnote}`);
    await userEvent.click(within(details).getByRole("button", { name: "Stäng citatet" }));
    expect(screen.queryByRole("region", { name: `${nameOf(code)} – ${practice.sv}` })).toBeNull();
  });

  it("selects a region from its row header and highlights the selected row", async () => {
    const { onSelectRegion } = renderMatrix({ selected: "SE-M" });
    await userEvent.click(within(rowOf("Gotland")).getByRole("button", { name: "Gotland" }));
    expect(onSelectRegion).toHaveBeenCalledWith("SE-I");
    expect(rowOf("Skåne").getAttribute("aria-current")).toBe("true");
    expect(rowOf("Gotland").getAttribute("aria-current")).toBeNull();
  });

  it("is complete in English", async () => {
    renderMatrix({ lang: "en" });
    expect(table().querySelector("caption")?.textContent).toMatch(new RegExp(`${regionCount} regions, ${lists.length} lists`));
    expect(head().getByRole("columnheader", { name: "Open indicator platforms and interactive publications" })).toBe(
      table().querySelector('thead th[data-column="open-indicator-platforms"]'),
    );
    const skane = rowOf("Skåne");
    expect(cellOf(skane, "open-indicator-platforms").textContent).toBe("not named");
    expect(within(cellOf(skane, "development-days-conferences")).getByRole("button").getAttribute("aria-label")).toMatch(/^Named: Skåne/);
    // The status column, first after the name.
    expect(skane.querySelectorAll("td")[0]!.textContent).toBe("Adopted in 2024");
    await userEvent.click(sortButton(/^Examples/));
    expect(screen.getByText(/Sorted by examples, descending/).textContent).toBe("Sorted by examples, descending.");
  });
});

describe("PracticeMatrix of an edition with more lists than a screen shows", () => {
  // The report's lists three times over (each copy its own id): more columns than the first render holds.
  const copies = [1, 2, 3].flatMap((k) => lists.map((p) => ({ ...p, id: `${p.id}-copy-${k}` })));
  const wide = { ...data, practices: [...data.practices, ...copies] };
  const listIds = [...lists, ...copies].map((p) => p.id);
  const headerIds = () => Array.from(table().querySelectorAll("thead th[data-column]")).map((th) => th.getAttribute("data-column")!);

  it("renders a screenful of columns first, marked busy, then every column, in the report's order", async () => {
    expect(listIds.length).toBeGreaterThan(COLUMN_BATCH);
    render(<PracticeMatrix data={wide} lang="sv" onSelectRegion={() => {}} />);
    expect(table().getAttribute("aria-busy")).toBe("true");
    expect(headerIds()).toHaveLength(COLUMN_BATCH);
    await waitFor(() => expect(table().hasAttribute("aria-busy")).toBe(false));
    const headers = headerIds();
    expect(headers.filter((h) => !h.startsWith("examples-")).sort()).toEqual([...listIds].sort());
    // Every row has a cell under every header, and the footer a count under each.
    for (const row of bodyRows())
      expect(Array.from(row.querySelectorAll("td[data-column]")).map((td) => td.getAttribute("data-column"))).toEqual(headers);
    expect(table().querySelectorAll("tfoot td.matrix-foot")).toHaveLength(headers.length);
    // A copy of a list names the regions its list names.
    const first = lists[0]!;
    for (const code of first.regions) expect(cellOf(rowOf(nameOf(code)), `${first.id}-copy-3`).querySelector("button")).not.toBeNull();
  });
});
