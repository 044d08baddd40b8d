import { useId } from "react";
import { MACRO_GROUPINGS, type MacroGroupingId } from "../geo/macroRegions";
import { PATTERN_STRINGS } from "../i18n/patterns";
import type { Lang } from "../i18n/strings";
import { useViewStore } from "../state/store";
import { MACRO_LINE_COLOR } from "./macroLayer";
import "./patterns.css";

/** "Visa storregioner: inga / NUTS 2 / landsdelar" — a view choice, kept in the URL (macro=). */
export function MacroControl({ lang }: { lang: Lang }) {
  const t = PATTERN_STRINGS[lang];
  const macro = useViewStore((s) => s.macro);
  const { setMacro } = useViewStore.getState();
  const id = useId();
  return (
    <div className="control">
      <label htmlFor={id}>{t.macroLabel}</label>
      <select
        id={id}
        value={macro ?? ""}
        onChange={(e) => setMacro((e.target.value || undefined) as MacroGroupingId | undefined)}
        data-testid="macro-picker"
      >
        <option value="">{t.macroNone}</option>
        {MACRO_GROUPINGS.map((grouping) => (
          <option key={grouping} value={grouping}>
            {t.macroOptions[grouping]}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The legend's line for the outlines, under the colour legend while they show. */
export function MacroKey({ lang, macro }: { lang: Lang; macro: MacroGroupingId }) {
  const t = PATTERN_STRINGS[lang];
  return (
    <p className="legend macro-key" data-testid="macro-key">
      <svg width="28" height="10" aria-hidden="true">
        <line x1="2" y1="5" x2="26" y2="5" stroke={MACRO_LINE_COLOR} strokeWidth="3.2" strokeLinecap="round" />
      </svg>
      <span>{t.macroNote[macro]}</span>
    </p>
  );
}
