import { useId, useMemo, useState } from "react";
import type { Dataset } from "../../data/schema";
import { MACRO_GROUPINGS, type MacroGroupingId } from "../../geo/macroRegions";
import { PATTERN_STRINGS } from "../../i18n/patterns";
import type { Lang } from "../../i18n/strings";
import { useViewStore } from "../../state/store";
import { macroShares, shadeOf, type Share } from "./macroShares";
import "./macroShares.css";

type MacroSharesTableProps = {
  data: Dataset;
  lang: Lang;
};

/**
 * "How do the NUTS 2 regions differ?": each practice's share of the regions
 * in every group, as "n/total" text in a cell shaded by the share (the text
 * carries the value; the shade only helps the eye).
 */
export function MacroSharesTable({ data, lang }: MacroSharesTableProps) {
  const t = PATTERN_STRINGS[lang];
  const id = useId();
  // Follows the grouping outlined on the map until the reader picks one here.
  const outlined = useViewStore((s) => s.macro);
  const [chosen, setGrouping] = useState<MacroGroupingId | undefined>(undefined);
  const grouping = chosen ?? outlined ?? "nuts2";
  const { groups, byQuestion } = useMemo(() => macroShares(data, grouping), [data, grouping]);
  const nameOf = (code: string) => data.regions.find((r) => r.code === code)?.name ?? code;
  const cell = (share: Share, group: string, key: string) => {
    const shade = shadeOf(share);
    return (
      <td key={key} style={{ background: shade.fill, color: shade.ink }} title={t.sharesCellLong(share.n, share.total, group)}>
        {t.sharesCell(share.n, share.total)}
      </td>
    );
  };

  return (
    <section className="overview-section macro-shares" aria-labelledby={`${id}-title`} data-testid="macro-shares">
      <h3 id={`${id}-title`}>{t.sharesHeading}</h3>
      <p className="overview-note">{t.sharesIntro}</p>
      <div className="macro-shares-switch" role="group" aria-label={t.sharesGrouping}>
        {MACRO_GROUPINGS.map((g) => (
          <button key={g} type="button" aria-pressed={grouping === g} onClick={() => setGrouping(g)}>
            {t.macroOptions[g]}
          </button>
        ))}
      </div>
      {/* Scrolls sideways in a narrow panel: focusable, so the keyboard can scroll it too (axe). */}
      <div className="macro-shares-scroll" tabIndex={0} role="region" aria-label={`${t.sharesHeading}: ${t.macroOptions[grouping]}`}>
        <table data-grouping={grouping}>
          <caption className="sr-only">{`${t.sharesHeading}: ${t.macroOptions[grouping]}`}</caption>
          <thead>
            <tr>
              <th scope="col">{t.sharesPractice}</th>
              {groups.map((g) => (
                <th key={g.id} scope="col" data-group={g.id}>
                  {grouping === "nuts2" ? <abbr title={g[lang]}>{g.id}</abbr> : g[lang]}
                </th>
              ))}
              <th scope="col">{t.sharesAll}</th>
            </tr>
          </thead>
          {byQuestion.map(({ question, rows }) => (
            <tbody key={question.id}>
              <tr>
                <th scope="colgroup" colSpan={groups.length + 2} className="macro-shares-question">
                  {t.sharesQuestion(question.section, question[lang])}
                </th>
              </tr>
              {rows.map(({ practice, cells, all }) => (
                <tr key={practice.id} data-practice={practice.id}>
                  {/* Plain text: the prevalence list above is where a practice is put on the map. */}
                  <th scope="row">{practice[lang]}</th>
                  {cells.map((share, i) => cell(share, groups[i]![lang], groups[i]!.id))}
                  {cell(all, t.sharesAll, "all")}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
      <dl className="macro-shares-key">
        {groups.map((g) => (
          <div key={g.id}>
            {/* NUTS 2 names are long: the columns show the code, this key names them. */}
            <dt>{grouping === "nuts2" ? `${g.id} ${g[lang]}` : g[lang]}</dt>
            <dd>{g.regions.map(nameOf).join(", ")}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
