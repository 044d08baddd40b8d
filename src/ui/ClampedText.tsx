import { useClampedText } from "./useClampedText";

/** A span of text from someone's file, cut to a few lines (`line-clamp`, --lines in the caller's CSS), whole in its tooltip while cut. */
export function ClampedText({ text, className, testId }: { text: string; className: string; testId?: string }) {
  const [ref, shown, title] = useClampedText<HTMLSpanElement>(text);
  return (
    <span className={`${className} line-clamp`} ref={ref} title={title} data-testid={testId}>
      {shown}
    </span>
  );
}
