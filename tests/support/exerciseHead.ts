import type { Page } from 'playwright-core';

/**
 * Runs one command of the exercise head's "More" menu (rename, duplicate, poster, export
 * PDF) as a mouse user would: the menu button, then the choice. `more` is the button's
 * name in the page's language.
 */
export async function headCommand(page: Page, command: string | RegExp, more = 'Lainnya'): Promise<void> {
  await page.getByRole('button', { name: more, exact: true }).click();
  await page.getByRole('menu', { name: more }).getByRole('menuitem', { name: command }).click();
}
