import { useEffect, useState, type ComponentType } from "react";
import { lazyWithRetry } from "../ui/lazyWithRetry";
import type { SidePanelProps } from "./SidePanel";

// The side panel's code is asked for when the panel is first due: the map is ready, or the user chose a region before
// (issue 25). Once in, the page renders again and the panel is a plain component: a lazy one suspends on its first
// render, and React holds a panel revealed after a fallback back for up to 300 ms. Until then (or when the chunk fails:
// its "Try again"), the lazy one.
let LoadedSidePanel: ComponentType<SidePanelProps> | undefined;
const loadSidePanel = () =>
  import("./SidePanel").then((module) => {
    LoadedSidePanel = module.default;
    return module;
  });
const LazySidePanel = lazyWithRetry(loadSidePanel);

/** The side panel: plain once its code is in (the lazy one never shows its panel before that: it waits on the same load). */
export function SidePanelSlot(props: SidePanelProps) {
  return LoadedSidePanel ? <LoadedSidePanel {...props} /> : <LazySidePanel {...props} />;
}

/** Asks for the side panel's code once it is due; the page renders again when it is in, as an update (no suspense's reveal delay). */
export function useSidePanelCode(due: boolean) {
  const [, setLoaded] = useState(LoadedSidePanel !== undefined);
  useEffect(() => {
    if (!due) return;
    let alive = true;
    loadSidePanel().then(
      () => alive && setLoaded(true),
      () => {},
    );
    return () => {
      alive = false;
    };
  }, [due]);
}
