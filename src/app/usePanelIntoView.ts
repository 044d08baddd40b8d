import { useEffect, useRef } from "react";
import { prefersReducedMotion } from "../domain/camera";

/**
 * Where the side panel stands below the map (a phone, or 200 % zoom), a region chosen on the map
 * would change a panel out of sight: the page scrolls to it. Side by side, the panel is already in
 * view and nothing moves. A link that opens with a region shows the map first: only a choice scrolls.
 */
export function usePanelIntoView(selected: string | undefined, panelId: string) {
  const opened = useRef(true);
  useEffect(() => {
    const atOpening = opened.current;
    opened.current = false;
    if (!selected || atOpening) return;
    const panel = document.getElementById(panelId);
    const top = panel?.getBoundingClientRect().top;
    // Its top in the upper part of the screen: the new region's panel is already where the eye is.
    if (!panel || top === undefined || (top >= 0 && top < window.innerHeight * 0.75)) return;
    panel.scrollIntoView({ block: "start", behavior: prefersReducedMotion() ? "auto" : "smooth" });
  }, [selected, panelId]);
}

/** Back from the panel below to the map above it. */
export function scrollToMap() {
  document.querySelector(".map-area")?.scrollIntoView({ block: "start", behavior: prefersReducedMotion() ? "auto" : "smooth" });
}
