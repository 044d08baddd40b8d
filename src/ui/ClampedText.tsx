import { useClampedText } from "./useClampedText";

/**
 * A span of text from someone's file, cut to a few lines (`line-clamp`, --lines in the caller's CSS), whole in its
 * tooltip while cut. `whole`: all of the text in the element (a dataset's name, at most 5,000 characters), so its
 * accessible name is whole too.
 */
export function ClampedText({ text, className, testId, whole }: { text: string; className: string; testId?: string; whole?: boolean }) {
  const [ref, shown, title] = useClampedText<HTMLSpanElement>(text, whole);
  return (
    <span className={`${className} line-clamp`} ref={ref} title={title} data-testid={testId}>
      {shown}
    </span>
  );
}
