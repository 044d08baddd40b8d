import { useEffect, useState } from "react";
import { useViewStore } from "../state/store";

/**
 * Escape clears the selection, then ends a comparison's waiting first pick (back at the whole map, the pick still
 * waits for a click), except where Escape belongs to a field or a dialog.
 */
export function useEscapeClearsSelection(selectRegion: (code: string | undefined) => void) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.key !== "Escape" || target?.closest("input, select, textarea, dialog")) return;
      const { region, comparePick, cancelComparePick } = useViewStore.getState();
      if (region === undefined && comparePick !== undefined) cancelComparePick();
      else selectRegion(undefined);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [selectRegion]);
}

/**
 * Whether the user has chosen a region or a comparison on this page (a click, a key, Back): the side panel then
 * comes at once, before the map that stays is ready (issue 25: the first click answered by the SVG map). What the
 * link chose on load does not count: that waits for the map, as the rest of the page does.
 */
export function useChosenOnPage(): boolean {
  const [chosen, setChosen] = useState(false);
  useEffect(
    () =>
      useViewStore.subscribe((now, before) => {
        if (now.region !== before.region || now.compare !== before.compare) setChosen(true);
      }),
    [],
  );
  return chosen;
}
