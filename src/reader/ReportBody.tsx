import { memo } from "react";
import type { SectionBlocks } from "./blocks";
import { ReaderPassage, type PassageContext } from "./ReaderPassage";

/** The whole report: every section with its heading, paragraphs and lists, in report order. */
function ReportBodyView({ sections, ctx }: { sections: SectionBlocks[]; ctx: PassageContext }) {
  return (
    <div className="reader-body">
      {sections.map(({ section, blocks }) => (
        <section key={section.id} id={`rs-${section.id}`} data-section={section.id} className="reader-section">
          {blocks.map((block) => {
            if (block.kind === "list") {
              const List = block.ordered ? "ol" : "ul";
              return (
                <List key={block.passages[0]!.id} className={`reader-list reader-list-${block.passages[0]!.kind}`}>
                  {block.passages.map((passage) => (
                    <ReaderPassage key={passage.id} passage={passage} level={section.level} ctx={ctx} as="li" />
                  ))}
                </List>
              );
            }
            return <ReaderPassage key={block.passage.id} passage={block.passage} level={section.level} ctx={ctx} />;
          })}
        </section>
      ))}
    </div>
  );
}

// Scrolling changes the map, not the text: the body re-renders only when what it shows changes.
export const ReportBody = memo(ReportBodyView);
