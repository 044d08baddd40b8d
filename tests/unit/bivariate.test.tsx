// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { regionByCode } from "../../src/data/selectors";
import { BivariateLegend } from "../../src/map/BivariateLegend";
import { BIVARIATE_KEYS, bivariateParts } from "../../src/domain/bivariate";
import { classify } from "../../src/domain/classify";
import { parseColor } from "../../src/domain/contrast";
import { BIVARIATE_COLORS } from "../../src/domain/palettes";
import { summarizeClassification } from "../../src/domain/summary";
import { MAP_STRINGS } from "../../src/i18n/map";
import { realDataset } from "./fixtures";

const data = realDataset();
const A = "macro-regional-perspectives"; // 14 regions
const B = "spatial-planning"; // 8 regions
const practice = (id: string) => data.practices.find((p) => p.id === id)!;
const names = regionByCode(data);
const nameOf = (code: string) => names.get(code)?.name ?? code;

afterEach(cleanup);

describe("bivariate classification (two practices)", () => {
  const c = classify(data, { color: "practice", practice: A, practice2: B }, "sv");

  it("puts every region in exactly one of the four classes, by the practices' own lists", () => {
    expect(c.classes.map((k) => k.key)).toEqual([...BIVARIATE_KEYS]);
    const all = c.classes.flatMap((k) => k.regions);
    expect([...all].sort()).toEqual(data.regions.map((r) => r.code).sort());
    const [a, b] = [new Set(practice(A).regions), new Set(practice(B).regions)];
    const expected = {
      both: data.regions.filter((r) => a.has(r.code) && b.has(r.code)),
      onlyA: data.regions.filter((r) => a.has(r.code) && !b.has(r.code)),
      onlyB: data.regions.filter((r) => !a.has(r.code) && b.has(r.code)),
      neither: data.regions.filter((r) => !a.has(r.code) && !b.has(r.code)),
    };
    for (const cls of c.classes) expect(cls.regions).toEqual(expected[cls.key as keyof typeof expected].map((r) => r.code));
    // Known from the report: Stockholm, Sörmland, Östergötland, Kalmar, Blekinge, Örebro name both.
    expect(c.classes[0]!.regions).toEqual(["SE-AB", "SE-D", "SE-E", "SE-H", "SE-K", "SE-T"]);
    expect(c.classes.map((k) => k.regions.length)).toEqual([6, 8, 2, 5]);
  });

  it("marks the regions named for both, colours each class, and names A and B", () => {
    expect(c.marked).toEqual(c.classes[0]!.regions);
    expect(c.colorOf["SE-AB"]).toBe(BIVARIATE_COLORS.both);
    expect(c.colorOf["SE-O"]).toBe(BIVARIATE_COLORS.onlyB); // Västra Götaland: spatial planning only
    expect(c.colorOf["SE-BD"]).toBe(BIVARIATE_COLORS.neither);
    expect(c.valueOf["SE-O"]).toBe("Nämns bara i B");
    expect(c.bivariate).toEqual({ a: { id: A, label: practice(A).sv }, b: { id: B, label: practice(B).sv } });
    expect(c.subtitle).toBe("6 av 21 regioner nämns i båda förteckningarna");
    expect(c.markKey).toBe("both");
    const en = classify(data, { color: "practice", practice: A, practice2: B }, "en");
    expect(en.valueOf["SE-AB"]).toBe("Named in A and B");
    expect(en.title).toBe(`A: ${practice(A).en} · B: ${practice(B).en}`);
  });

  it("falls back to the one-practice map when the second is unknown or the same", () => {
    for (const practice2 of ["nope", A, undefined]) {
      const one = classify(data, { color: "practice", practice: A, practice2 }, "sv");
      expect(one.bivariate).toBeUndefined();
      expect(one.classes.map((k) => k.key)).toEqual(["has", "lacks"]);
    }
    expect(bivariateParts(data, A, A, "sv")).toBeUndefined();
    // practice2 means nothing outside the practice mode.
    expect(classify(data, { color: "status", practice2: B }, "sv").bivariate).toBeUndefined();
  });

  it("reads as a sentence for screen readers, every class with its regions", () => {
    const text = summarizeClassification(c, nameOf, MAP_STRINGS.sv.regionsCount);
    expect(text).toContain("Nämns i A och B: 6 regioner (Stockholm, Sörmland, Östergötland, Kalmar, Blekinge, Örebro)");
    expect(text).toContain("Nämns bara i B: 2 regioner (Västra Götaland, Värmland)");
  });
});

