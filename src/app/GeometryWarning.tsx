import { useMemo } from "react";
import type { Dataset } from "../data/schema";
import { regionsWithoutGeometry, type CountyCollection } from "../geo/counties";
import { RESILIENCE_STRINGS } from "../i18n/resilience";
import type { Lang } from "../i18n/strings";
import "./upload.css";

/**
 * Names the dataset regions the county geometry lacks (a new edition's region,
 * a broken geometry file): they stay in the table and panels, only the map cannot draw them.
 */
export function GeometryWarning({ data, counties, lang }: { data: Dataset; counties: CountyCollection | undefined; lang: Lang }) {
  const missing = useMemo(() => {
    if (!counties) return [];
    const codes = regionsWithoutGeometry(
      data.regions.map((r) => r.code),
      counties,
    );
    return codes.map((code) => data.regions.find((r) => r.code === code)?.name ?? code);
  }, [data, counties]);
  if (missing.length === 0) return null;
  return (
    <p className="geometry-warning" role="status" data-testid="geometry-warning">
      {RESILIENCE_STRINGS[lang].geometryMissing(missing.join(", "))}
    </p>
  );
}
