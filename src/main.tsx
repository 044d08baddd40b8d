import { StrictMode, startTransition } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { UpdatePrompt } from "./app/UpdatePrompt";
import { loadAppData, type LoadedAppData } from "./app/useAppData";
import { canRunMapLibre, loadMapView } from "./map/webgl";
import { peekEarlyClick } from "./ui/earlyClick";
import "./styles.css";

// The fetches start now, not after React's first render; MapLibre's code only where it can run (the SVG map is drawn
// first either way). A failure here is answered by the map, which asks again.
void loadAppData();
// A presentation link is laid out as slides from its first frame, not as the dashboard until React's effects run
// (usePresentation keeps the class in step afterwards).
if (new URLSearchParams(window.location.search).get("present") === "1") document.documentElement.classList.add("presenting");
// A click already made on the prerendered map is answered first: MapStage asks for MapLibre once its panel is painted.
if (canRunMapLibre() && !peekEarlyClick()) loadMapView().catch(() => {});

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
const app = (loaded?: LoadedAppData) => (
  <StrictMode>
    <App loaded={loaded} />
    <UpdatePrompt />
  </StrictMode>
);
// The build's prerender of the default view is on screen (scripts/prerender.mjs): the app's first render waits for
// the data, so it replaces the prerender by the same view in one commit, never by "Loading". That render yields to
// input (a transition): a click on the prerendered map meanwhile is answered at once (app/earlyAnswer.ts), not after it.
if (document.getElementById("prerendered"))
  void loadAppData().then((loaded) => startTransition(() => createRoot(root).render(app(loaded))));
else createRoot(root).render(app());
