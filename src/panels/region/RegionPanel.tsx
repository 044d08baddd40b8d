import { Suspense, useEffect, useId, useMemo, useRef, type KeyboardEvent, type ReactNode } from "react";
import { EditionProvider } from "../../ui/edition";
import { lazyWithRetry } from "../../ui/lazyWithRetry";
import type { Dataset } from "../../data/schema";
import {
  excerptsOfRegion,
  groupByQuestion,
  notesFor,
  practicesNaming,
  practicesOfKind,
  regionByCode,
  regionFigures,
} from "../../data/selectors";
import type { Adjacency } from "../../geo/neighbours";
import { REGION_STRINGS } from "../../i18n/region";
import type { Lang } from "../../i18n/strings";
import { ErrorBoundary } from "../../ui/ErrorBoundary";
import { useMapReady } from "../../ui/mapReady";
import { usePaintedOnce } from "../../ui/afterPaint";
import { firstAnswerPainted } from "../../ui/firstAnswer";
import { usePaintedMark } from "../../ui/usePaintedMark";
import { MentionList } from "./MentionList";
import { NeighbourList } from "./NeighbourList";
import { ClampedText } from "../../ui/ClampedText";
import { PracticeList } from "./PracticeList";
import { RegionChange } from "./RegionChange";
import { RegionLinks } from "./RegionLinks";
import { StrategyHeader } from "./StrategyHeader";
import "./region.css";

// recharts is large: the charts load in their own chunk when a region is first opened.
const RegionCharts = lazyWithRetry(() => import("./RegionCharts"));

export type RegionPanelProps = {
  data: Dataset;
  code: string;
  lang: Lang;
  adjacency: Adjacency;
  onSelectRegion: (code: string | undefined) => void;
  onShowPractice: (practiceId: string) => void;
  /** Shown under the land neighbours: sea neighbours and the compare actions (panels/compare). */
  neighbourExtra?: ReactNode;
};

/** Everything the report says about one region, for the side panel. */
export function RegionPanel({ data, code, lang, adjacency, onSelectRegion, onShowPractice, neighbourExtra }: RegionPanelProps) {
  const t = REGION_STRINGS[lang];
  const headingId = useId();
  const chartsHeadingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shownCode = useRef<string | undefined>(undefined);

  const regions = useMemo(() => regionByCode(data), [data]);
  const region = regions.get(code);
  // Land neighbours that exist in the dataset, in Swedish alphabetical order.
  const neighbours = useMemo(
    () =>
      (adjacency[code] ?? []).filter((c) => regions.has(c)).sort((a, b) => regions.get(a)!.name.localeCompare(regions.get(b)!.name, "sv")),
    [adjacency, code, regions],
  );
  const practiceGroups = useMemo(() => groupByQuestion(practicesNaming(data, code)), [data, code]);
  const allStatements = useMemo(() => practicesOfKind(data, "all"), [data]);
  const figures = useMemo(() => regionFigures(data, code), [data, code]);
  const mentions = useMemo(() => excerptsOfRegion(data, code), [data, code]);
  const notes = useMemo(() => notesFor(data, { region: code }), [data, code]);
  const status = region && data.statuses.find((s) => s.id === region.strategy.status);

  // Choosing another region from inside the panel removes the button that had
  // focus; move focus to the new region's name so keyboard users are not lost.
  // (Not on first mount: how the panel is opened is the page's business.)
  useEffect(() => {
    if (shownCode.current !== undefined && shownCode.current !== code) headingRef.current?.focus();
    shownCode.current = code;
  }, [code]);

  // User Timing for tools (npm run bench): this region's panel has been painted.
  usePaintedMark("rus:panel-ready", code);
  // The charts (recharts) are fetched after the map is drawn, never before it.
  // Charts wait for the map, and for this region's text to be on screen: the panel paints first.
  const mapReady = useMapReady();
  const textPainted = usePaintedOnce(code);
  const chartsDue = mapReady && textPainted;
  // The answer to a first click is on screen: what waited for it may start (ui/firstAnswer.ts).
  useEffect(() => {
    if (textPainted) firstAnswerPainted();
  }, [textPainted]);

  const closeOnEscape = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== "Escape" || event.defaultPrevented) return;
    event.preventDefault();
    onSelectRegion(undefined);
  };

  if (!region) {
    return (
      <section className="region-panel" onKeyDown={closeOnEscape}>
        <p>{t.unknownRegion(code)}</p>
        <button type="button" className="region-button" onClick={() => onSelectRegion(undefined)}>
          {t.close}
        </button>
      </section>
    );
  }

  return (
    <EditionProvider value={data.edition}>
      <section className="region-panel" aria-labelledby={headingId} onKeyDown={closeOnEscape}>
        <header className="region-panel-header">
          <div>
            <h2 id={headingId} ref={headingRef} tabIndex={-1} className="region-name">
              <ClampedText text={region.name} className="region-name-text" testId="region-name-text" whole />
            </h2>
            <p className="region-organisation">{region.organisation}</p>
          </div>
          <button
            type="button"
            className="region-button region-close"
            aria-label={t.closeLabel(region.name)}
            onClick={() => onSelectRegion(undefined)}
          >
            {t.close}
          </button>
        </header>

        <StrategyHeader region={region} status={status} notes={notes} lang={lang} t={t} />
        <RegionChange data={data} code={code} lang={lang} />
        <RegionLinks edition={data.edition.id} code={code} lang={lang} />

        <NeighbourList region={region} neighbours={neighbours} regions={regions} t={t} onSelectRegion={onSelectRegion}>
          {neighbourExtra}
        </NeighbourList>

        {/* Keyed by region so open disclosures do not carry over to the next region. */}
        <PracticeList
          key={code}
          name={region.name}
          questions={data.questions}
          groups={practiceGroups}
          allStatements={allStatements}
          figures={figures}
          regionTotal={data.regions.length}
          lang={lang}
          t={t}
          onShowPractice={onShowPractice}
        />

        <MentionList region={region} mentions={mentions} lang={lang} t={t} />

        <section className="region-section" aria-labelledby={chartsHeadingId}>
          <h3 id={chartsHeadingId}>{t.chartsHeading}</h3>
          <ErrorBoundary lang={lang} name="region charts">
            <Suspense fallback={<p className="region-loading">{t.chartsLoading}</p>}>
              {chartsDue ? (
                <RegionCharts data={data} code={code} lang={lang} neighbours={neighbours} onSelectRegion={onSelectRegion} />
              ) : (
                <p className="region-loading">{t.chartsLoading}</p>
              )}
            </Suspense>
          </ErrorBoundary>
        </section>
      </section>
    </EditionProvider>
  );
}
