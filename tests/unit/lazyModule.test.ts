import { describe, expect, it, vi } from "vitest";
import { lazyModule, preloadLazyChunks } from "../../src/ui/lazyWithRetry";

describe("lazyModule: code loaded on first use, again after a failure, and with the preload", () => {
  it("loads once, however often it is asked for", async () => {
    const load = vi.fn(() => Promise.resolve({ answer: 42 }));
    const code = lazyModule(load);
    expect(load).not.toHaveBeenCalled();
    const [a, b] = await Promise.all([code(), code()]);
    expect(a).toBe(b);
    expect((await code()).answer).toBe(42);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("asks again after a failure, under a fresh address where the failure named one", async () => {
    const url = "http://localhost/assets/upload-abc.js";
    const load = vi.fn(() => Promise.reject(new TypeError(`Failed to fetch dynamically imported module: ${url}`)));
    const importAgain = vi.fn((_: string) => Promise.resolve({ answer: 1 }));
    const code = lazyModule(load, importAgain);
    await expect(code()).rejects.toThrow(/Failed to fetch/);
    expect((await code()).answer).toBe(1);
    expect(load).toHaveBeenCalledTimes(1);
    expect(importAgain.mock.calls[0]?.[0]).toMatch(/^http:\/\/localhost\/assets\/upload-abc\.js\?retry=\d+$/);
  });

  it("is loaded by the preload of the lazy chunks", async () => {
    const load = vi.fn(() => Promise.resolve({}));
    lazyModule(load);
    await preloadLazyChunks();
    expect(load).toHaveBeenCalledTimes(1);
  });
});
