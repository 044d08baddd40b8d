import { renderToString } from "react-dom/server";
import { resolveNeighbourTable } from "../geo/neighbourFile";
import { DEFAULT_VIEW } from "../state/store";
import { EditionProvider } from "../ui/edition";
import { App } from "./App";
import { SidePanelView } from "./SidePanel";
import { loadAppData } from "./useAppData";

/**
 * The default view's first paint as HTML, written into index.html by the build (scripts/prerender.mjs): the page shows
 * the map before its scripts have run. The data is loaded and validated as the page loads it (fetch answers from the
 * disk there); a dataset that does not validate has no prerender.
 */
export async function prerenderDefaultView(): Promise<string | undefined> {
  const loaded = await loadAppData();
  if (loaded.status !== "ready") return undefined;
  return renderToString(<App loaded={loaded} />);
}

/**
 * The first answers (issue 25, "the first click answered early"): for each region, the side panel the default view
 * shows when that region is chosen, as HTML. A click on a region of the prerendered map is answered with it at once
 * (src/app/bootFrame.ts), and the app's side panel carries it until its own panel is painted (app/CarriedAnswer.tsx).
 * Undefined without a valid dataset and geometry (no prerender then either).
 */
export async function prerenderFirstAnswers(): Promise<Record<string, string> | undefined> {
  const loaded = await loadAppData();
  if (loaded.status !== "ready" || "error" in loaded.geo) return undefined;
  const { data, geo } = loaded;
  const neighbourTable = resolveNeighbourTable(geo.counties, geo.neighbours).table;
  const answerFor = (code: string) =>
    renderToString(
      <EditionProvider value={data.edition}>
        <SidePanelView
          data={data}
          lang={DEFAULT_VIEW.lang}
          neighbourTable={neighbourTable}
          onShowPractice={() => {}}
          selected={code}
          compare={[]}
        />
      </EditionProvider>,
      // Its ids (useId) apart from the page's: the answer is in the app's page until the app's own panel replaces it.
      { identifierPrefix: "first-answer-" },
    );
  return Object.fromEntries(data.regions.map((region) => [region.code, answerFor(region.code)]));
}
