import { useEffect, useState } from "react";
import type { Dataset } from "../data/schema";
import { useViewStore, type ViewState } from "../state/store";
import { knownValuesOf, parseView, serializeView, type IgnoredParam } from "../state/url";

/**
 * Keeps the store and the query string in step (docs/ARCHITECTURE.md, "From a choice to a picture"): read on load and
 * on back/forward, written with replaceState on every change. Returns what was
 * ignored, for the notice.
 */
export function useUrlSync(data: Dataset | undefined): [IgnoredParam[], () => void] {
  const [ignored, setIgnored] = useState<IgnoredParam[]>([]);

  useEffect(() => {
    if (!data) return;
    const known = knownValuesOf(data);
    const writeUrl = (view: ViewState) => {
      const query = serializeView(view);
      if (query !== window.location.search) {
        window.history.replaceState(window.history.state, "", `${window.location.pathname}${query}${window.location.hash}`);
      }
    };
    const readUrl = () => {
      const parsed = parseView(window.location.search, known);
      useViewStore.getState().setView(parsed.view);
      setIgnored(parsed.ignored);
      // The link is rewritten without what was ignored, so it can be shared as it is.
      writeUrl(parsed.view);
    };
    readUrl();
    const unsubscribe = useViewStore.subscribe(writeUrl);
    window.addEventListener("popstate", readUrl);
    return () => {
      unsubscribe();
      window.removeEventListener("popstate", readUrl);
    };
  }, [data]);

  return [ignored, () => setIgnored([])];
}
