import { useEffect, useEffectEvent, useMemo, useState } from "react";
import type { RegionName } from "../data/reportParse";
import type { ReportDoc } from "../data/reportSchema";
import type { searchReport } from "../data/reportSearch";
import type { Translator } from "../data/reportTranslation";
import type { Dataset } from "../data/schema";
import type { ReadingFocus } from "../domain/readingClassification";
import { useViewStore } from "../state/store";
import { useEnglishLoading, useReport, useSearchCode } from "../ui/reportSource";

/**
 * The reader's side of the page: whether it is open (read= or search= in the
 * link, never while presenting), the report once loaded, the search's result,
 * the passage at the reading line, and what of them the map shows — the
 * search while it has words, else the passage in view.
 */
export function useReading(data: Dataset, presenting: boolean) {
  const read = useViewStore((s) => s.read);
  const search = useViewStore((s) => s.search);
  const open = !presenting && (read !== undefined || search !== undefined);
  const report = useReport(data.edition.id, open);
  const doc = report.status === "ready" ? report.data : undefined;
  // Where the reader is, not a choice: it is not in the link, and goes when the reader closes.
  const [inView, setPassageInView] = useState<string | undefined>(undefined);
  const passageInView = open ? inView : undefined;
  const [focusSearch, setFocusSearch] = useState(0);
  const lang = useViewStore((s) => s.lang);
  const searchCode = useSearchCode(open && search !== undefined);
  // In English the translation is searched too: the search waits for it (or for its failure: then Swedish only).
  const english = useEnglishLoading(lang, data.edition.id);
  const englishSettled = lang !== "en" || english.status === "ready" || english.status === "failed";
  const translator = english.status === "ready" ? english.data : undefined;
  const searchFn = searchCode.status === "ready" ? searchCode.data.searchReport : undefined;
  const result = useMemo(
    () => (doc && open && search && searchFn && englishSettled ? timedSearch(searchFn, doc, search, data.regions, translator) : undefined),
    [doc, open, search, searchFn, englishSettled, translator, data.regions],
  );
  const focus = useMemo((): ReadingFocus | undefined => {
    if (!open) return undefined;
    if (result && result.words.length > 0) return { kind: "search", result };
    return passageInView ? { kind: "passage", passageId: passageInView } : undefined;
  }, [open, result, passageInView]);
  useSlashFocusesSearch(() => {
    if (!open) useViewStore.getState().openReport();
    setFocusSearch((n) => n + 1);
  });
  return { open, read, search, report, doc, result, focus, setPassageInView, focusSearch };
}

export type Reading = ReturnType<typeof useReading>;

/** The search, with a User Timing measure for tools (npm run bench): its time over the whole report, per keystroke. */
function timedSearch(
  search: typeof searchReport,
  doc: ReportDoc,
  query: string,
  regions: readonly RegionName[],
  english: Translator | undefined,
) {
  const start = performance.now();
  const found = search(doc, query, regions, english);
  performance.measure("rus:search", { start, detail: query });
  return found;
}

/** Key "/" (outside a field) opens the reader's search, as in most documentation sites. */
function useSlashFocusesSearch(onSlash: () => void) {
  const slash = useEffectEvent(onSlash);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
      if (target?.closest("input, select, textarea, [contenteditable], dialog")) return;
      event.preventDefault();
      slash();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
