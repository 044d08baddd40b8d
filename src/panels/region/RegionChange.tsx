import { useId, useMemo } from "react";
import type { Dataset, Edition } from "../../data/schema";
import { passageSection } from "../../data/selectors";
import { CHANGE_COLORS } from "../../domain/changeClassification";
import { editionChange, type ListChange, type StrategyAsStated } from "../../domain/editionChange";
import { CHANGE_STRINGS, type ChangeStrings } from "../../i18n/change";
import { listOf } from "../../i18n/plural";
import type { Lang } from "../../i18n/strings";
import { useViewStore } from "../../state/store";
import { EditionProvider } from "../../ui/edition";
import { ReportQuote } from "../../ui/ReportQuote";
import { useEditionDataset } from "../../ui/useEditionDataset";
import "./regionChange.css";

type RegionChangeProps = { data: Dataset; code: string; lang: Lang };

/**
 * "Förändring sedan <utgåva>" (the change view only): the region's strategy and status as each edition states it,
 * and the report's lists it joined or left, each with both editions' passages, cited to their own edition.
 */
export function RegionChange({ data, code, lang }: RegionChangeProps) {
  const color = useViewStore((s) => s.color);
  const since = useViewStore((s) => s.since);
  const earlier = useEditionDataset(color === "change" ? since : undefined);
  const change = useMemo(() => (earlier ? editionChange(earlier, data) : undefined), [earlier, data]);
  const headingId = useId();
  const region = change?.regions.find((r) => r.code === code);
  if (!change || !earlier || !region) return null;
  const t = CHANGE_STRINGS[lang];
  const nameOf = (c: string) => data.regions.find((r) => r.code === c)?.name ?? earlier.regions.find((r) => r.code === c)?.name ?? c;
  const editions: [Edition, StrategyAsStated | undefined][] = [
    [change.since, region.before],
    [change.shown, region.after],
  ];
  return (
    <section className="region-section region-change" aria-labelledby={headingId} data-testid="region-change">
      <h3 id={headingId}>{t.section(change.since.id)}</h3>
      <p className="region-change-kind" data-testid="region-change-kind">
        <span className="region-change-swatch" style={{ background: CHANGE_COLORS[region.strategy] }} aria-hidden="true" />
        {t.kinds[region.strategy]}
      </p>
      <h4>{t.strategy}</h4>
      {editions.map(([edition, stated]) => (
        <EditionProvider key={edition.id} value={edition}>
          <p className="region-change-edition">{edition.id}</p>
          {stated ? <ReportQuote text={stated.listing} section="underlag" lang={lang} /> : <p>{t.notListed}</p>}
        </EditionProvider>
      ))}
      <h4>{t.status}</h4>
      {editions.map(([edition, stated]) =>
        stated?.status ? (
          <EditionProvider key={edition.id} value={edition}>
            <p className="region-change-edition">
              {edition.id}: <span className="region-status-label">{stated.status[lang]}</span>
            </p>
            <ReportQuote text={stated.status.quote} section={passageSection(stated.status.passage)} lang={lang} />
          </EditionProvider>
        ) : null,
      )}
      <p className="region-change-note">{t.statusWords}</p>
      <ListChanges title={t.joined} lists={region.joined} since={change.since} shown={change.shown} lang={lang} nameOf={nameOf} />
      <ListChanges title={t.left} lists={region.left} since={change.since} shown={change.shown} lang={lang} nameOf={nameOf} />
      <p className="region-change-note">
        {region.joined.length + region.left.length === 0 ? t.noListChange(change.sharedLists) : t.listsCompared(change.sharedLists)}{" "}
        {t.listsCaveat}
      </p>
    </section>
  );
}

type ListChangesProps = {
  title: string;
  lists: ListChange[];
  since: Edition;
  shown: Edition;
  lang: Lang;
  nameOf: (code: string) => string;
};

/** The lists a region joined (or left): each list's name, and its passage in both editions behind a disclosure. */
function ListChanges({ title, lists, since, shown, lang, nameOf }: ListChangesProps) {
  const t: ChangeStrings = CHANGE_STRINGS[lang];
  if (lists.length === 0) return null;
  return (
    <>
      <h4>{title}</h4>
      <ul className="region-change-lists">
        {lists.map((list) => (
          <li key={list.id}>
            <details>
              <summary>{list[lang]}</summary>
              {(
                [
                  [since, list.before, list.regionsBefore],
                  [shown, list.after, list.regionsAfter],
                ] as const
              ).map(([edition, source, regions]) => (
                <EditionProvider key={edition.id} value={edition}>
                  <p className="region-change-edition">{edition.id}</p>
                  <ReportQuote text={source.quote} section={source.section} footnote={source.footnote} lang={lang} />
                  {source.footnote !== undefined && (
                    <p className="region-change-note">{t.footnoteNames(source.footnote, listOf(lang, regions.map(nameOf)))}</p>
                  )}
                </EditionProvider>
              ))}
            </details>
          </li>
        ))}
      </ul>
    </>
  );
}
