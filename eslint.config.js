import js from "@eslint/js";
import tseslint from "typescript-eslint";
import react from "eslint-plugin-react";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

export default tseslint.config(
  { ignores: ["dist", "node_modules", "test-results", "playwright-report", "bench"] },
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
);
