import { useEffect, useMemo, useState } from "react";
import type { Dataset } from "../data/schema";
import { STRINGS, type Lang } from "../i18n/strings";
import { classifyByStatus } from "../map/classify";
import { Legend } from "../map/Legend";
import { MapView } from "../map/MapView";
import { useViewStore } from "../state/store";
import { LanguageSwitch } from "./LanguageSwitch";
import { Notice } from "./Notice";
import { useAppData, type AppData } from "./useAppData";
import { useUrlSync } from "./useUrlSync";

export function App() {
  const appData = useAppData();
  const lang = useViewStore((s) => s.lang);
  const t = STRINGS[lang];

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${t.appTitle} – ${t.appSubtitle}`;
  }, [lang, t]);

  return (
    <div className="app">
      <header className="app-header">
        <div>
          <h1 className="app-title">{t.appTitle}</h1>
          <p className="app-subtitle">{t.appSubtitle}</p>
        </div>
        <LanguageSwitch />
      </header>
      <AppBody appData={appData} lang={lang} />
    </div>
  );
}

function AppBody({ appData, lang }: { appData: AppData; lang: Lang }) {
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
          <p>{t.datasetInvalid}</p>
          <ul>
            {appData.issues.map((issue, i) => (
              <li key={i}>
                <code>{issue.path}</code> {issue.message}
              </li>
            ))}
          </ul>
        </div>
      </main>
    );
  }
  return <Dashboard data={appData.data} geo={appData.geo} lang={lang} />;
}

type DashboardProps = {
  data: Dataset;
  geo: Extract<AppData, { status: "ready" }>["geo"];
  lang: Lang;
};

function Dashboard({ data, geo, lang }: DashboardProps) {
  const t = STRINGS[lang];
  const [ignored, dismissIgnored] = useUrlSync(data);
  const selected = useViewStore((s) => s.region);
  const selectRegion = useViewStore((s) => s.selectRegion);
  const [mapError, setMapError] = useState<string | null>(null);

  const classification = useMemo(() => classifyByStatus(data, lang, t.legendTitleStatus), [data, lang, t]);
  const nameOf = useMemo(() => new Map(data.regions.map((r) => [r.code, r.name])), [data]);
  const describe = (code: string) => {
    const value = classification.valueOf[code];
    return value ? `${nameOf.get(code) ?? code}: ${value}` : (nameOf.get(code) ?? code);
  };

  return (
    <main className="app-main">
      {ignored.length > 0 && (
        <Notice lang={lang} ignored={ignored} onDismiss={dismissIgnored} />
      )}
      <section className="map-area">
        {"error" in geo ? (
          <p role="alert" className="map-message">
            {t.geometryFailed} ({geo.error})
          </p>
        ) : mapError ? (
          <p role="alert" className="map-message" data-testid="map-unavailable">
            {t.noWebgl}
          </p>
        ) : (
          <MapView
            counties={geo.counties}
            context={geo.context}
            colorOf={classification.colorOf}
            selected={selected}
            label={t.mapLabel}
            describe={describe}
            onSelect={selectRegion}
            onUnavailable={(error) => setMapError(String(error))}
          />
        )}
        <div className="map-overlay">
          <Legend classification={classification} unit={t.legendUnitRegions} countLabel={t.regionsCount} />
        </div>
        <footer className="map-footer">
          <p className="source-line">{t.source}</p>
          <p className="attribution">{t.attribution}</p>
        </footer>
      </section>
    </main>
  );
}
