import { useState } from "react";
import { PRESENT_STRINGS } from "../i18n/present";
import type { Lang } from "../i18n/strings";
import type { Blank } from "./keys";
import type { Presentation } from "./usePresentation";

/**
 * The presentation's blank screen (B / . black, W / , white, as in PowerPoint and reveal.js): the whole window in one
 * colour over the slide, gone at any key (usePresentation) or a click. Said to screen readers when it comes and goes;
 * the live region stays in the page so both are announced.
 */
export function BlankScreen({ presentation, lang }: { presentation: Presentation; lang: Lang }) {
  const t = PRESENT_STRINGS[lang];
  const { blank, unblank, current } = presentation;
  // What was said last: the blank screen, or the slide back after one (nothing before the first blank).
  const [shown, setShown] = useState<Blank | undefined>(blank);
  const [back, setBack] = useState(false);
  if (blank !== shown) {
    setShown(blank);
    setBack(blank === undefined);
  }
  const said = blank === "black" ? t.blankBlack : blank === "white" ? t.blankWhite : back ? t.blankBack(current?.title[lang] ?? "") : "";
  return (
    <>
      <p role="status" className="visually-hidden" data-testid="blank-status">
        {said}
      </p>
      {blank && (
        // A click anywhere brings the slide back; the keys do too (usePresentation), so this needs no focus of its own.
        <div
          className={`blank-screen blank-screen-${blank}`}
          data-testid="blank-screen"
          data-blank={blank}
          aria-hidden="true"
          onClick={unblank}
        />
      )}
    </>
  );
}