/** Machado, Oliveira & Fernandes (2009) simulation matrices at full severity, on linear RGB. */
const CVD: Record<string, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

function lab(color: string, matrix?: number[][]): number[] {
  const linear = parseColor(color).rgb.map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  const [r, g, b] = (matrix ? matrix.map((row) => row[0]! * linear[0]! + row[1]! * linear[1]! + row[2]! * linear[2]!) : linear).map((v) =>
    Math.min(1, Math.max(0, v)),
  ) as [number, number, number];
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const [x, y, z] = [
    (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047,
    0.2126 * r + 0.7152 * g + 0.0722 * b,
    (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883,
  ];
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

describe("bivariate colours are told apart with colour-vision deficiency", () => {
  const colours = Object.values(BIVARIATE_COLORS);
  it.each([["normal vision", undefined], ...Object.entries(CVD)] as [string, number[][] | undefined][])(
    "%s: every pair differs by ΔE*ab ≥ 30",
    (_, matrix) => {
      const labs = colours.map((c) => lab(c, matrix));
      for (let i = 0; i < labs.length; i++)
        for (let j = i + 1; j < labs.length; j++) {
          const d = Math.hypot(...labs[i]!.map((v, k) => v - labs[j]![k]!));
          expect(d, `${colours[i]} vs ${colours[j]}`).toBeGreaterThanOrEqual(30);
        }
    },
  );

  it("the simulation is not vacuous: red and green collapse for a deuteranope", () => {
    const [red, green] = [lab("#d62728", CVD.deuteranopia), lab("#2ca02c", CVD.deuteranopia)];
    expect(Math.hypot(...red.map((v, k) => v - green[k]!))).toBeLessThan(30);
  });
});

describe("the 2×2 legend", () => {
  it("shows A and B, the four cells with counts and their regions by name", () => {
    const c = classify(data, { color: "practice", practice: A, practice2: B }, "sv");
    render(<BivariateLegend classification={c} countLabel={MAP_STRINGS.sv.regionsCount} nameOf={nameOf} lang="sv" />);
    const legend = screen.getByTestId("legend");
    expect(within(legend).getByRole("heading").textContent).toBe(`A ${practice(A).sv}B ${practice(B).sv}`);
    expect(
      within(legend)
        .getAllByRole("columnheader")
        .map((h) => h.textContent),
    ).toEqual(["B nämns", "B nämns inte"]);
    expect(
      within(legend)
        .getAllByRole("rowheader")
        .map((h) => h.textContent),
    ).toEqual(["A nämns", "A nämns inte"]);
    const cells = [...legend.querySelectorAll<HTMLElement>("td[data-key]")];
    expect(cells.map((td) => td.dataset.key)).toEqual(["both", "onlyA", "onlyB", "neither"]);
    expect(cells.map((td) => td.querySelector("[data-testid=bivariate-count]")!.textContent)).toEqual([
      "6 regioner",
      "8 regioner",
      "2 regioner",
      "5 regioner",
    ]);
    expect(cells[2]!.querySelector("[data-testid=bivariate-names]")!.textContent).toBe("Värmland, Västra Götaland");
    expect(cells[0]!.querySelector(".legend-swatch")!.textContent).toBe("✓");
  });
});
