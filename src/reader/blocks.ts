import type { ReportDoc, ReportPassage, ReportSection } from "../data/reportSchema";

/**
 * The report as blocks to render: each section's heading, its paragraphs, and
 * runs of bullets, numbered items or strategy listings gathered into one list
 * (so a screen reader hears "list, 7 items"). Pure.
 */
export type Block =
  | { kind: "heading"; section: ReportSection; passage: ReportPassage }
  | { kind: "paragraph"; passage: ReportPassage }
  | { kind: "list"; ordered: boolean; passages: ReportPassage[] };

const LIST_KINDS = new Set(["bullet", "numbered", "listing"]);

export type SectionBlocks = { section: ReportSection; blocks: Block[] };

export function reportBlocks(doc: ReportDoc): SectionBlocks[] {
  const sections = new Map(doc.sections.map((s) => [s.id, { section: s, blocks: [] as Block[] }]));
  for (const passage of doc.passages) {
    const entry = sections.get(passage.section);
    if (!entry) continue;
    const last = entry.blocks.at(-1);
    if (passage.kind === "heading") entry.blocks.push({ kind: "heading", section: entry.section, passage });
    else if (LIST_KINDS.has(passage.kind)) {
      const ordered = passage.kind === "numbered";
      if (last?.kind === "list" && last.ordered === ordered && last.passages[0]!.kind === passage.kind) last.passages.push(passage);
      else entry.blocks.push({ kind: "list", ordered, passages: [passage] });
    } else entry.blocks.push({ kind: "paragraph", passage });
  }
  return [...sections.values()].filter((s) => s.blocks.length > 0);
}

/** The passages that name a region, in their text or in the footnotes their markers point to, in report order. */
export function passagesNaming(doc: ReportDoc, code: string): ReportPassage[] {
  const viaNotes = new Set(doc.footnotes.filter((f) => f.regions.includes(code)).map((f) => f.passage));
  return doc.passages.filter((p) => p.regions.includes(code) || viaNotes.has(p.id));
}
