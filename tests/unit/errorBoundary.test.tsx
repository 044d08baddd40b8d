// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ErrorBoundary } from "../../src/ui/ErrorBoundary";

let failing = true;
function Chart() {
  if (failing) throw new Error("chart exploded");
  return <p>chart drawn</p>;
}

describe("ErrorBoundary", () => {
  let consoleError: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    failing = true;
    // React and the boundary log the caught error; keep the test output clean but check it was logged.
    consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
  });
  afterEach(() => {
    cleanup();
    consoleError.mockRestore();
  });

  it("shows the fallback for a throwing child while its siblings still render", () => {
    const { container } = render(
      <div>
        <ErrorBoundary lang="sv" name="map">
          <p>the map</p>
        </ErrorBoundary>
        <ErrorBoundary lang="sv" name="charts">
          <Chart />
        </ErrorBoundary>
        <p>the panel text</p>
      </div>,
    );
    const alert = screen.getByRole("alert");
    // Only the failing part is replaced, in its place; the parts around it are as they were.
    const parts = [...container.firstElementChild!.children];
    expect(parts).toHaveLength(3);
    expect(parts[0]!.textContent).toBe("the map");
    expect(parts[1]).toBe(alert);
    expect(parts[2]!.textContent).toBe("the panel text");
    expect(alert.textContent).toContain("Den här delen kunde inte visas.");
    expect(alert.getAttribute("data-name")).toBe("charts");
    expect(screen.queryByText("chart drawn")).toBeNull();
    expect(consoleError).toHaveBeenCalled();
  });

  it("speaks English and retries on request", async () => {
    const { container } = render(
      <ErrorBoundary lang="en" name="charts">
        <Chart />
      </ErrorBoundary>,
    );
    expect(screen.getByRole("alert").textContent).toContain("This part could not be shown.");
    failing = false;
    await userEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(container.textContent).toBe("chart drawn");
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("clears a failure when a reset key changes (another region, a new dataset)", () => {
    const { container, rerender } = render(
      <ErrorBoundary lang="sv" name="panel" resetKeys={["SE-AB"]}>
        <Chart />
      </ErrorBoundary>,
    );
    expect(screen.getByRole("alert").getAttribute("data-name")).toBe("panel");
    failing = false;
    rerender(
      <ErrorBoundary lang="sv" name="panel" resetKeys={["SE-AB"]}>
        <Chart />
      </ErrorBoundary>,
    );
    // The same key: the failure stays, although the child would now render.
    expect(screen.getByRole("alert").getAttribute("data-name")).toBe("panel");
    expect(screen.queryByText("chart drawn")).toBeNull();
    rerender(
      <ErrorBoundary lang="sv" name="panel" resetKeys={["SE-M"]}>
        <Chart />
      </ErrorBoundary>,
    );
    expect(container.textContent).toBe("chart drawn");
  });
});
