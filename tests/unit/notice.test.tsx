// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { Notice } from "../../src/app/Notice";
import type { IgnoredParam } from "../../src/state/url";

const manyUnknown: IgnoredParam[] = Array.from({ length: 50_000 }, (_, i) => ({ key: `k${i}`, value: "1" }));
const lines = (container: HTMLElement) => [...container.querySelectorAll("p")];
const NAMES: Record<string, string> = { "SE-AB": "Stockholm", "SE-C": "Uppsala", "SE-Z": "Jämtland Härjedalen" };
const nameOf = (code: string) => NAMES[code] ?? code;
const codes = (line: Element) => [...line.querySelectorAll("code")].map((c) => c.textContent);

describe("the notice of ignored link parameters", () => {
  afterEach(cleanup);

  it("names the first five of 50 000 unknown keys and counts the rest, in Swedish", () => {
    const { container } = render(<Notice lang="sv" ignored={manyUnknown} nameOf={nameOf} onDismiss={() => {}} />);
    const [line] = lines(container);
    expect(lines(container)).toHaveLength(1);
    expect(codes(line!)).toEqual(["k0=1", "k1=1", "k2=1", "k3=1", "k4=1"]);
    // Swedish groups thousands with a (no-break) space.
    expect(screen.getByTestId("url-notice-more").textContent).toBe("… och 49\u00a0995 till");
    expect(line!.textContent!.startsWith("Några delar av länken kunde inte användas och ignorerades: ")).toBe(true);
  });

  it("counts them in English with English digit grouping", () => {
    render(<Notice lang="en" ignored={manyUnknown} nameOf={nameOf} onDismiss={() => {}} />);
    expect(screen.getByTestId("url-notice-more").textContent).toBe("… and 49,995 more");
  });

  it("says a repeated key was repeated, on a line of its own, and counts nothing when all are named", () => {
    const ignored: IgnoredParam[] = [
      { key: "foo", value: "bar" },
      { key: "region", value: "SE-AB", repeated: true },
    ];
    const { container } = render(<Notice lang="sv" ignored={ignored} nameOf={nameOf} onDismiss={() => {}} />);
    const [invalid, repeated] = lines(container);
    expect(codes(invalid!)).toEqual(["foo=bar"]);
    expect(repeated!.textContent).toBe("Angavs mer än en gång; bara den första lästes: region=SE-AB");
    expect(screen.queryByTestId("url-notice-more")).toBeNull();
    cleanup();
    render(<Notice lang="en" ignored={ignored.slice(1)} nameOf={nameOf} onDismiss={() => {}} />);
    expect(screen.getByRole("status").querySelector("p")!.textContent).toBe("Given more than once; only the first was read: region=SE-AB");
  });

  it("names, by name, the regions a comparison of more than six left out, in its own line", () => {
    const ignored: IgnoredParam[] = [
      { key: "foo", value: "bar" },
      { key: "compare", value: "SE-C,SE-Z", limit: 6 },
    ];
    const { container } = render(<Notice lang="sv" ignored={ignored} nameOf={nameOf} onDismiss={() => {}} />);
    expect(lines(container)).toHaveLength(2);
    expect(codes(lines(container)[0]!)).toEqual(["foo=bar"]);
    expect(screen.getByTestId("url-notice-trimmed").textContent).toBe(
      "Länken jämför fler än 6 regioner; de första 6 jämförs. Utelämnade: Uppsala och Jämtland Härjedalen.",
    );
    cleanup();
    render(<Notice lang="en" ignored={ignored.slice(1)} nameOf={nameOf} onDismiss={() => {}} />);
    expect(screen.getByTestId("url-notice-trimmed").textContent).toBe(
      "The link compares more than 6 regions; the first 6 are compared. Left out: Uppsala and Jämtland Härjedalen.",
    );
  });
});
