import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ReportDoc, ReportPassage } from "../data/reportSchema";
import type { SearchResult } from "../data/reportSearch";
import type { Dataset } from "../data/schema";
import { sectionLabel } from "../i18n/citation";
import { READER_STRINGS } from "../i18n/reader";
import type { Lang } from "../i18n/strings";
import { READ_START } from "../state/store";
import { useEnglish } from "../ui/reportSource";
import { passagesNaming, reportBlocks } from "./blocks";
import { MentionNav, SearchBox } from "./ReaderHeader";
import type { PassageContext } from "./ReaderPassage";
import { ReportBody } from "./ReportBody";
import { ReportToc } from "./ReportToc";
import { SearchResults } from "./SearchResults";
import { usePassageInView } from "./usePassageInView";
import "./reader.css";

export type ReportReaderProps = {
  data: Dataset;
  doc: ReportDoc;
  lang: Lang;
  /** The section the reader was opened at (the URL's read=). */
  read: string | undefined;
  search: string | undefined;
  result: SearchResult | undefined;
  selected: string | undefined;
  /** Changes when the page asks for the search field (key "/"). */
  focusSearch: number;
  onSelectRegion: (code: string | undefined) => void;
  onPassageInView: (passageId: string) => void;
  onSearch: (query: string) => void;
  onOpenSection: (section: string) => void;
};

/** True once the user has scrolled or used a key or the pointer: from then on the page leaves the scroll to them. */
function useUserScrolled(): boolean {
  const [scrolled, setScrolled] = useState(false);
  useEffect(() => {
    const events = ["wheel", "touchstart", "keydown", "pointerdown"] as const;
    const done = () => setScrolled(true);
    for (const type of events) window.addEventListener(type, done, { capture: true, once: true, passive: true });
    return () => {
      for (const type of events) window.removeEventListener(type, done, { capture: true });
    };
  }, []);
  return scrolled;
}

/** Scrolls a passage or section into view and gives it focus, so a screen reader continues from there. */
function goTo(element: Element | null, block: ScrollLogicalPosition = "start") {
  if (!(element instanceof HTMLElement)) return;
  element.scrollIntoView({ block });
  element.focus({ preventScroll: true });
}

/**
 * The report in full beside the map: contents, search, the text with its
 * footnotes in place and its region names as buttons, and the selected
 * region's mentions one by one. The passage at the reading line goes up to
 * the page, which colours the map by it.
 */
