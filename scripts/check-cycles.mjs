// Fails when .ts/.tsx modules under src/ (or the folder given) import each other in a circle. It follows
// every relative import TypeScript's preProcessFile lists without type-checking: `import` and `import type`,
// `export … from`, dynamic `import()`, `import("…")` types and `require`, each resolved to a .ts/.tsx file or a
// folder's index.ts/.tsx. It does not follow packages, non-relative specifiers (path aliases), CSS or other
// non-TypeScript files, nor a specifier written with a .js extension; .d.ts files are left out.
// ESLint's import-x/no-cycle (in `npm run lint` too) skips imports of types only, and a circle of types is still
// a circle a reader has to untangle; madge would do this but pins TypeScript 5 as a peer, dpdm brings a
// TypeScript of its own.
// Usage: node scripts/check-cycles.mjs [folder]  (default: src)

import { readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";

const EXTENSIONS = [".ts", ".tsx", "/index.ts", "/index.tsx"];

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith(".d.ts") ? [path] : [];
  });
}

function resolveImport(from, specifier) {
  if (!specifier.startsWith(".")) return undefined;
  const base = resolve(dirname(from), specifier);
  if (/\.tsx?$/.test(base) && existsSync(base)) return base;
  return EXTENSIONS.map((ext) => base + ext).find((path) => existsSync(path));
}

/** file → the files it imports (relative imports only). */
export function importGraph(root) {
  const graph = new Map();
  for (const file of sourceFiles(root)) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
    const targets = importedFiles.map((f) => resolveImport(file, f.fileName)).filter(Boolean);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Every circle, each once, as a list of files (depth-first search with an on-stack set). */
export function findCycles(graph) {
  const cycles = [];
  const state = new Map(); // file → "open" | "done"
  const stack = [];
  const visit = (file) => {
    state.set(file, "open");
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === "open") cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, "done");
  };
  for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file);
  return cycles;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = resolve(process.argv[2] ?? "src");
  const cycles = findCycles(importGraph(root));
  for (const cycle of cycles) console.error(`import cycle: ${cycle.map((f) => relative(process.cwd(), f)).join(" → ")}`);
  if (cycles.length > 0) process.exit(1);
  console.log(`no import cycles under ${relative(process.cwd(), root) || "."}`);
}
