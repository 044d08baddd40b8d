import { expect, test } from "./fixtures";
import { collectErrors, waitForMap } from "./helpers";

test.use({ viewport: { width: 1920, height: 1080 } });

test("a title being typed in the deck builder stays when the view under it changes", async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto("/?color=status");
  await waitForMap(page);
  await page.getByTestId("deck-editor-open").click();
  const form = page.getByTestId("deck-add-form");
  await expect(form).toBeVisible();
  const titleSv = form.locator('[data-field="title-sv"]');
  const titleEn = form.locator('[data-field="title-en"]');
  const suggestedEn = await titleEn.inputValue();
  await titleSv.fill("Läget i regi");
  // The view changes beside the open builder: another colour mode in the toolbar.
  await page.getByLabel("Färglägg kartan efter").selectOption("year");
  await expect(page).toHaveURL(/color=year/);
  await expect(titleEn).not.toHaveValue(suggestedEn);
  await expect(titleSv).toHaveValue("Läget i regi");
  expect(errors).toEqual([]);
});