export default function ReportReader(props: ReportReaderProps) {
  const { data, doc, lang, read, search, result, selected, focusSearch } = props;
  const { onSelectRegion, onPassageInView, onSearch, onOpenSection } = props;
  const t = READER_STRINGS[lang];
  const english = useEnglish(lang);
  const [original, setOriginal] = useState(false);
  const [openNotes, setOpenNotes] = useState<ReadonlySet<number>>(new Set());
  // The mention last gone to, of the region it belongs to: another region starts again from none.
  const [mention, setMention] = useState<{ code: string; at: number } | undefined>(undefined);
  const body = useRef<HTMLDivElement>(null);
  const pendingPassage = useRef<string | undefined>(undefined);

  const sections = useMemo(() => reportBlocks(doc), [doc]);
  const footnotes = useMemo(() => new Map(doc.footnotes.map((f) => [f.n, f])), [doc]);
  const regions = useMemo(() => data.regions.map(({ code, name }) => ({ code, name })), [data]);
  const nameOf = useCallback((code: string) => regions.find((r) => r.code === code)?.name ?? code, [regions]);
  const translated = english !== undefined && !original;
  const searching = result !== undefined && result.words.length > 0;
  const unknownSection = read !== undefined && read !== READ_START && !doc.sections.some((s) => s.id === read);

  const onToggleNote = useCallback(
    (n: number) =>
      setOpenNotes((open) => {
        const next = new Set(open);
        if (!next.delete(n)) next.add(n);
        return next;
      }),
    [],
  );
  const ctx: PassageContext = useMemo(
    () => ({
      lang,
      textLang: (id) => (translated && english.passage(id) ? "en" : "sv"),
      textOf: (passage: ReportPassage) => (translated && english.passage(passage.id)?.join(" ")) || passage.text,
      noteOf: (note) => (translated && english.footnote(note.n)) || note.text,
      footnote: (n) => footnotes.get(n),
      regions,
      nameOf,
      selected,
      openNotes,
      onToggleNote,
      onSelectRegion,
    }),
    [lang, translated, english, footnotes, regions, nameOf, selected, openNotes, onToggleNote, onSelectRegion],
  );

  // Opened from a link: to its section (read=1 is the report's beginning), and kept there while the page
  // settles — stacked above the text on a narrow screen, the map's height sets the reading line — until the
  // user scrolls. The contents and "show in text" scroll themselves.
  const [linkTarget] = useState(() => (read && read !== READ_START ? `rs-${read}` : undefined));
  const settled = useUserScrolled();

  // The reader's position in the link: once the user has scrolled, the section at the reading line is read=
  // (written with replaceState by the URL sync), so the link reopens the reader there. A section, not the passage
  // (that is the page's state), never while a search shows, and not before the user scrolls: until then the
  // scroll to the linked section is the page's own, and the section it opened at stays in the link.
  const sectionOf = useMemo(() => new Map(doc.passages.map((p) => [p.id, p.section])), [doc]);
  const onReadingLine = (passageId: string) => {
    onPassageInView(passageId);
    const section = sectionOf.get(passageId);
    // The title page has no section of its own in the link: it is the beginning (read=1).
    const link = section === undefined || section === "front" ? READ_START : section;
    if (settled && !searching && link !== read) onOpenSection(link);
  };
  const head = useRef<HTMLElement>(null);
  const band = usePassageInView(body, () => [head.current, document.querySelector(".map-area")], onReadingLine, [sections, searching]);
  useEffect(() => {
    if (linkTarget && !settled) goTo(document.getElementById(linkTarget));
  }, [linkTarget, settled, band]);

  // After "show in text" ends the search, the text is rendered again: then go to the passage.
  useEffect(() => {
    if (searching || !pendingPassage.current) return;
    goTo(document.getElementById(`rp-${pendingPassage.current}`), "center");
    pendingPassage.current = undefined;
  }, [searching]);

  const mentions = useMemo(() => (selected ? passagesNaming(doc, selected) : []), [doc, selected]);
  const mentionIds = useMemo(() => new Set(mentions.map((p) => p.id)), [mentions]);
  const hitsNaming = searching ? result.hits.filter((hit) => mentionIds.has(hit.passage.id)) : [];
  const mentionAt = mention && mention.code === selected ? mention.at : -1;
  const goToMention = (index: number) => {
    const passage = mentions[index];
    if (!passage) return;
    setMention({ code: selected!, at: index });
    // A mention in a footnote: open it, so the name is there to see.
    const viaNotes = passage.footnotes.filter((n) => footnotes.get(n)?.regions.includes(selected!));
    if (viaNotes.length > 0) setOpenNotes((open) => new Set([...open, ...viaNotes]));
    if (searching) {
      pendingPassage.current = passage.id;
      onSearch("");
    } else goTo(document.getElementById(`rp-${passage.id}`), "center");
  };

  const openSection = (id: string) => {
    onOpenSection(id);
    if (searching) onSearch("");
    // Rendered already unless the search was showing; then the effect above is too early, so wait a frame.
    requestAnimationFrame(() => goTo(document.getElementById(`rs-${id}`)));
  };

  const showInText = (passageId: string) => {
    pendingPassage.current = passageId;
    onOpenSection(doc.passages.find((p) => p.id === passageId)?.section ?? READ_START);
    onSearch("");
  };

  return (
    <div className="reader" data-testid="reader">
      <header className="reader-head" ref={head}>
        <h2>{t.viewReport}</h2>
        <SearchBox lang={lang} value={search ?? ""} result={result} focusRequest={focusSearch} onSearch={onSearch} />
        {selected && searching && (
          <p className="reader-mentions" data-testid="hits-naming">
            {nameOf(selected)}:{" "}
            {t.hitsNaming(hitsNaming.length, [...new Set(hitsNaming.map((h) => sectionLabel(lang, h.passage.section)))].join(", "))}
          </p>
        )}
        {selected && !searching && (
          <MentionNav lang={lang} name={nameOf(selected)} count={mentions.length} at={mentionAt} onGo={goToMention} />
        )}
        {english && !searching && (
          <p className="reader-translation">
            {translated && <span className="translation-label">{t.unofficial}. </span>}
            <button type="button" className="link-button" aria-pressed={!translated} onClick={() => setOriginal((o) => !o)}>
              {translated ? t.showOriginal : t.showTranslation}
            </button>
          </p>
        )}
        {unknownSection && (
          <p role="status" className="reader-notice">
            {t.unknownSection(read)}
          </p>
        )}
      </header>
      <ReportToc doc={doc} lang={lang} onOpen={openSection} />
      <div ref={body}>
        {searching ? (
          <SearchResults doc={doc} result={result} ctx={ctx} onShowInText={showInText} />
        ) : (
          <ReportBody sections={sections} ctx={ctx} />
        )}
      </div>
    </div>
  );
}
