import { useEffect, useEffectEvent, useState, type RefObject } from "react";

/** How far below whatever is stuck at the top (the reader's header; the map, when stacked) the reading line runs, and how thick it is. */
const LINE_OFFSET = 16;
const LINE_HEIGHT = 48;

/** The bottom of the lowest element that is position: sticky at the top of the viewport, or 0. */
function stuckBottom(candidates: readonly (Element | null)[]): number {
  let bottom = 0;
  for (const el of candidates) {
    if (!el || getComputedStyle(el).position !== "sticky") continue;
    bottom = Math.max(bottom, el.getBoundingClientRect().bottom);
  }
  return bottom;
}

/**
 * Reports the passage at the reading line — a thin band just under what is
 * stuck at the top — as the text scrolls: the first passage in report order
 * that crosses the band (the last one stays while the band is between
 * passages). One IntersectionObserver for all passages, so scrolling costs no
 * layout reads; it is set up again when the window's size changes.
 */
export function usePassageInView(
  container: RefObject<HTMLElement | null>,
  stuck: () => readonly (Element | null)[],
  onChange: (id: string) => void,
  deps: unknown[],
) {
  const report = useEffectEvent(onChange);
  const stuckNow = useEffectEvent(stuck);
  const [size, setSize] = useState(0);
  useEffect(() => {
    const onResize = () => setSize((n) => n + 1);
    window.addEventListener("resize", onResize);
    return () => window.removeEventListener("resize", onResize);
  }, []);
  useEffect(() => {
    const root = container.current;
    if (!root || typeof IntersectionObserver === "undefined") return;
    const elements = [...root.querySelectorAll<HTMLElement>("[data-passage]")];
    const order = new Map(elements.map((el, i) => [el, i]));
    const crossing = new Set<HTMLElement>();
    let current: string | undefined;
    const line = stuckBottom(stuckNow()) + LINE_OFFSET;
    const below = Math.max(0, window.innerHeight - line - LINE_HEIGHT);
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const el = entry.target as HTMLElement;
          if (entry.isIntersecting) crossing.add(el);
          else crossing.delete(el);
        }
        const first = [...crossing].sort((a, b) => order.get(a)! - order.get(b)!)[0];
        const id = first?.dataset.passage;
        if (id && id !== current) {
          current = id;
          // User Timing for tools (npm run bench): from here to the map recoloured (rus:mode-applied).
          performance.mark("rus:passage-in-view", { detail: id });
          report(id);
        }
      },
      { rootMargin: `${-line}px 0px ${-below}px 0px` },
    );
    for (const el of elements) observer.observe(el);
    return () => observer.disconnect();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- set up again when the passages rendered (deps) or the window change
  }, [...deps, size]);
}
