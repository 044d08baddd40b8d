import { useEffect, useRef, useState } from "react";
import type { Dataset } from "../data/schema";
import { useViewStore, type ViewState } from "../state/store";
import { isQueryHash, knownValuesOf, linkQuery, parseView, serializeView, type IgnoredParam } from "../state/url";
import { earlierEditionIds } from "../data/editions";

/**
 * Keeps the store and the query string in step (docs/ARCHITECTURE.md, "From a choice to a picture"): read on load and
 * on back/forward (a hash written like a query read as one, and rewritten as a query), written with replaceState on
 * every change. Returns what was
 * ignored, for the notice.
 */
export function useUrlSync(data: Dataset | undefined): [IgnoredParam[], () => void] {
  const [ignored, setIgnored] = useState<IgnoredParam[]>([]);
  const shownEdition = useRef<string | undefined>(undefined);

  useEffect(() => {
    if (!data) return;
    // Another edition opened from a file: a link that named the one shown before now names this one (not "ignored").
    if (shownEdition.current !== undefined && shownEdition.current !== data.edition.id) renameEdition(data.edition.id);
    shownEdition.current = data.edition.id;
    const known = knownValuesOf(data, earlierEditionIds(data.edition));
    const writeUrl = (view: ViewState) => {
      const query = serializeView(view);
      // A hash written like a query has been read into the view: the link says it once, as a query.
      const hash = isQueryHash(window.location.hash) ? "" : window.location.hash;
      if (query !== window.location.search || hash !== window.location.hash) {
        window.history.replaceState(window.history.state, "", `${window.location.pathname}${query}${hash}`);
      }
    };
    const readUrl = () => {
      const parsed = parseView(linkQuery(window.location.search, window.location.hash), known);
      useViewStore.getState().setView(parsed.view);
      setIgnored(parsed.ignored);
      // The link is rewritten without what was ignored, so it can be shared as it is.
      writeUrl(parsed.view);
    };
    readUrl();
    const unsubscribe = useViewStore.subscribe(writeUrl);
    // A query typed into the hash of the open page (no popstate in every browser): read as a link.
    const onHash = () => {
      if (isQueryHash(window.location.hash)) readUrl();
    };
    window.addEventListener("popstate", readUrl);
    window.addEventListener("hashchange", onHash);
    return () => {
      unsubscribe();
      window.removeEventListener("popstate", readUrl);
      window.removeEventListener("hashchange", onHash);
    };
  }, [data]);

  return [ignored, () => setIgnored([])];
}

/** The page's link with its `edition=` (where it has one) naming `id`. */
function renameEdition(id: string) {
  const params = new URLSearchParams(window.location.search);
  if (!params.has("edition")) return;
  params.set("edition", id);
  window.history.replaceState(window.history.state, "", `${window.location.pathname}?${params.toString()}${window.location.hash}`);
}
