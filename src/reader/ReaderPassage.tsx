import type { ReactNode } from "react";
import type { RegionName } from "../data/reportParse";
import type { ReportFootnote, ReportPassage } from "../data/reportSchema";
import { READER_STRINGS } from "../i18n/reader";
import type { Lang } from "../i18n/strings";
import { passageSegments, type TextPart } from "./segments";

/** What every passage of the reader shares: the language shown, the regions, the selection, the open footnotes. */
export type PassageContext = {
  lang: Lang;
  /** The language the report's text is shown in (English only where the translation has it). */
  textLang: (passageId: string) => Lang;
  /** The passage's sentences in the language shown. */
  textOf: (passage: ReportPassage) => string;
  /** A footnote's text in the language shown. */
  noteOf: (note: ReportFootnote) => string;
  footnote: (n: number) => ReportFootnote | undefined;
  regions: readonly RegionName[];
  nameOf: (code: string) => string;
  selected: string | undefined;
  openNotes: ReadonlySet<number>;
  onToggleNote: (n: number) => void;
  onSelectRegion: (code: string) => void;
};

function Parts({ parts }: { parts: TextPart[] }) {
  return (
    <>
      {parts.map((part, i) => {
        let node: ReactNode = part.text;
        if (part.italic) node = <em>{node}</em>;
        if (part.hit) node = <mark className="reader-hit">{node}</mark>;
        return <span key={i}>{node}</span>;
      })}
    </>
  );
}

/** A passage's text with its region names as buttons (select the region) and its markers as buttons (open the footnote). */
export function PassageText({ text, ctx, hits }: { text: string; ctx: PassageContext; hits?: readonly [number, number][] }) {
  const t = READER_STRINGS[ctx.lang];
  return (
    <>
      {passageSegments(text, ctx.regions, hits).map((segment, i) => {
        if (segment.kind === "text") return <Parts key={i} parts={segment.parts} />;
        if (segment.kind === "region") {
          return (
            <button
              key={i}
              type="button"
              className="reader-region"
              data-region={segment.code}
              aria-pressed={ctx.selected === segment.code}
              title={t.selectRegion(ctx.nameOf(segment.code))}
              onClick={() => ctx.onSelectRegion(segment.code)}
            >
              <Parts parts={segment.parts} />
            </button>
          );
        }
        const note = ctx.footnote(segment.n);
        if (!note) return <span key={i}>{segment.text}</span>;
        const named = ctx.selected !== undefined && note.regions.includes(ctx.selected);
        return (
          <button
            key={i}
            type="button"
            className={`reader-marker${named ? " names-selected" : ""}`}
            data-footnote={segment.n}
            aria-expanded={ctx.openNotes.has(segment.n)}
            aria-controls={`rf-${segment.n}`}
            aria-label={t.openFootnote(segment.n)}
            onClick={() => ctx.onToggleNote(segment.n)}
          >
            {segment.text}
          </button>
        );
      })}
    </>
  );
}

/** The footnotes of a passage that are open, in place under it. */
function OpenNotes({ passage, ctx }: { passage: ReportPassage; ctx: PassageContext }) {
  const t = READER_STRINGS[ctx.lang];
  const open = passage.footnotes.filter((n) => ctx.openNotes.has(n));
  if (open.length === 0) return null;
  return (
    <>
      {open.map((n) => {
        const note = ctx.footnote(n)!;
        return (
          <span key={n} id={`rf-${n}`} className="reader-footnote" role="note" lang={ctx.textLang(passage.id)}>
            <span className="reader-footnote-label">{t.footnote(n)}:</span> <PassageText text={ctx.noteOf(note)} ctx={ctx} />
          </span>
        );
      })}
    </>
  );
}

const HEADING_TAGS = ["h3", "h3", "h4", "h5", "h6"] as const;

/** One passage as the report sets it: a heading, a subheading, a paragraph or a list item, with its footnotes in place. */
export function ReaderPassage({ passage, level, ctx, as }: { passage: ReportPassage; level: number; ctx: PassageContext; as?: "li" }) {
  const common = {
    id: `rp-${passage.id}`,
    "data-passage": passage.id,
    tabIndex: -1,
    lang: ctx.textLang(passage.id),
    className: `reader-${passage.kind}${ctx.selected && passageNames(passage, ctx) ? " names-selected" : ""}`,
  };
  const body = (
    <>
      <PassageText text={ctx.textOf(passage)} ctx={ctx} />
      <OpenNotes passage={passage} ctx={ctx} />
    </>
  );
  if (passage.kind === "heading") {
    const Tag = HEADING_TAGS[Math.min(level, 4)]!;
    return <Tag {...common}>{body}</Tag>;
  }
  if (passage.kind === "subheading") {
    const Tag = HEADING_TAGS[Math.min(level + 1, 4)]!;
    return <Tag {...common}>{body}</Tag>;
  }
  if (as === "li") return <li {...common}>{body}</li>;
  return <p {...common}>{body}</p>;
}

function passageNames(passage: ReportPassage, ctx: PassageContext): boolean {
  const code = ctx.selected!;
  return passage.regions.includes(code) || passage.footnotes.some((n) => ctx.footnote(n)?.regions.includes(code));
}
