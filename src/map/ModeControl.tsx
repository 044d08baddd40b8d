import { useId, useMemo, useState } from "react";
import type { Dataset, Practice } from "../data/schema";
import { MAP_STRINGS } from "../i18n/map";
import { PATTERN_STRINGS } from "../i18n/patterns";
import "./patterns.css";
import type { Lang } from "../i18n/strings";
import { COLOR_MODES, useViewStore, type ColorMode } from "../state/store";
import { earlierEditions } from "../data/editions";
import { CHANGE_STRINGS } from "../i18n/change";

/**
 * What the map shows: a labelled mode selector, and for the practice and
 * question modes the parameter (a searchable practice list grouped by the nine
 * questions; a question list).
 */
export function ModeControl({ data, lang }: { data: Dataset; lang: Lang }) {
  const t = MAP_STRINGS[lang];
  const color = useViewStore((s) => s.color);
  const practice = useViewStore((s) => s.practice);
  const q = useViewStore((s) => s.q);
  const practice2 = useViewStore((s) => s.practice2);
  const { setColorMode, showPractice, showQuestion, setPractice2, showChange } = useViewStore.getState();
  const tp = PATTERN_STRINGS[lang];
  const modeId = useId();
  const sinceId = useId();

  const since = useViewStore((s) => s.since);
  // The change view needs an earlier edition at hand: with one edition the mode is not offered at all.
  const earlier = useMemo(() => earlierEditions(data.edition), [data.edition]);
  const modes = COLOR_MODES.filter((mode) => mode !== "change" || earlier.length > 0);

  const chooseMode = (mode: ColorMode) => {
    if (mode === "practice") showPractice(practice ?? data.practices[0]!.id);
    else if (mode === "question") showQuestion(q ?? 1);
    else if (mode === "change") showChange(since ?? earlier[earlier.length - 1]!.id, data.edition.id);
    else setColorMode(mode);
  };

  return (
    <div className="mode-control" data-testid="mode-control">
      <div className="control">
        <label htmlFor={modeId}>{t.colorBy}</label>
        <select id={modeId} value={color} onChange={(e) => chooseMode(e.target.value as ColorMode)}>
          {modes.map((mode) => (
            <option key={mode} value={mode}>
              {t.modes[mode]}
            </option>
          ))}
        </select>
      </div>
      {color === "practice" && (
        <PracticePicker
          data={data}
          lang={lang}
          value={practice ?? data.practices[0]!.id}
          onChange={(id) => showPractice(id, data.practices.find((p) => p.id === id)?.evidence === "listed")}
        />
      )}
      {color === "practice" && data.practices.find((p) => p.id === practice)?.evidence === "listed" && (
        // A second list turns the map bivariate (2×2); "" is the none option. Lists only: an example names one region.
        <PracticePicker
          listsOnly
          data={data}
          lang={lang}
          value={practice2 ?? ""}
          onChange={(id) => setPractice2(id || undefined)}
          label={tp.secondPractice}
          noneLabel={tp.noSecondPractice}
          exclude={practice}
          search={false}
          narrow
          testId="practice2-picker"
        />
      )}
      {color === "question" && <QuestionPicker data={data} lang={lang} value={q ?? 1} onChange={showQuestion} />}
      {color === "change" && earlier.length > 1 && (
        <div className="control">
          <label htmlFor={sinceId}>{CHANGE_STRINGS[lang].sincePicker}</label>
          <select id={sinceId} value={since} onChange={(e) => showChange(e.target.value, data.edition.id)} data-testid="since-picker">
            {earlier.map((e) => (
              <option key={e.id} value={e.id}>
                {e.id} ({e.date})
              </option>
            ))}
          </select>
        </div>
      )}
    </div>
  );
}

type PickerProps<T> = { data: Dataset; lang: Lang; value: T; onChange: (value: T) => void };

function matches(text: string, query: string): boolean {
  return text.toLocaleLowerCase("sv").includes(query.trim().toLocaleLowerCase("sv"));
}

type PracticePickerProps = PickerProps<string> & {
  /** The select's label (default: the practice picker's own). */
  label?: string;
  /** When given, a first option with this label and the value "" (no practice). */
  noneLabel?: string;
  /** A practice not offered (the other picker's choice). */
  exclude?: string;
  /** Offer only the report's lists (the second practice of a two-practice map). */
  listsOnly?: boolean;
  /** With a filter box (default true). */
  search?: boolean;
  /** A narrower select (the second picker), so the toolbar does not grow a row. */
  narrow?: boolean;
  testId?: string;
};

function PracticePicker({
  data,
  lang,
  value,
  onChange,
  label,
  noneLabel,
  exclude,
  listsOnly = false,
  search = true,
  narrow = false,
  testId = "practice-picker",
}: PracticePickerProps) {
  const t = MAP_STRINGS[lang];
  const [query, setQuery] = useState("");
  const filterId = useId();
  const pickerId = useId();
  const matching = useMemo(
    () => new Set(data.practices.filter((p) => matches(p.sv, query) || matches(p.en, query)).map((p) => p.id)),
    [data, query],
  );
  // The chosen practice stays listed while filtering, so the select never loses its value.
  const groups = data.questions
    .map((question) => ({
      question,
      practices: data.practices.filter(
        (p) =>
          p.question === question.id &&
          p.id !== exclude &&
          (!listsOnly || p.evidence === "listed") &&
          (matching.has(p.id) || p.id === value),
      ),
    }))
    .filter((g) => g.practices.length > 0);
  const total = data.regions.length;
  const nameOf = (code: string) => data.regions.find((r) => r.code === code)?.name ?? code;
  // The kind of evidence in the option itself: "(6/21)" for a list, "(exempel: Kalmar)", "(3 exempel)", "(alla regioner)".
  const reach = (p: Practice) => {
    switch (p.evidence) {
      case "listed":
        return `${p.regions.length}/${total}`;
      case "example":
        return t.exampleOf(nameOf(p.regions[0]!));
      case "examples":
        return t.examplesOf(p.regions.length);
      case "all":
        return t.ofAll;
    }
  };

  return (
    <>
      {search && (
        <div className="control">
          <label htmlFor={filterId}>{t.practiceFilter}</label>
          <input
            id={filterId}
            type="search"
            value={query}
            placeholder={t.practiceFilterPlaceholder}
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
      )}
      <div className={narrow ? "control control-narrow" : "control control-wide"}>
        <label htmlFor={pickerId}>{label ?? t.practicePicker}</label>
        <select id={pickerId} value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
          {noneLabel !== undefined && <option value="">{noneLabel}</option>}
          {groups.map(({ question, practices }) => (
            <optgroup key={question.id} label={`${question.section} ${question[lang]}`}>
              {practices.map((p) => (
                <option key={p.id} value={p.id}>
                  {`${p[lang]} (${reach(p)})`}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        {matching.size === 0 && (
          <span className="control-hint" role="status">
            {t.noPracticeMatch}
          </span>
        )}
      </div>
    </>
  );
}

function QuestionPicker({ data, lang, value, onChange }: PickerProps<number>) {
  const t = MAP_STRINGS[lang];
  const id = useId();
  return (
    <div className="control control-wide">
      <label htmlFor={id}>{t.questionPicker}</label>
      <select id={id} value={value} onChange={(e) => onChange(Number(e.target.value))} data-testid="question-picker">
        {data.questions.map((question) => (
          <option key={question.id} value={question.id}>
            {`${question.section} ${question[lang]}`}
          </option>
        ))}
      </select>
    </div>
  );
}
