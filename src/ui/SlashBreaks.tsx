import { Fragment } from "react";

/**
 * Text with a line-break opportunity after each slash. Browsers keep "Utvecklingsdagar/konferenser" together as one
 * word (a slash between letters is no place to break, so "and/or" stays whole), and a narrow column then breaks it
 * mid-word ("…/ko-nferenser"); after the slash is where a reader expects the break.
 */
export function SlashBreaks({ text }: { text: string }) {
  const parts = text.split("/");
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {part}
          {i < parts.length - 1 && (
            <>
              /<wbr />
            </>
          )}
        </Fragment>
      ))}
    </>
  );
}
