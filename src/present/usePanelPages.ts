import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { onPage, pageStarts, type Block } from "../domain/panelPages";
import { useShrinkToFit } from "../ui/useShrinkToFit";

/** The panel shown on the slide, when its text is in pages: which page (0-based), how many, and how to show another. */
type Paging = { page: number; pages: number; show: (page: number) => void };
let shownPaging: Paging | undefined;
const pagingListeners = new Set<() => void>();
const setShownPaging = (paging: Paging | undefined) => {
  shownPaging = paging;
  for (const listener of pagingListeners) listener();
};

/** The slide's paged panel, for the presentation's keys (a click shows its next page before the next slide). */
export const panelPaging = (): Paging | undefined => shownPaging;

/** The same, followed (useSyncExternalStore): the presenter view is told which page the audience sees. */
export function subscribePanelPaging(listener: () => void): () => void {
  pagingListeners.add(listener);
  return () => pagingListeners.delete(listener);
}

const NO_PAGES = [0];
const sameStarts = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((x, i) => Math.abs(x - b[i]!) < 1);

/**
 * A slide panel's text shrunk to fit (useShrinkToFit) and, where even its smallest type does not, shown in pages
 * (domain/panelPages.ts): the panel's content moves up to a page's start (a transform: the panel never scrolls, so its
 * fit is measured as laid out), the blocks (`blocks`, a selector: rows, items, headings) not whole on the page are
 * hidden, and a table's heading row is moved to the top of each later page. Page 1 again whenever `key` changes.
 */
export function usePanelPages<T extends HTMLElement>(key: string, blocks: string) {
  const [starts, setStarts] = useState<number[]>(NO_PAGES);
  const [page, setPage] = useState(0);
  const [pagedKey, setPagedKey] = useState(key);
  if (pagedKey !== key) {
    setPagedKey(key);
    setPage(0);
  }
  const pages = starts.length;
  const shown = Math.min(page, pages - 1);
  const now = useRef({ starts, shown });
  useLayoutEffect(() => {
    now.current = { starts, shown };
  });
  const hooks = useMemo(
    () => ({
      before: (box: T) => unpage(box, blocks),
      after: (box: T) => {
        const next = box.dataset.fit === "overflow" ? measurePages(box, blocks) : NO_PAGES;
        const kept = sameStarts(now.current.starts, next);
        // Unchanged pages are laid out again here (the fit undid them); changed ones by the effect below.
        if (kept) applyPage(box, blocks, now.current.starts, now.current.shown);
        else setStarts(next);
      },
    }),
    [blocks],
  );
  const ref = useShrinkToFit<T>(key, undefined, hooks);

  useLayoutEffect(() => {
    if (ref.current) applyPage(ref.current, blocks, starts, shown);
  }, [ref, blocks, starts, shown]);

  useEffect(() => {
    if (pages === 1) return;
    const paging = { page: shown, pages, show: setPage };
    setShownPaging(paging);
    return () => {
      if (shownPaging === paging) setShownPaging(undefined);
    };
  }, [shown, pages]);

  return { ref, page: shown + 1, pages };
}

/** The panel laid out whole: no page moved up, every block shown. */
function unpage(box: HTMLElement, selector: string) {
  delete box.dataset.pages;
  delete box.dataset.page;
  box.style.removeProperty("--page-start");
  box.querySelector<HTMLElement>("thead")?.style.removeProperty("transform");
  for (const el of box.querySelectorAll<HTMLElement>(selector)) el.style.visibility = "";
}

/** One page of the panel: its content moved up to the page's start, the blocks not whole on it hidden. */
function applyPage(box: HTMLElement, selector: string, starts: readonly number[], page: number) {
  unpage(box, selector);
  if (starts.length < 2) return;
  const head = box.querySelector<HTMLElement>("thead");
  const headHeight = head?.getBoundingClientRect().height ?? 0;
  const placed = [...box.querySelectorAll<HTMLElement>(selector)].map((el) => [el, blockOf(box, el)] as const);
  const headTop = head ? blockOf(box, head).top : 0;
  for (const [el, block] of placed) if (!onPage(block, starts, page, headHeight)) el.style.visibility = "hidden";
  box.dataset.pages = String(starts.length);
  box.dataset.page = String(page + 1);
  box.style.setProperty("--page-start", `${starts[page]}px`);
  // The heading row at the top of a later page, above its first row.
  if (head && page > 0) head.style.transform = `translateY(${starts[page]! - headTop}px)`;
}

/** A block's place in the panel's content, laid out whole, in px from the panel's padding edge. */
function blockOf(box: HTMLElement, el: Element): Block {
  const origin = box.getBoundingClientRect().top + box.clientTop;
  const r = el.getBoundingClientRect();
  return { top: r.top - origin, bottom: r.bottom - origin };
}

function measurePages(box: HTMLElement, selector: string): number[] {
  // The page line at the panel's foot takes its room from every page.
  const line = box.querySelector(".slide-panel-page")?.getBoundingClientRect().height ?? 0;
  const head = box.querySelector("thead")?.getBoundingClientRect().height ?? 0;
  const blocks = [...box.querySelectorAll(selector)].map((el) => blockOf(box, el));
  return pageStarts(blocks, box.clientHeight - line, head);
}
