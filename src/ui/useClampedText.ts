import { useLayoutEffect, useRef, useState, type RefObject } from "react";
import { cutText } from "../data/cutText";

/**
 * More than a clamped title or caption can ever show (three lines of a 1920 px slide hold
 * some 200 characters). Laying out 400 kB to show three lines of it stalls the page for
 * seconds, so no more than this goes into the element.
 */
const MAX_RENDERED = 1_000;

/**
 * For text of any length from someone's file (a deck's title, a slide's), shown cut to a
 * few lines by the `line-clamp` class (styles.css): the element's ref, the piece to render,
 * and the whole text as the element's tooltip while the clamp or the cut hides some of it.
 * `whole` renders all of it, so the element's accessible name is whole: for a dataset's
 * names and titles, which its schema holds to 5,000 characters.
 */
export function useClampedText<T extends HTMLElement>(text: string, whole = false): [RefObject<T | null>, string, string | undefined] {
  const ref = useRef<T>(null);
  const [clamped, setClamped] = useState(false);
  const shown = whole ? text : cutText(text, MAX_RENDERED);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    // The clamp cuts when the text is taller than the lines shown; a window resize can change that.
    const measure = () => setClamped(element.scrollHeight > element.clientHeight + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [shown]);
  return [ref, shown, clamped || shown !== text ? text : undefined];
}
