import { useEffect, useLayoutEffect, useRef, useSyncExternalStore } from "react";
import { earlyAnswer, setEarlyAnswer, subscribeEarlyAnswer, type EarlyAnswer } from "../ui/earlyClick";
import { afterFirstAnswer } from "../ui/firstAnswer";

const noAnswer = () => undefined;

/**
 * The answer to a click on the prerendered map (app/earlyAnswer.ts) stays on screen when the app replaces the
 * prerender: the side panel shows it where it would show "loading", until the app's own panel is painted (then it is
 * done with, and as soon as the page's choice, having been its region, is another or none: Escape, another click).
 * Not while another region is chosen. An answer given while the app's first render was under way (that render yields
 * to input) is in that render's commit: React renders again when a store changes during a render.
 */
export function useCarriedAnswer(selected: string | undefined): EarlyAnswer | undefined {
  const carried = useSyncExternalStore(subscribeEarlyAnswer, earlyAnswer, noAnswer);
  // Whether the page has chosen the answer's region yet (the app's map takes the click once it is drawn).
  const chosen = useRef(false);
  // Before the paint: a choice that leaves the region never shows the answer for a frame.
  useLayoutEffect(() => {
    if (!carried) return;
    if (selected === carried.code) chosen.current = true;
    else if (chosen.current) setEarlyAnswer(undefined);
  }, [carried, selected]);
  useEffect(() => {
    if (!carried) return;
    let alive = true;
    void afterFirstAnswer().then(() => alive && setEarlyAnswer(undefined));
    return () => {
      alive = false;
    };
  }, [carried]);
  return carried && (selected === undefined || selected === carried.code) ? carried : undefined;
}

/**
 * The carried answer's nodes, moved into the app's side panel before its first paint there (a layout effect), laid out
 * as its own children would be (display: contents). A picture of the panel until the app's own replaces it: hidden
 * from assistive technology and inert, as the prerender is.
 */
export function CarriedAnswer({ answer }: { answer: EarlyAnswer }) {
  const holder = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const { nodes } = answer;
    holder.current?.append(...nodes);
    return () => nodes.forEach((node) => node.remove());
  }, [answer]);
  return <div ref={holder} className="carried-answer" aria-hidden="true" inert />;
}
