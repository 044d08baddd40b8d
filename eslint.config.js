import js from "@eslint/js";
import tseslint from "typescript-eslint";
import react from "eslint-plugin-react";
import reactHooks from "eslint-plugin-react-hooks";
import importX, { createNodeResolver } from "eslint-plugin-import-x";
import globals from "globals";

/**
 * The layers of src/ (docs/ARCHITECTURE.md). Imports flow one way: down the
 * list of shared layers, and from the shared layers into the features and the
 * app. A feature never imports another feature; only src/app composes them.
 */
const FEATURES = ["map", "panels/region", "panels/compare", "panels/overview", "panels/matrix", "present", "export", "reader"];
const SHARED = {
  data: [],
  geo: ["data"],
  i18n: ["data"],
  state: ["data", "geo", "i18n"],
  domain: ["data", "geo", "i18n", "state"],
  ui: ["data", "geo", "i18n", "state", "domain"],
};
const ALL = [...Object.keys(SHARED), ...FEATURES, "app"];

/** Every folder a layer may not import from, as no-restricted-paths zones. */
function layerZones() {
  const zones = [];
  for (const [layer, allowed] of Object.entries(SHARED)) {
    const from = ALL.filter((other) => other !== layer && !allowed.includes(other)).map((f) => `./src/${f}`);
    zones.push({ target: `./src/${layer}`, from, message: `src/${layer} may import only from ${allowed.join(", ") || "itself"}.` });
  }
  for (const feature of FEATURES) {
    const from = [...FEATURES.filter((f) => f !== feature), "app"].map((f) => `./src/${f}`);
    zones.push({
      target: `./src/${feature}`,
      from,
      message: "A feature imports shared layers only (data, geo, i18n, state, domain, ui), never another feature or the app.",
    });
  }
  return zones;
}

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
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "import-x": importX },
    settings: {
      // Relative imports without an extension resolve to .ts/.tsx files, as Vite resolves them.
      "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".tsx", ".js", ".mjs", ".json"] })],
    },
    rules: {
      "import-x/no-restricted-paths": ["error", { zones: layerZones() }],
      // Type-only imports count too: a circle of types is still a circle a reader must untangle.
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
