import type { FileProblem } from "./issues";
import { isObject } from "./loose";

/** The most items an array under each property name may hold: a schema's limits, keyed as its JSON is. */
export type ArrayLimits = Readonly<Record<string, number>>;

type Visit = { value: unknown; parent?: Visit; key: string | number };

function pathOf(visit: Visit): string {
  let path = "";
  for (let at: Visit | undefined = visit; at?.parent !== undefined; at = at.parent) {
    path = typeof at.key === "number" ? `[${at.key}]${path}` : `${at.parent.parent !== undefined ? "." : ""}${at.key}${path}`;
  }
  return path;
}

/**
 * The first array longer than its limit, looked for before the schema sees the
 * file: 30,000 bad practices are refused by their count in microseconds instead of
 * being checked one by one into 200,000 issues (which once overflowed the stack).
 *
 * Breadth first, so a top-level list is named before anything inside it; a queue,
 * not recursion, so deep nesting cannot overflow. An array under a name without a
 * limit is not the schema's and is never read, so it is not walked either.
 */
export function oversizedArray(raw: unknown, limits: ArrayLimits): Extract<FileProblem, { kind: "too-many" }> | undefined {
  const queue: Visit[] = [{ value: raw, key: "" }];
  for (let i = 0; i < queue.length; i++) {
    const visit = queue[i]!;
    if (!isObject(visit.value)) continue;
    for (const [key, child] of Object.entries(visit.value)) {
      const at: Visit = { value: child, parent: visit, key };
      if (isObject(child)) queue.push(at);
      if (!Array.isArray(child) || !Object.hasOwn(limits, key)) continue;
      const limit = limits[key]!;
      if (child.length > limit) return { kind: "too-many", path: pathOf(at), count: child.length, limit };
      child.forEach((item, index) => {
        if (isObject(item)) queue.push({ value: item, parent: at, key: index });
      });
    }
  }
  return undefined;
}
