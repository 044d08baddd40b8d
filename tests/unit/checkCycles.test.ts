import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findCycles, importGraph } from "../../scripts/check-cycles.mjs";

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "cycles-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe("scripts/check-cycles.mjs", () => {
  it("finds a circle made of type-only imports, which ESLint's no-cycle skips", () => {
    const root = tree({
      "a.ts": 'import type { B } from "./b";\nexport type A = { b?: B };\n',
      "b.ts": 'import type { A } from "./a";\nexport type B = { a?: A };\n',
    });
    const cycles: string[][] = findCycles(importGraph(root));
    expect(cycles.map((c) => c.map((f) => f.slice(root.length + 1)))).toEqual([["a.ts", "b.ts", "a.ts"]]);
  });

  it("passes a one-way tree and ignores packages", () => {
    const root = tree({
      "app/main.tsx": 'import { x } from "../lib/x";\nimport React from "react";\nexport const y = [x, React];\n',
      "lib/x.ts": "export const x = 1;\n",
    });
    expect(findCycles(importGraph(root))).toEqual([]);
  });
});
