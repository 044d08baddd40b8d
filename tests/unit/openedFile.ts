import type { FileProblem, Refusal, ValidationIssue } from "../../src/data/issues";

/** A result's issues ([] when it passed); fails the test when the file was refused as a whole instead. */
export function refusalIssues(result: { ok: true } | Refusal): ValidationIssue[] {
  if (result.ok) return [];
  if ("problem" in result) throw new Error(`expected issues, got the problem ${JSON.stringify(result.problem)}`);
  return result.issues;
}

/** The problem a file was refused for; fails the test when it passed or was refused with issues instead. */
export function refusalProblem(result: { ok: true } | Refusal): FileProblem {
  if (result.ok || !("problem" in result)) throw new Error(`expected a problem, got ${JSON.stringify(result).slice(0, 300)}`);
  return result.problem;
}

/** A file as the readers see it (size and bytes), counting its reads: text is saved as UTF-8. */
export function bytesFile(contents: string | Uint8Array, size?: number) {
  const bytes = typeof contents === "string" ? new TextEncoder().encode(contents) : contents;
  const file = {
    name: "file.json",
    size: size ?? bytes.length,
    reads: 0,
    arrayBuffer: async () => {
      file.reads++;
      return bytes.slice().buffer;
    },
  };
  return file;
}
