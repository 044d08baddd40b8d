import type { Refusal, ValidationIssue } from "../data/issues";
import { FILE_STRINGS, fileProblemText, formatCount } from "../i18n/fileProblems";
import { issueText } from "../i18n/issueText";
import type { Lang } from "../i18n/strings";

/**
 * How many issues a list shows. A hostile file can have tens of thousands; a
 * person reads the first few, fixes them and tries again, and a page of 100,000
 * list items would freeze the tab for seconds.
 */
export const LISTED_ISSUES = 20;

type IssueListProps = {
  issues: readonly ValidationIssue[];
  lang: Lang;
  /** Checking stopped before the end of the file: there may be more than the list counts. */
  incomplete?: boolean;
};

/**
 * The problems of a data file, the first LISTED_ISSUES of them: each in words in the interface language, then its
 * path in small type for whoever fixes the file. The same list for the loaded file, an opened one and a deck.
 */
export function IssueList({ issues, lang, incomplete = false }: IssueListProps) {
  const more = issues.length - LISTED_ISSUES;
  return (
    <ul className="issue-list">
      {issues.slice(0, LISTED_ISSUES).map((issue, i) => {
        const { where, what } = issueText(issue, lang);
        return (
          <li key={i}>
            {where && <span className="issue-where">{where}: </span>}
            {what}
            {where && (
              <>
                {" "}
                <code className="issue-path">{issue.path}</code>
              </>
            )}
          </li>
        );
      })}
      {more > 0 && <li className="issue-list-more">{FILE_STRINGS[lang].moreIssues(formatCount(lang, more), incomplete)}</li>}
    </ul>
  );
}

/** How many reasons a refusal gives (for the words that introduce them). */
export const reasonCount = (refusal: Refusal) => ("problem" in refusal ? 1 : refusal.issues.length);

/** Why a file was refused: its one problem as a sentence in the interface language, or its issues. */
export function RefusalList({ refusal, lang }: { refusal: Refusal; lang: Lang }) {
  if ("issues" in refusal) return <IssueList issues={refusal.issues} lang={lang} incomplete={refusal.incomplete} />;
  return (
    <ul className="issue-list">
      <li data-problem={refusal.problem.kind}>{fileProblemText(refusal.problem, lang)}</li>
    </ul>
  );
}
