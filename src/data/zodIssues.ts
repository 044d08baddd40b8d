import type { IssueProblem, ValidationIssue } from "./issues";
import { isObject } from "./loose";
import type { z } from "./zod";

/** ["practices", 3, "regions"] → "practices[3].regions"; [] → "(root)". */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else {
      const name = typeof key === "symbol" ? key.toString() : key;
      out += out.length > 0 ? `.${name}` : name;
    }
  }
  return out.length > 0 ? out : "(root)";
}

/** The value at a zod path in unchecked input; undefined where the path leads nowhere. */
function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let value = raw;
  for (const key of path) {
    if (Array.isArray(value) && typeof key === "number") value = value[key];
    else if (isObject(value) && typeof key === "string" && Object.hasOwn(value, key)) value = value[key];
    else return undefined;
  }
  return value;
}

/**
 * A zod issue in a form the interface can say in either language: its code and parameters, and "missing" where the
 * input has nothing at the path (zod says "expected string, received undefined").
 */
export function problemOf(issue: z.core.$ZodIssue, input: unknown): IssueProblem {
  switch (issue.code) {
    case "invalid_type":
      return valueAt(input, issue.path) === undefined ? { code: "missing" } : { code: "invalid_type", expected: issue.expected };
    case "too_small":
    case "too_big": {
      const limit = issue.code === "too_small" ? issue.minimum : issue.maximum;
      return { code: issue.code, origin: issue.origin, limit: Number(limit), inclusive: issue.inclusive ?? true, exact: issue.exact ?? false };
    }
    case "invalid_value":
      return { code: "invalid_value", values: issue.values.map(String) };
    case "invalid_format":
      return { code: "invalid_format", format: issue.format, ...(issue.pattern !== undefined && { pattern: issue.pattern }) };
    case "unrecognized_keys":
      return { code: "unrecognized_keys", keys: issue.keys };
    default:
      return { code: "invalid" };
  }
}

/** zod's issues of `input` (found at `prefix` in the file) with their paths, English messages and structured problems. */
export function zodIssues(issues: readonly z.core.$ZodIssue[], input: unknown, prefix: readonly PropertyKey[] = []): ValidationIssue[] {
  return issues.map((issue) => ({ path: formatPath([...prefix, ...issue.path]), message: issue.message, problem: problemOf(issue, input) }));
}
