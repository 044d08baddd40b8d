import { useEffect, useId, useRef } from "react";
import type { SearchResult } from "../data/reportSearch";
import { READER_STRINGS, type SearchCount } from "../i18n/reader";
import type { Lang } from "../i18n/strings";

type SearchBoxProps = {
  lang: Lang;
  value: string;
  result: SearchResult | undefined;
  /** Changes when the page asks for the field's focus (key "/"). */
  focusRequest: number;
  onSearch: (query: string) => void;
};

/** What the count line says of a search's result. */
function searchCount(result: SearchResult): SearchCount {
  return {
    statements: result.statements,
    sections: result.sections.length,
    ...(result.phraseOccurrences === undefined ? {} : { phraseOccurrences: result.phraseOccurrences }),
    strong: result.strong.length,
    light: result.light.length,
    ofAllRegions: result.hits.flatMap((h) => h.statements).filter((s) => s.allRegions).length,
    lightAllRegions: result.lightAllRegions,
  };
}

/** The search field (key "/"), the line that counts what it found, and a suggestion where it found nothing. */
export function SearchBox({ lang, value, result, focusRequest, onSearch }: SearchBoxProps) {
  const t = READER_STRINGS[lang];
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focusRequest > 0) input.current?.focus();
  }, [focusRequest]);
  return (
    <div className="reader-search" role="search">
      <label htmlFor={`${id}-q`}>{t.search}</label>
      <div className="reader-search-row">
        <input
          ref={input}
          id={`${id}-q`}
          type="search"
          value={value}
          maxLength={100}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${id}-hint`}
          onChange={(event) => onSearch(event.target.value)}
        />
        {value !== "" && (
          <button type="button" onClick={() => onSearch("")}>
            {t.clearSearch}
          </button>
        )}
      </div>
      <p id={`${id}-hint`} className="reader-hint">
        {t.searchHint}
      </p>
      <p className="reader-count" aria-live="polite" data-testid="search-count">
        {result && result.words.length > 0
          ? result.hits.length === 0
            ? t.noHits(value)
            : t.searchCount(value.trim(), searchCount(result))
          : ""}
      </p>
      {result?.suggestion && (
        <p className="reader-hint" data-testid="search-suggestion">
          {t.didYouMean}{" "}
          <button type="button" className="link-button" onClick={() => onSearch(result.suggestion!)}>
            {result.suggestion}
          </button>
          ?
        </p>
      )}
      {result && result.compounds.length > 0 && <p className="reader-hint">{t.compounds(result.compounds.join(", "))}</p>}
      {result?.folded && <p className="reader-hint">{t.folded}</p>}
    </div>
  );
}

type MentionNavProps = {
  lang: Lang;
  name: string;
  count: number;
  /** Index of the mention last gone to, or -1. */
  at: number;
  onGo: (index: number) => void;
};

/** "Värmland nämns i 7 stycken …  ‹ Föregående  2 av 7  Nästa ›": the selected region's mentions, one by one. */
export function MentionNav({ lang, name, count, at, onGo }: MentionNavProps) {
  const t = READER_STRINGS[lang];
  if (count === 0) return <p className="reader-mentions">{t.noMentions(name)}</p>;
  return (
    <div className="reader-mentions" data-testid="reader-mentions">
      <p>{t.mentions(name, count)}</p>
      <div className="reader-mention-nav" role="group" aria-label={t.mentions(name, count)}>
        <button type="button" onClick={() => onGo(at <= 0 ? count - 1 : at - 1)}>
          ‹ {t.previousMention}
        </button>
        <span aria-live="polite">{at >= 0 ? t.mentionOf(at + 1, count) : ""}</span>
        <button type="button" onClick={() => onGo(at >= count - 1 ? 0 : at + 1)}>
          {t.nextMention} ›
        </button>
      </div>
    </div>
  );
}
