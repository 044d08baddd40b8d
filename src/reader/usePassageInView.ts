import { useEffect, useEffectEvent, useState, type RefObject } from "react";

/** How far below whatever is stuck at the top (the reader's header; the map, when stacked) the reading line runs, and how thick it is. */
const LINE_OFFSET = 16;
const LINE_HEIGHT = 48;

/** The top of the box an element sticks in: its nearest scrolling ancestor, or the viewport (0). */
function scrollBoxTop(el: Element): number {
  for (let parent = el.parentElement; parent; parent = parent.parentElement) {
    if (/(auto|scroll)/u.test(getComputedStyle(parent).overflowY)) return parent.getBoundingClientRect().top;
  }
  return 0;
}

/**
 * The bottom of the lowest element that is position: sticky at the top, where it sticks (its box's
 * top + its `top` + its height) — not where it stands before the page scrolls — or 0.
 */
function stuckBottom(candidates: readonly (Element | null)[]): number {
  let bottom = 0;
  for (const el of candidates) {
    if (!el) continue;
    const style = getComputedStyle(el);
    if (style.position !== "sticky") continue;
    const rect = el.getBoundingClientRect();
    bottom = Math.max(bottom, Math.min(rect.bottom, scrollBoxTop(el) + (parseFloat(style.top) || 0) + rect.height));
  }
  return bottom;
}

/**
 * Reports the passage at the reading line — a thin band just under what is
 * stuck at the top — as the text scrolls: the first passage in report order
 * that crosses the band (the last one stays while the band is between
 * passages). One IntersectionObserver for all passages, so scrolling costs no
 * layout reads; it is set up again when the window or what is stuck at the top changes size.
 */
export function usePassageInView(
  container: RefObject<HTMLElement | null>,
  stuck: () => readonly (Element | null)[],
  onChange: (id: string) => void,
  deps: unknown[],
) {
  const report = useEffectEvent(onChange);
  const stuckNow = useEffectEvent(stuck);
  // The band moves when the window or what is stuck at the top (the map loading its legend, the header its count) changes size.
  const [size, setSize] = useState(0);
  useEffect(() => {
    const onResize = () => setSize((n) => n + 1);
    window.addEventListener("resize", onResize);
    const observer = typeof ResizeObserver === "undefined" ? undefined : new ResizeObserver(onResize);
    for (const el of stuckNow()) if (el) observer?.observe(el);
    return () => {
      window.removeEventListener("resize", onResize);
      observer?.disconnect();
    };
  }, []);
  useEffect(() => {
    const root = container.current;
    if (!root || typeof IntersectionObserver === "undefined") return;
    const elements = [...root.querySelectorAll<HTMLElement>("[data-passage]")];
    const order = new Map(elements.map((el, i) => [el, i]));
    const crossing = new Set<HTMLElement>();
    let current: string | undefined;
    const line = stuckBottom(stuckNow()) + LINE_OFFSET;
    // Where a passage scrolled to stops (scroll-margin-top in reader.css): on the reading line.
    root.style.setProperty("--reading-line", `${Math.max(0, line - scrollBoxTop(root))}px`);
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
  // Changes whenever the reading line may have moved.
  return size;
}
