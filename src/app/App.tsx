import { Suspense, useEffect, useState } from "react";
import { RESILIENCE_STRINGS } from "../i18n/resilience";
import { STRINGS, type Lang } from "../i18n/strings";
import { RefusalList } from "../ui/IssueList";
import { useViewStore } from "../state/store";
import { Dashboard } from "./Dashboard";
import { DatasetUpload } from "./DatasetUpload";
import { EditionName } from "./EditionName";
import { LanguageSwitch } from "./LanguageSwitch";
import { useAppData, type AppData, type LoadedAppData } from "./useAppData";
import { ActionsPlaceholder } from "./ActionsPlaceholder";
import { PRERENDERING } from "../ui/prerendering";
import { isPresenterWindow } from "../present/presenterChannel";
import { PresenterBoundary } from "../present/PresenterBoundary";
import { lazyWithRetry } from "../ui/lazyWithRetry";

// The presenter view is a window of its own (key S in a presentation); its code loads only there.
const PresenterView = lazyWithRetry(() => import("../present/PresenterView"));

type AppProps = {
  /** The data, when it was loaded before the first render (the prerendered first paint: main.tsx, app/prerender.tsx). */
  loaded?: LoadedAppData;
};

/** The dashboard, or in the window the presentation opened for its presenter, the presenter view. */
export function App({ loaded }: AppProps) {
  return !PRERENDERING && isPresenterWindow(window.location.search) ? (
    <PresenterBoundary lang={new URLSearchParams(window.location.search).get("lang") === "en" ? "en" : "sv"}>
      <Suspense fallback={null}>
        <PresenterView />
      </Suspense>
    </PresenterBoundary>
  ) : (
    <DashboardApp loaded={loaded} />
  );
}

function DashboardApp({ loaded }: AppProps) {
  const [appData, { replaceDataset, retry }] = useAppData(loaded);
  const lang = useViewStore((s) => s.lang);
  const t = STRINGS[lang];
  // The dashboard puts its actions (present, build a deck, export) here, in the header row.
  const [actionsSlot, setActionsSlot] = useState<HTMLElement | null>(null);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${t.appTitle} – ${t.appSubtitle}`;
  }, [lang, t]);

  return (
    <div className="app">
      <a className="skip-link" href="#side-panel">
        {t.skipToPanel}
      </a>
      <header className="app-header">
        <div>
          <div className="app-title-row">
            <h1 className="app-title">{t.appTitle}</h1>
            {appData.status === "ready" && <EditionName edition={appData.data.edition} lang={lang} />}
          </div>
          <p className="app-subtitle">{t.appSubtitle}</p>
        </div>
        <div className="app-header-tools">
          {/* The prerender has no DOM to portal into: the actions' placeholder is written where the page puts it. */}
          <div className="app-header-actions" ref={setActionsSlot}>
            {PRERENDERING && <ActionsPlaceholder lang={lang} />}
          </div>
          {appData.status === "ready" && <DatasetUpload lang={lang} onDataset={replaceDataset} />}
          <LanguageSwitch />
        </div>
      </header>
      <AppBody appData={appData} lang={lang} actionsSlot={actionsSlot} onRetry={retry} />
    </div>
  );
}

type AppBodyProps = { appData: AppData; lang: Lang; actionsSlot: HTMLElement | null; onRetry: () => void };

function AppBody({ appData, lang, actionsSlot, onRetry }: AppBodyProps) {
  const t = STRINGS[lang];
  if (appData.status === "loading") {
    return (
      <main className="app-main app-message" aria-busy="true">
        <p>{t.loading}</p>
      </main>
    );
  }
  if (appData.status === "invalid") {
    return (
      <main className="app-main app-message">
        <div role="alert" className="error-box" data-testid="dataset-error">
          {/* "These fields are wrong" only over a list of fields; a file that could not be had is one sentence. */}
          <p>{"issues" in appData.refusal ? t.datasetInvalid : t.datasetNotLoaded}</p>
          <RefusalList refusal={appData.refusal} lang={lang} />
          <button type="button" onClick={onRetry}>
            {RESILIENCE_STRINGS[lang].retry}
          </button>
        </div>
      </main>
    );
  }
  return <Dashboard data={appData.data} geo={appData.geo} lang={lang} actionsSlot={actionsSlot} onRetryGeometry={onRetry} />;
}
