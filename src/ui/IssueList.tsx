import type { ValidationIssue } from "../data/issues";

/** Every problem of a data file with its path: the same list for the loaded file and an uploaded one. */
export function IssueList({ issues }: { issues: readonly ValidationIssue[] }) {
  return (
    <ul className="issue-list">
      {issues.map((issue, i) => (
        <li key={i}>
          <code>{issue.path}</code> {issue.message}
        </li>
      ))}
    </ul>
  );
}
