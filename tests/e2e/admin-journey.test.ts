import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { openLoginLinkFromMailbox } from './support/mailbox.ts';
import { type E2eServer, startE2eServer } from './support/server.ts';

describe('an admin sets up an organisation with a coordinator', () => {
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

  it('creates the organisation and a coordinator, who then logs in from the invitation', async () => {
    const admin = await browser.newPage();
    admin.setDefaultTimeout(15_000);
    await admin.goto(`${server.url}/login`);
    await admin.getByRole('tab', { name: 'Met een wachtwoord' }).click();
    await admin.getByLabel('E-mailadres').fill('admin@wegwijs.demo');
    await admin.locator('input[type=password]').fill('wegwijs-demo');
    await admin.getByRole('button', { name: 'Inloggen', exact: true }).last().click();
    await admin.waitForURL(/\/account$/);

    await admin.goto(`${server.url}/admin/organizations`);
    await admin.getByRole('heading', { name: 'Organisaties', level: 1 }).waitFor();
    expect(await seriousViolations(admin)).toEqual([]);
    await admin.getByRole('button', { name: 'Nieuwe organisatie' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Nieuwe organisatie' });
    await dialog.getByLabel('Naam').fill('Klantenservice Zeeland');
    await dialog.getByLabel('KvK-nummer').fill('123');
    await dialog.getByRole('button', { name: 'Aanmaken' }).click();
    // A wrong KvK number is named at its field, and nothing is created.
    await dialog
      .getByText(/8 cijfers/)
      .first()
      .waitFor();
    await dialog.getByLabel('KvK-nummer').fill('55556666');
    await dialog.getByLabel('Plaats').fill('Middelburg');
    await dialog.getByRole('button', { name: 'Aanmaken' }).click();
    await admin.getByRole('heading', { name: 'Klantenservice Zeeland', level: 1 }).waitFor();

    await admin.getByLabel('Naam').last().fill('Floor Kramer');
    await admin.getByLabel('E-mailadres').last().fill('floor@zeeland.example');
    await admin.getByRole('button', { name: 'Coördinator toevoegen' }).click();
    await admin.getByRole('cell', { name: 'floor@zeeland.example' }).waitFor();
    expect(await seriousViolations(admin)).toEqual([]);

    const coordinator = await browser.newPage();
    coordinator.setDefaultTimeout(15_000);
    await openLoginLinkFromMailbox(coordinator, server.url, /Je bent coördinator van Klantenservice Zeeland/);
    // The invitation lands on the coordinator's registration dashboard.
    await coordinator.waitForURL(/\/quiz\/registration/);
    await coordinator.goto(`${server.url}/account`);
    expect(await coordinator.getByLabel('Naam').inputValue()).toBe('Floor Kramer');
    await coordinator.getByText('Coördinator').first().waitFor();
    await admin.close();
    await coordinator.close();
  });
});
