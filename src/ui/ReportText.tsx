import { Fragment } from "react";

/**
 * Report text as the report sets it: the source marks titles in italics with
 * *asterisks*. They become <em> elements; everything else stays plain text
 * (never HTML), so dataset text cannot inject markup.
 */
export function ReportText({ text }: { text: string }) {
  const parts = text.split(/\*([^*]+)\*/g);
  return <>{parts.map((part, i) => (i % 2 === 1 ? <em key={i}>{part}</em> : <Fragment key={i}>{part}</Fragment>))}</>;
}
