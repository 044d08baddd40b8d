import { useLayoutEffect, useRef } from "react";

/** What a box does around its fitting: `before`, undo what changes its layout; `after`, act on the fit. */
export type FitHooks<T> = { before: (box: T) => void; after: (box: T) => void };

/**
 * PowerPoint's "shrink text on overflow" for a box of fixed size (a slide's panel): the box's font size, which its
 * text sizes itself from in em, is lowered until the text fits, never below `minPx`. The box says how it went in
 * `data-fit` ("whole", "shrunk", or "overflow" when even the smallest size does not fit), for the deck's check and the
 * tests. Fitted again whenever the box changes size (a window moved to the projector), its text changes, or `key` does.
 */
export function useShrinkToFit<T extends HTMLElement>(key: string, minPx = 10.5, around?: FitHooks<T>) {
  const ref = useRef<T>(null);
  // The latest hooks, told before and after every fit (a panel that pages its text lays it out whole, then measures).
  const hooks = useRef(around);
  useLayoutEffect(() => {
    hooks.current = around;
  });
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const fits = () => box.scrollHeight <= box.clientHeight + 1;
    const fit = () => {
      hooks.current?.before(box);
      box.style.fontSize = "";
      if (fits()) {
        box.dataset.fit = "whole";
        hooks.current?.after(box);
        return;
      }
      // Bisect between the smallest size and the stylesheet's: eight steps come within a hundredth of it.
      let lo = minPx;
      let hi = parseFloat(getComputedStyle(box).fontSize);
      for (let step = 0; step < 8 && hi - lo > 0.1; step++) {
        const mid = (lo + hi) / 2;
        box.style.fontSize = `${mid}px`;
        if (fits()) lo = mid;
        else hi = mid;
      }
      // A little under the largest size that fits: a later relayout a pixel taller (a fallback font for one glyph) still fits.
      box.style.fontSize = `${Math.max(minPx, lo * 0.98)}px`;
      box.dataset.fit = fits() ? "shrunk" : "overflow";
      hooks.current?.after(box);
    };
    fit();
    const resized = new ResizeObserver(fit);
    resized.observe(box);
    // Text that changes inside (a translation that loads after the first paint) is fitted again; the box's own
    // style, which fitting sets, is no change of its content.
    const changed = new MutationObserver(fit);
    changed.observe(box, { subtree: true, childList: true, characterData: true });
    // Fonts that arrive later (a fallback for a glyph) change the text's size and nothing else.
    document.fonts.addEventListener("loadingdone", fit);
    return () => {
      resized.disconnect();
      changed.disconnect();
      document.fonts.removeEventListener("loadingdone", fit);
    };
  }, [key, minPx]);
  return ref;
}
