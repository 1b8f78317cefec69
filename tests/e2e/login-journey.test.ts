import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { openLoginLinkFromMailbox } from './support/mailbox.ts';
import { type E2eServer, startE2eServer } from './support/server.ts';

describe('a newcomer logs in with an e-mail link', () => {
  let server: E2eServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startE2eServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('requests a link, opens it from the mailbox, lands on the account page and switches to English', async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(server.url);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('nl');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto(`${server.url}/login`);
    await page.getByRole('heading', { name: 'Inloggen', level: 1 }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('E-mailadres').fill('deelnemer@wegwijs.demo');
    await page.getByRole('button', { name: 'Stuur me een inloglink' }).click();
    await page.getByRole('heading', { name: 'Kijk in je mail' }).waitFor();

    await openLoginLinkFromMailbox(page, server.url, 'Je inloglink voor Wegwijs');
    await page.waitForURL(/\/account$/);
    await page.getByRole('heading', { name: 'Mijn account', level: 1 }).waitFor();
    expect(await page.getByLabel('Naam').inputValue()).toBe('Dewi de Vries');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: /^EN/ }).click();
    await page.getByRole('heading', { name: 'My account', level: 1 }).waitFor();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    // The choice is stored with the person: a fresh page load stays in English.
    await page.reload();
    await page.getByRole('heading', { name: 'My account', level: 1 }).waitFor();
    await page.close();
  });

  it('tells the person clearly when a link is no longer valid', async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${server.url}/auth/verify?token=not-a-real-token`);
    await page.waitForURL(/\/login\?error=invalid_link/);
    await page
      .getByText('Deze inloglink is ongeldig, al gebruikt of verlopen. Vraag een nieuwe aan.')
      .waitFor();
    await page.close();
  });
});
