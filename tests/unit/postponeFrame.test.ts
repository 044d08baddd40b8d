import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it, vi } from "vitest";

/**
 * postponeFrame.ts reads MapLibre's private `_frameRequest` (the pending render
 * frame of Map.triggerRepaint). Not public API: this proves the installed
 * maplibre-gl (pinned to a minor version in package.json) still has it, in the
 * very file the app bundles, and that the function uses it as it expects.
 */
const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve("maplibre-gl/package.json"));
const pkg = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8")) as { version: string; exports: { ".": { import: string } } };

describe("MapLibre's pending frame, which postponeFrame relies on", () => {
  it("is the version range package.json pins (a minor update must be checked again)", () => {
    const range = (JSON.parse(readFileSync("package.json", "utf8")) as { dependencies: Record<string, string> }).dependencies[
      "maplibre-gl"
    ]!;
    expect(range).toMatch(/^~\d+\.\d+\.\d+$/u);
    expect(pkg.version.split(".").slice(0, 2)).toEqual(range.slice(1).split(".").slice(0, 2));
  });

  it("Map.triggerRepaint keeps its frame in this._frameRequest, an AbortController, in the bundled file", () => {
    const bundled = readFileSync(join(pkgDir, pkg.exports["."].import), "utf8");
    expect(bundled).toMatch(/triggerRepaint\(\)\{this\.style&&!this\._frameRequest&&\(this\._frameRequest=new AbortController/u);
  });

  it("aborts the pending frame and asks for one after the paint; does nothing without the field", async () => {
    const { postponePendingFrame } = await import("../../src/map/postponeFrame");
    vi.stubGlobal("requestAnimationFrame", (fn: FrameRequestCallback) => setTimeout(() => fn(0), 0));
    const pending = new AbortController();
    const map = { _frameRequest: pending, triggerRepaint: vi.fn() };
    postponePendingFrame(map as never);
    expect(pending.signal.aborted).toBe(true);
    expect(map._frameRequest).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(map.triggerRepaint).toHaveBeenCalledTimes(1);
    const other = { triggerRepaint: vi.fn() };
    postponePendingFrame(other as never);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(other.triggerRepaint).not.toHaveBeenCalled();
    vi.unstubAllGlobals();
  });
});
