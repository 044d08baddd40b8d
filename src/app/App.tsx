import { useEffect } from "react";
import { STRINGS, type Lang } from "../i18n/strings";
import { useViewStore } from "../state/store";
import { Dashboard } from "./Dashboard";
import { LanguageSwitch } from "./LanguageSwitch";
import { useAppData, type AppData } from "./useAppData";

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
      <a className="skip-link" href="#side-panel">
        {t.skipToPanel}
      </a>
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
