// Shared set-up for component tests in jsdom (a no-op in the node environment).
if (typeof window !== "undefined") {
  // recharts' ResponsiveContainer observes its size; jsdom has no ResizeObserver.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
}
