import { useEffect, useState } from "react";
import { loadEditionDataset, loadedEditionDataset } from "../data/editionDatasets";
import type { Dataset } from "../data/schema";

/** Another edition's dataset (the change view's `since`): undefined while it loads, null when it cannot be had. */
export function useEditionDataset(id: string | undefined): Dataset | null | undefined {
  const [, setLoaded] = useState(0);
  useEffect(() => {
    if (id === undefined || loadedEditionDataset(id) !== undefined) return;
    let alive = true;
    void loadEditionDataset(id).then(() => {
      if (alive) setLoaded((n) => n + 1);
    });
    return () => {
      alive = false;
    };
  }, [id]);
  return loadedEditionDataset(id);
}
