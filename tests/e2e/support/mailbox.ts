import type { Page } from 'playwright-core';

/** Opens the newest demo-mailbox message with this subject and follows its log-in link. */
export async function openLoginLinkFromMailbox(
  page: Page,
  baseUrl: string,
  subject: string | RegExp,
): Promise<void> {
  await page.goto(`${baseUrl}/mailbox`);
  await page.getByRole('link', { name: subject }).first().click();
  const link = page.locator('a[href*="/auth/verify?token="]').first();
  await link.waitFor();
  const href = await link.getAttribute('href');
  await page.goto(href!.replace(/^http:\/\/(localhost|127\.0\.0\.1):\d+/, baseUrl));
}
