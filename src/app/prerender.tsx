import { renderToString } from "react-dom/server";
import { App } from "./App";
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
