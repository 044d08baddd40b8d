import { useId, type ReactNode } from "react";
import { ResponsiveContainer } from "recharts";
import { INITIAL_WIDTH } from "./chartTheme";

type ChartFigureProps = {
  /** False until its frame comes: the chart's room is kept, so nothing below it moves. */
  drawn: boolean;
  heading: string;
  description: string;
  height: number;
  children: ReactNode;
  /** Shown above the chart: its key, in HTML so it reads as text. */
  before?: ReactNode;
  caption?: ReactNode;
  after?: ReactNode;
};

/** Heading, the chart as one image with a text description, then a caption and the data in words. */
export function ChartFigure({ drawn, heading, description, height, children, before, caption, after }: ChartFigureProps) {
  const headingId = useId();
  return (
    <section className="region-chart" aria-labelledby={headingId}>
      <h4 id={headingId}>{heading}</h4>
      <figure>
        {before}
        <div role="img" aria-label={description} className="region-chart-canvas">
          {drawn ? (
            <ResponsiveContainer width="100%" height={height} initialDimension={{ width: INITIAL_WIDTH, height }}>
              {children}
            </ResponsiveContainer>
          ) : (
            <div style={{ height }} />
          )}
        </div>
        {caption && <figcaption>{caption}</figcaption>}
      </figure>
      {after}
    </section>
  );
}

/** The chart's figures as a table, behind a disclosure. */
export function DataTable({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="region-table">
      <summary>{summary}</summary>
      <table>{children}</table>
    </details>
  );
}
