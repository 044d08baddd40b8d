import { expect, test as base } from "@playwright/test";
import { collectCspViolations, type CspViolation } from "./helpers";

/**
 * `test` with an automatic fixture: every test that imports it from here runs
 * under the build's Content-Security-Policy watch and fails on any violation.
 * Specs switch by importing { test, expect } from "./fixtures" instead of
 * "@playwright/test".
 */
export const test = base.extend<{ cspViolations: CspViolation[] }>({
  cspViolations: [
    async ({ page }, use) => {
      const violations = await collectCspViolations(page);
      await use(violations);
      expect(violations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
