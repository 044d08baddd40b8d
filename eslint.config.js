import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import react from "eslint-plugin-react";
import reactHooks from "eslint-plugin-react-hooks";
import importX, { createNodeResolver } from "eslint-plugin-import-x";
import globals from "globals";

/**
 * The layers of src/ (docs/ARCHITECTURE.md §1), denied by default: every file under src/ is in one of these folders
 * (or is one of ROOT_FILES), and imports only what its layer is allowed. Imports flow one way: down the list of
 * shared layers, from the shared layers into the features, and from the features into the app. A feature never
 * imports another feature; only src/app composes them.
 */
const SHARED = {
  data: [],
  geo: ["data"],
  i18n: ["data"],
  state: ["data", "geo", "i18n"],
  domain: ["data", "geo", "i18n", "state"],
  ui: ["data", "geo", "i18n", "state", "domain"],
};
const FEATURES = ["map", "panels/region", "panels/compare", "panels/overview", "panels/matrix", "present", "export", "reader"];
const LAYERS = [...Object.keys(SHARED), ...FEATURES, "app"];
/** Files of src/ in no folder: the entry point (which may import what the app may) and the global stylesheet. */
const ROOT_FILES = ["main.tsx", "styles.css"];

/** What each layer may import from src/: itself and the layers under it. */
function allowedImports(layer) {
  if (layer in SHARED) return [layer, ...SHARED[layer]];
  if (FEATURES.includes(layer)) return [layer, ...Object.keys(SHARED)];
  return LAYERS; // app
}

/**
 * One no-restricted-paths zone per layer: all of src/ is forbidden but what the layer may import, so an import from a
 * folder no one declared fails as well as one against the flow.
 */
function layerZones() {
  const zone = (target, allowed, message) => ({ target, from: "./src", except: allowed.map((p) => `./${p}`), message });
  return [
    ...Object.entries(SHARED).map(([layer, below]) =>
      zone(`./src/${layer}`, allowedImports(layer), `src/${layer} may import only from ${below.join(", ") || "itself"}.`),
    ),
    ...FEATURES.map((feature) =>
      zone(
        `./src/${feature}`,
        allowedImports(feature),
        "A feature imports shared layers only (data, geo, i18n, state, domain, ui), never another feature or the app.",
      ),
    ),
    zone("./src/app", allowedImports("app"), "src/app imports the declared layers only."),
    zone("./src/main.tsx", [...allowedImports("app"), ...ROOT_FILES], "src/main.tsx imports the declared layers only."),
  ];
}

const SRC = fileURLToPath(new URL("./src/", import.meta.url));
/** A path relative to src/, with forward slashes. */
const srcPath = (file) => relative(SRC, file).split("\\").join("/");

/** The layer a file under src/ belongs to, or undefined when its folder is declared nowhere. */
function layerOf(file) {
  const path = srcPath(file);
  if (ROOT_FILES.includes(path)) return path;
  return LAYERS.find((layer) => path.startsWith(`${layer}/`));
}

/** A local plugin: a file in a folder of src/ that is no declared layer fails, and so does each of its imports from src/. */
const layers = {
  rules: {
    declared: {
      meta: {
        type: "problem",
        docs: { description: "Every file under src/ belongs to a declared layer (eslint.config.js)." },
        messages: {
          undeclaredImport: "src/{{path}} imports src/{{target}}, but its folder is no layer, so it may import nothing of src/.",
          undeclared:
            "src/{{path}} is in no declared layer: src/ is denied by default. Move it into a layer ({{layers}}) or declare its folder, with what it may import, in eslint.config.js and docs/ARCHITECTURE.md.",
        },
        schema: [],
      },
      create(context) {
        if (layerOf(context.filename)) return {};
        const path = srcPath(context.filename);
        const folder = dirname(context.filename);
        // Besides the file, each of its imports from src/ outside its own folder: nothing allows it any.
        const checkImport = ({ source }) => {
          if (typeof source?.value !== "string" || !source.value.startsWith(".")) return;
          const target = resolve(folder, source.value);
          if (!srcPath(target).startsWith("..") && !target.startsWith(`${folder}/`)) {
            context.report({ node: source, messageId: "undeclaredImport", data: { path, target: srcPath(target) } });
          }
        };
        return {
          Program(node) {
            context.report({ node, messageId: "undeclared", data: { path, layers: LAYERS.join(", ") } });
          },
          ImportDeclaration: checkImport,
          ExportNamedDeclaration: checkImport,
          ExportAllDeclaration: checkImport,
          ImportExpression: checkImport,
        };
      },
    },
  },
};

export default tseslint.config(
  { ignores: ["dist", "dist-*", "node_modules", "test-results", "playwright-report", "bench"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,js,mjs}"],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { react, "react-hooks": reactHooks },
    settings: { react: { version: "detect" } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Dataset text is evidence and is rendered as text, never as markup.
      "react/no-danger": "error",
      "no-restricted-syntax": [
        "error",
        { selector: "CallExpression[callee.property.name='setHTML']", message: "Render dataset text as text, not HTML." },
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: "Render dataset text as text, not HTML." },
      ],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/**/*.{ts,tsx,js,jsx,mjs,cjs}"],
    plugins: { "import-x": importX, layers },
    settings: {
      // Relative imports without an extension resolve to .ts/.tsx files, as Vite resolves them.
      "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".tsx", ".js", ".mjs", ".json"] })],
    },
    rules: {
      "layers/declared": "error",
      "import-x/no-restricted-paths": ["error", { zones: layerZones() }],
      // Circles of value imports (static, re-exported, dynamic) between modules it can resolve. It skips imports of
      // types only (`import type`, or every name marked `type`): scripts/check-cycles.mjs (`npm run lint`) finds those.
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      // zod only through src/data/zod.ts, which configures it before any schema exists (CSP: no eval).
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "zod", message: "Import { z } from src/data/zod.ts: it is configured there." }] },
      ],
    },
  },
  { files: ["src/data/zod.ts"], rules: { "no-restricted-imports": "off" } },
);
