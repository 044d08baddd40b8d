// @vitest-environment jsdom
import { Suspense } from "react";
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ErrorBoundary } from "../../src/ui/ErrorBoundary";
import { failedModuleUrl, lazyWithRetry } from "../../src/ui/lazyWithRetry";

function Chart({ label }: { label: string }) {
  return <p>{label} drawn</p>;
}

afterEach(cleanup);

describe("lazyWithRetry: a chunk that failed to load can be loaded again", () => {
  it("shows the boundary's message when the import fails, and the component after Try again", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    // The chunk cannot be fetched until `online` (React itself also renders once more after an error).
    let online = false;
    const load = vi.fn(() =>
      online ? Promise.resolve({ default: Chart }) : Promise.reject(new TypeError("Failed to fetch dynamically imported module")),
    );
    const LazyChart = lazyWithRetry(load);
    const { container } = render(
      <ErrorBoundary lang="en" name="chart">
        <Suspense fallback={<p>loading</p>}>
          <LazyChart label="Counts" />
        </Suspense>
      </ErrorBoundary>,
    );
    const message = await screen.findByText("This part could not be shown.");
    expect(message.closest("[role='alert']")?.getAttribute("data-name")).toBe("chart");
    const failedCalls = load.mock.calls.length;

    online = true;
    await userEvent.click(screen.getByRole("button", { name: "Try again" }));
    await screen.findByText("Counts drawn");
    // The component took the message's place.
    expect(container.textContent).toBe("Counts drawn");
    // Try again asked for the module anew (plain React.lazy would have thrown the old failure).
    expect(load.mock.calls.length).toBe(failedCalls + 1);
    vi.restoreAllMocks();
  });

  it("loads once when the first import succeeds", async () => {
    const load = vi.fn(() => Promise.resolve({ default: Chart }));
    const LazyChart = lazyWithRetry(load);
    const { container, rerender } = render(
      <Suspense fallback={<p>loading</p>}>
        <LazyChart label="A" />
      </Suspense>,
    );
    await screen.findByText("A drawn");
    expect(container.textContent).toBe("A drawn");
    rerender(
      <Suspense fallback={<p>loading</p>}>
        <LazyChart label="B" />
      </Suspense>,
    );
    await screen.findByText("B drawn");
    expect(container.textContent).toBe("B drawn");
    expect(load).toHaveBeenCalledTimes(1);
  });
});

describe("lazyWithRetry: Try again asks for the chunk under a new address", () => {
  it("reads the failed module's address from the browser's message", () => {
    expect(failedModuleUrl(new TypeError("Failed to fetch dynamically imported module: http://x/assets/A-1.js"))).toBe(
      "http://x/assets/A-1.js",
    );
    expect(failedModuleUrl(new TypeError("error loading dynamically imported module: http://x/assets/A-1.js"))).toBe(
      "http://x/assets/A-1.js",
    );
    expect(failedModuleUrl(new TypeError("Importing a module script failed."))).toBeUndefined();
  });

  it("imports the named address with a fresh query, not the failed one again", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const failedUrl = "http://127.0.0.1/assets/Chart-abc.js";
    const load = vi.fn(() => Promise.reject(new TypeError(`Failed to fetch dynamically imported module: ${failedUrl}`)));
    const importAgain = vi.fn((_url: string) => Promise.resolve({ default: Chart }));
    const LazyChart = lazyWithRetry(load, importAgain);
    render(
      <ErrorBoundary lang="sv" name="chart">
        <Suspense fallback={<p>loading</p>}>
          <LazyChart label="Diagram" />
        </Suspense>
      </ErrorBoundary>,
    );
    await screen.findByText("Den här delen kunde inte visas.");
    const loadsBefore = load.mock.calls.length;
    await userEvent.click(screen.getByRole("button", { name: "Försök igen" }));
    await screen.findByText("Diagram drawn");
    expect(importAgain).toHaveBeenCalledTimes(1);
    const asked = new URL(importAgain.mock.calls[0]![0]);
    expect(`${asked.origin}${asked.pathname}`).toBe(failedUrl);
    expect(asked.searchParams.get("retry")).toMatch(/^\d+$/u);
    // The failed address itself is not asked for again.
    expect(load.mock.calls.length).toBe(loadsBefore);
    vi.restoreAllMocks();
  });
});
