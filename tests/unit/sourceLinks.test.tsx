// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { SourceLink } from "../../src/data/editionSchema";
import type { Dataset } from "../../src/data/schema";
import { SourceLinks } from "../../src/panels/overview/SourceLinks";
import { RegionLinks } from "../../src/panels/region/RegionLinks";
import { LATEST_EDITION, editionText } from "../editionFiles";

afterEach(cleanup);

/** What the panels must show, read from the files: the manifest's links and the dataset's regions. */
const links = (JSON.parse(editionText("manifest.json")) as { links: SourceLink[] }).links;
const dataset = JSON.parse(editionText("dataset.json")) as Dataset;

describe("RegionLinks (the region panel's Källor)", () => {
  for (const { code, name } of dataset.regions) {
    const own = links.filter((l) => l.region === code);
    it(`${name}: ${own.length ? "its own page, as a plain link out" : "nothing, as the manifest has no link"}`, () => {
      const { container } = render(<RegionLinks edition={LATEST_EDITION} code={code} lang="sv" />);
      if (own.length === 0) {
        expect(container.innerHTML).toBe("");
        return;
      }
      const section = screen.getByRole("region", { name: "Källor" });
      const anchors = within(section).getAllByRole("link");
      expect(anchors.map((a) => a.getAttribute("href"))).toEqual(own.map((l) => l.url));
      for (const a of anchors) {
        expect(a.getAttribute("target")).toBe("_blank");
        expect(a.getAttribute("rel")).toBe("noopener noreferrer");
      }
      expect(anchors[0]!.textContent).toContain(own[0]!.sv);
    });
  }

  it("speaks English with the manifest's English text", () => {
    const linked = links.find((l) => l.region);
    if (!linked) return;
    render(<RegionLinks edition={LATEST_EDITION} code={linked.region!} lang="en" />);
    const section = screen.getByRole("region", { name: "Sources" });
    expect(within(section).getByRole("link").textContent).toBe(`${linked.en} (opens in a new tab)`);
  });

  it("shows nothing for an edition without a manifest (an opened file)", () => {
    const linked = links.find((l) => l.region);
    const { container } = render(<RegionLinks edition="no-such-edition" code={linked?.region ?? "SE-AB"} lang="sv" />);
    expect(container.innerHTML).toBe("");
  });
});

describe("SourceLinks (Om underlaget)", () => {
  const publication = links.filter((l) => l.region === undefined);
  const regionsWithPage = new Set(links.flatMap((l) => (l.region ? [l.region] : []))).size;

  it("lists the report's publication, or says none was found, and how many regions have a page", () => {
    const { container } = render(<SourceLinks edition={LATEST_EDITION} regionTotal={dataset.regions.length} lang="sv" />);
    if (links.length === 0) {
      expect(container.innerHTML).toBe("");
      return;
    }
    const group = screen.getByRole("group", { name: "Källor på webben" });
    expect(
      within(group)
        .queryAllByRole("link")
        .map((a) => a.getAttribute("href")),
    ).toEqual(publication.map((l) => l.url));
    if (publication.length === 0) expect(group.textContent).toContain("Ingen sida hos utgivaren");
    if (regionsWithPage > 0) expect(group.textContent).toContain(`${regionsWithPage} av ${dataset.regions.length} regioner`);
  });

  it("shows nothing for an edition without a manifest", () => {
    const { container } = render(<SourceLinks edition="no-such-edition" regionTotal={21} lang="en" />);
    expect(container.innerHTML).toBe("");
  });
});
