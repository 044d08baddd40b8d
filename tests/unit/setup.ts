import { vi } from "vitest";

// The suite runs without isolation (vite.config.ts: a third of its time). Each file still gets its own copy of the
// app's modules, whose page-long state (the store, opened editions, the first answer) another file would have left.
vi.resetModules();

// Shared set-up for component tests in jsdom (a no-op in the node environment).
if (typeof window !== "undefined") {
  // recharts' ResponsiveContainer observes its size; jsdom has no ResizeObserver.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
}
