import { Suspense, useId, useMemo } from "react";
import { EditionProvider } from "../../ui/edition";
import { lazyWithRetry } from "../../ui/lazyWithRetry";
import type { Dataset } from "../../data/schema";
import { citation } from "../../i18n/citation";
import { OVERVIEW_STRINGS } from "../../i18n/overview";
import type { Lang } from "../../i18n/strings";
import { statusColors } from "../../domain/palettes";
import { ErrorBoundary } from "../../ui/ErrorBoundary";
import { useMapReady } from "../../ui/mapReady";
import { usePaintedOnce } from "../../ui/afterPaint";
import { QuotedList } from "../../ui/QuotedList";
import { statusCounts } from "../../domain/overviewData";
import { notesFor } from "../../data/selectors";
import { DataNotes } from "../../ui/DataNotes";
import { AboutSource } from "./AboutSource";
import { PracticeOverview } from "./PracticeOverview";
import { MacroSharesTable } from "./MacroSharesTable";
import "./overview.css";

/** recharts stays out of the initial bundle: the adoption chart is its own chunk. */
const OverviewCharts = lazyWithRetry(() => import("./OverviewCharts"));

type OverviewPanelProps = {
  data: Dataset;
  lang: Lang;
  onShowPractice: (practiceId: string) => void;
  onSelectRegion: (code: string) => void;
};

/**
 * What the report says as a whole, shown in the side panel while no region is
 * selected: status and adoption years, how widespread each practice is, and
 * the report's own challenges, success factors and summary.
 */
export function OverviewPanel({ data, lang, onShowPractice, onSelectRegion }: OverviewPanelProps) {
  const t = OVERVIEW_STRINGS[lang];
  const id = useId();
  // The charts (recharts) are fetched after the map is drawn, never before it,
  // and drawn a frame after this panel's text (src/ui/afterPaint.ts).
  const textPainted = usePaintedOnce(data);
  const chartsDue = useMapReady() && textPainted;
  const total = data.regions.length;
  const statuses = useMemo(() => statusCounts(data), [data]);
  const statusNotes = useMemo(() => notesFor(data, { figure: "status" }), [data]);
  const yearNotes = useMemo(() => notesFor(data, { figure: "year" }), [data]);
  const maxStatus = Math.max(1, ...statuses.map((s) => s.count));
  const colorOf = statusColors(data.statuses);
  const q9 = data.questions.find((q) => q.id === 9);
  const findingsSection = q9?.section ?? "2.2.9";
  const { edition, findings } = data;

  return (
    <EditionProvider value={data.edition}>
      <section className="overview" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`} className="overview-title">
          {t.overviewTitle}
        </h2>
        <p className="overview-lead">
          {t.leadReport} <cite lang="sv">{edition.title}</cite> {t.leadPublished(t.formatDate(edition.date), edition.reference)}{" "}
          {t.leadBody}
        </p>
        <p className="overview-hint">{t.hint}</p>

        <AboutSource data={data} lang={lang} />

        <section className="overview-section" aria-labelledby={`${id}-status`}>
          <h3 id={`${id}-status`}>{t.statusTitle}</h3>
          <p className="overview-note">{t.statusIntro}</p>
          <ul className="status-bars" data-testid="status-distribution">
            {statuses.map(({ status, count, regions }) => (
              <li key={status.id} className="status-bar" data-status={status.id}>
                <span className="status-bar-label">
                  <span className="swatch" style={{ background: colorOf[status.id] }} aria-hidden="true" />
                  {status[lang]}
                </span>
                <span className="status-bar-track" aria-hidden="true">
                  <span className="status-bar-fill" style={{ width: `${(count / maxStatus) * 100}%`, background: colorOf[status.id] }} />
                </span>
                <span className="status-bar-value">
                  <span aria-hidden="true">{count}</span>
                  <span className="sr-only">{t.statusCountLong(count, total)}</span>
                </span>
                {regions.length > 0 && (
                  <ul className="status-regions" aria-label={t.statusRegions(status[lang])}>
                    {regions.map((r) => (
                      <li key={r.code}>
                        <button type="button" className="link-button" onClick={() => onSelectRegion(r.code)}>
                          {r.name}
                        </button>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
          <DataNotes notes={statusNotes} lang={lang} />
        </section>

        <section className="overview-section" aria-labelledby={`${id}-adoption`}>
          <h3 id={`${id}-adoption`}>{t.adoptionTitle}</h3>
          <p className="overview-note">{t.adoptionIntro}</p>
          <ErrorBoundary lang={lang} name="overview charts" resetKeys={[data]}>
            <Suspense fallback={<p className="overview-loading">{t.chartsLoading}</p>}>
              {chartsDue ? <OverviewCharts data={data} lang={lang} /> : <p className="overview-loading">{t.chartsLoading}</p>}
            </Suspense>
          </ErrorBoundary>
          <DataNotes notes={yearNotes} lang={lang} />
        </section>

        <PracticeOverview data={data} lang={lang} onShowPractice={onShowPractice} />

        <MacroSharesTable data={data} lang={lang} />

        <section className="overview-section" aria-labelledby={`${id}-findings`}>
          <h3 id={`${id}-findings`}>
            <span className="section-number">{findingsSection}</span> {t.findingsTitle}
          </h3>
          <figure className="findings">
            <h4 id={`${id}-challenges`}>{t.challengesTitle}</h4>
            <QuotedList items={findings.challenges} lang={lang} labelledBy={`${id}-challenges`} testId="challenges" />
            <h4 id={`${id}-success`}>{t.successTitle}</h4>
            <QuotedList items={findings.successFactors} lang={lang} labelledBy={`${id}-success`} testId="success-factors" />
            <figcaption>{citation(lang, findingsSection, undefined, edition)}</figcaption>
          </figure>
          <details className="summary-details">
            <summary>{t.summaryToggle(findings.summary.length)}</summary>
            <figure className="findings">
              <QuotedList items={findings.summary} lang={lang} />
              <figcaption>{citation(lang, "sammanfattning", undefined, edition)}</figcaption>
            </figure>
          </details>
        </section>

        <footer className="overview-source">
          <h3 className="sr-only">{t.sourceTitle}</h3>
          <p>
            <span className="overview-source-label">{t.sourceTitle}:</span> {edition.publisher} ({edition.date.slice(0, 4)}).{" "}
            <cite lang="sv">{edition.title}</cite>. {t.sourceReference(edition.reference)} {t.sourceDate(edition.date)}
          </p>
        </footer>
      </section>
    </EditionProvider>
  );
}
