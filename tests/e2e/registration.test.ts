import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { openLoginLinkFromMailbox } from './support/mailbox.ts';
import { type E2eServer, startE2eServer } from './support/server.ts';

/** 25 colleagues; the last one is the participant who confirms from the mailbox. */
function participantList(rows: Map<number, [string, string]> = new Map()): Buffer {
  const lines = ['naam;e-mail;rol'];
  for (let i = 1; i <= 25; i++) {
    const row = i + 1; // the header is row 1
    const [name, email] = rows.get(row) ?? [`Collega ${i}`, `collega${i}@bellen.example`];
    lines.push(`${name};${email};${i % 10 === 0 ? 'teamleider' : 'medewerker'}`);
  }
  lines[25] = 'Sanne Smit;sanne@bellen.example;medewerker';
  return Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');
}

/** Text with Intl's no-break spaces made plain, so "€ 2" compares as typed. */
const plain = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: path.join(tmpdir(), `registration-${name}.png`), fullPage: true });
}

/** Nothing sticks out sideways on a phone: no horizontal scrolling of the whole page. */
async function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

describe('a company registers for the Klantcontactquiz and a participant confirms', () => {
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

  it('registers, builds two teams from a checked file, invites, and the counter rises on confirmation', async () => {
    // A visitor reads the public page of the current edition: the counter starts at nothing.
    const visitor = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    visitor.setDefaultTimeout(15_000);
    await visitor.goto(`${server.url}/quiz`);
    await visitor.getByRole('heading', { name: 'Klantcontactquiz 2027', level: 1 }).waitFor();
    await visitor.getByRole('heading', { name: 'De drie prijzen' }).waitFor();
    await visitor.getByRole('heading', { name: 'Slimste medewerker' }).waitFor();
    const total = visitor.getByTestId('donation-total');
    expect(plain(await total.textContent())).toBe('€ 0');
    expect(await seriousViolations(visitor)).toEqual([]);
    await screenshot(visitor, 'public');

    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    phone.setDefaultTimeout(15_000);
    await phone.goto(`${server.url}/quiz/2027`);
    await phone.getByRole('heading', { name: 'Klantcontactquiz 2027', level: 1 }).waitFor();
    expect(await fitsWidth(phone)).toBe(true);
    expect(await seriousViolations(phone)).toEqual([]);
    await screenshot(phone, 'public-phone');

    // The coordinator signs the company up in the wizard.
    const coordinator = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    coordinator.setDefaultTimeout(15_000);
    await coordinator.goto(`${server.url}/quiz`);
    await coordinator.getByRole('link', { name: 'Meld je organisatie aan' }).click();
    await coordinator.getByRole('heading', { name: 'Je organisatie aanmelden', level: 1 }).waitFor();
    expect(await seriousViolations(coordinator)).toEqual([]);

    // Nothing filled in: the step says what is missing and does not move on.
    await coordinator.getByRole('button', { name: 'Volgende' }).click();
    await coordinator.getByText('Vul dit in.').first().waitFor();

    await coordinator.getByLabel('Naam van je organisatie').fill('Bellen & Co BV');
    // The demo organisation's KvK number: the server will say this company is already registered.
    await coordinator.getByLabel('KvK-nummer').fill('12345678');
    await coordinator.getByLabel('E-mailadres voor facturen').fill('facturen@bellen.example');
    await coordinator.getByLabel('Straat en huisnummer').fill('Keizersgracht 1');
    await coordinator.getByLabel('Postcode').fill('1015cj');
    await coordinator.getByLabel('Plaats').fill('Amsterdam');
    await coordinator.getByRole('button', { name: 'Volgende' }).click();
    await coordinator.getByRole('heading', { name: 'Jouw gegevens', level: 2 }).waitFor();
    await coordinator.getByLabel('Je naam').fill('Bo Bellen');
    await coordinator.getByLabel('Je e-mailadres').fill('bo@bellen.example');
    await coordinator.getByRole('button', { name: 'Volgende' }).click();
    await coordinator.getByRole('heading', { name: 'Je eerste team', level: 2 }).waitFor();
    await coordinator.getByLabel('Naam van het team').fill('Team Amsterdam');
    await coordinator.getByRole('button', { name: 'Volgende' }).click();
    await coordinator.getByRole('heading', { name: 'Controleren en versturen', level: 2 }).waitFor();
    expect(await seriousViolations(coordinator)).toEqual([]);
    await coordinator.getByRole('button', { name: 'Aanmelden', exact: true }).click();

    // 409 organization_exists: back on the organisation step, explained, with the field marked.
    await coordinator.getByRole('alert').filter({ hasText: 'Deze organisatie is al aangemeld' }).waitFor();
    await coordinator.getByText('Deze organisatie is al aangemeld.').waitFor();
    expect(await coordinator.getByLabel('KvK-nummer').getAttribute('aria-invalid')).toBe('true');
    // Keyboard and screen-reader users continue at the field with the problem.
    await expect
      .poll(() => coordinator.evaluate(() => document.activeElement?.getAttribute('data-path')))
      .toBe('organization.kvkNumber');
    await coordinator.getByLabel('KvK-nummer').fill('');
    for (let step = 0; step < 3; step++) await coordinator.getByRole('button', { name: 'Volgende' }).click();
    await coordinator.getByRole('heading', { name: 'Controleren en versturen', level: 2 }).waitFor();
    await coordinator.getByRole('button', { name: 'Aanmelden', exact: true }).click();
    await coordinator.getByRole('heading', { name: 'Kijk in je mail' }).waitFor();
    await coordinator.getByText('bo@bellen.example').first().waitFor();
    await coordinator.getByRole('link', { name: 'Open de demo-mailbox' }).waitFor();

    // The log-in link lands on the coordinator's page, which shows the first team.
    await openLoginLinkFromMailbox(coordinator, server.url, /Je bent coördinator van Bellen & Co BV/);
    await coordinator.waitForURL(/\/quiz\/registration$/);
    await coordinator.getByRole('heading', { name: 'Aanmelding van Bellen & Co BV', level: 1 }).waitFor();
    await coordinator.getByRole('link', { name: 'Team Amsterdam' }).waitFor();
    expect(await seriousViolations(coordinator)).toEqual([]);
    // The way back later: "Mijn aanmelding" in the user menu.
    await coordinator.getByRole('button', { name: 'Menu van Bo Bellen' }).click();
    await coordinator.getByRole('menuitem', { name: 'Mijn aanmelding' }).waitFor();
    await coordinator.keyboard.press('Escape');
    await coordinator.getByRole('menu').waitFor({ state: 'hidden' });

    // A second team.
    await coordinator.getByLabel('Naam van het team').fill('Team Utrecht');
    await coordinator.getByRole('button', { name: 'Team toevoegen' }).click();
    await coordinator.getByRole('link', { name: 'Team Utrecht' }).waitFor();
    await screenshot(coordinator, 'dashboard');

    // A list of 25 with two bad rows: told which and why, and nothing is stored.
    await coordinator.getByRole('link', { name: 'Team Amsterdam' }).click();
    await coordinator.getByRole('heading', { name: 'Team Amsterdam', level: 1 }).waitFor();
    const fileInput = coordinator.locator('input[type=file]');
    const broken = new Map<number, [string, string]>([
      [9, ['Piet Bakker', 'piet.bakker@']],
      [20, ['Collega 4 (dubbel)', 'collega4@bellen.example']],
    ]);
    await fileInput.setInputFiles({
      name: 'deelnemers.csv',
      mimeType: 'text/csv',
      buffer: participantList(broken),
    });
    const problems = coordinator.getByRole('alert').filter({ hasText: '2 problemen gevonden' });
    await problems.waitFor();
    await problems.getByText('‘piet.bakker@’ is geen geldig e-mailadres.').waitFor();
    await problems.getByText('Dit e-mailadres staat ook al in rij 5.').waitFor();
    expect(plain(await problems.textContent())).toContain('Rij 9:');
    expect(plain(await problems.textContent())).toContain('Rij 20:');
    const importButton = coordinator.getByRole('button', { name: /25 deelnemers importeren en uitnodigen/ });
    expect(await importButton.isDisabled()).toBe(true);
    await coordinator.getByRole('heading', { name: 'Deelnemers (0)' }).waitFor();
    expect(await seriousViolations(coordinator)).toEqual([]);
    await screenshot(coordinator, 'import-problems');

    // Fixed and uploaded again: now everyone is imported and invited at once.
    await fileInput.setInputFiles({
      name: 'deelnemers.csv',
      mimeType: 'text/csv',
      buffer: participantList(),
    });
    await coordinator.getByText('25 deelnemers staan klaar om te importeren.').first().waitFor();
    await importButton.click();
    await coordinator.getByRole('heading', { name: 'Deelnemers (25)' }).waitFor();
    await coordinator.getByRole('rowheader', { name: 'Sanne Smit' }).waitFor();
    await coordinator.getByText('0 van 10 bevestigd').waitFor();
    await screenshot(coordinator, 'team');

    // The participant opens the invitation from the mailbox and lands on their quiz page.
    const participant = await browser.newPage({ viewport: { width: 390, height: 844 } });
    participant.setDefaultTimeout(15_000);
    await participant.goto(`${server.url}/mailbox`);
    await participant
      .getByRole('row')
      .filter({ hasText: 'sanne@bellen.example' })
      .getByRole('link', { name: /Je bent aangemeld voor de Klantcontactquiz 2027/ })
      .click();
    const link = participant.locator('a[href*="/auth/verify?token="]').first();
    await link.waitFor();
    const href = await link.getAttribute('href');
    await participant.goto(href!.replace(/^http:\/\/(localhost|127\.0\.0\.1):\d+/, server.url));
    await participant.waitForURL(/\/quiz\/my$/);
    await participant.getByRole('heading', { name: 'Mijn quiz', level: 1 }).waitFor();
    await participant.getByText('Doe je mee?').waitFor();
    expect(await fitsWidth(participant)).toBe(true);
    expect(await seriousViolations(participant)).toEqual([]);
    await screenshot(participant, 'my-quiz-phone');

    // The visitor's page is still open: the counter rises by €2 once Sanne confirms, without a reload.
    await participant.getByRole('radio', { name: 'English' }).check();
    await participant.getByRole('button', { name: 'Ik doe mee' }).click();
    // Her language choice is stored and the page follows it.
    await participant.getByText('You are in', { exact: true }).waitFor();
    await expect
      .poll(async () => plain(await total.textContent()), { timeout: 20_000, interval: 500 })
      .toBe('€ 2');
    expect(plain(await visitor.getByText(/^Sponsors:/).textContent())).toBe(
      'Sponsors: € 2 × 1 bevestigde deelnemer = € 2',
    );
    expect(await fitsWidth(participant)).toBe(true);
    expect(await seriousViolations(participant)).toEqual([]);
    await screenshot(participant, 'my-quiz-confirmed-phone');

    // The coordinator sees the confirmation on the team page.
    await coordinator.reload();
    await coordinator.getByText('1 van 10 bevestigd').waitFor();

    await Promise.all([visitor.close(), phone.close(), coordinator.close(), participant.close()]);
  });
  it('lets quiz staff keep sponsors, close and reopen registration, and mark a pledge paid', async () => {
    const staff = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    staff.setDefaultTimeout(15_000);
    await staff.goto(`${server.url}/login`);
    await staff.getByRole('tab', { name: 'Met een wachtwoord' }).click();
    await staff.getByLabel('E-mailadres').fill('staf@wegwijs.demo');
    await staff.locator('input[type=password]').fill('wegwijs-demo');
    await staff.getByRole('button', { name: 'Inloggen', exact: true }).last().click();
    await staff.waitForURL(/\/account$/);

    // A company pledge to mark paid later (staff may pledge for any organisation).
    const organizations = await staff.request.get(`${server.url}/api/admin/organizations?q=Noord`);
    const organizationId = (await organizations.json()).items[0].id as string;

    await staff.goto(`${server.url}/quiz`);
    await staff.getByRole('link', { name: 'Aanmeldingen beheren' }).click();
    await staff.getByRole('heading', { name: 'Aanmeldingen', level: 2 }).waitFor();
    const editionId = staff.url().match(/\/quiz\/manage\/([^/]+)\/registration/)?.[1];
    expect(editionId).toBeTruthy();
    const pledged = await staff.request.post(
      `${server.url}/api/quiz/editions/${editionId}/organizations/${organizationId}/pledges`,
      { data: { amountCents: 50_000, message: 'Voor de wensen', showName: true } },
    );
    expect(pledged.status()).toBe(201);
    expect(await seriousViolations(staff)).toEqual([]);

    // Sponsors.
    await staff.getByRole('tab', { name: 'Sponsors' }).click();
    await staff.getByLabel('Naam').fill('Bellerij Groep');
    await staff.getByLabel('Website').fill('https://bellerij.example');
    await staff.getByRole('button', { name: 'Sponsor toevoegen' }).click();
    await staff.getByRole('rowheader', { name: 'Bellerij Groep' }).waitFor();
    expect(await seriousViolations(staff)).toEqual([]);

    // The pledge is marked paid.
    await staff.getByRole('tab', { name: 'Donaties' }).click();
    await staff.getByRole('rowheader', { name: /Klantcontact Centrum Noord/ }).waitFor();
    await staff.getByRole('button', { name: /Status wijzigen/ }).click();
    await staff.getByRole('menuitem', { name: 'Markeren als betaald' }).click();
    await staff.getByRole('cell', { name: /Betaald/ }).waitFor();

    // Closing: coordinators can no longer change teams; reopening needs a reason.
    await staff.getByRole('button', { name: 'Aanmelding sluiten' }).click();
    await staff
      .getByRole('dialog', { name: 'Aanmelding sluiten?' })
      .getByRole('button', { name: 'Aanmelding sluiten' })
      .click();
    await staff.getByText('De aanmelding is gesloten', { exact: true }).waitFor();

    const visitor = await browser.newPage();
    visitor.setDefaultTimeout(15_000);
    await visitor.goto(`${server.url}/quiz/2027`);
    await visitor.getByRole('heading', { name: 'Klantcontactquiz 2027', level: 1 }).waitFor();
    await visitor.getByText('De aanmelding voor deze editie is gesloten.', { exact: false }).waitFor();
    expect(await visitor.getByRole('link', { name: 'Meld je organisatie aan' }).count()).toBe(0);
    await visitor.getByRole('link', { name: /Bellerij Groep/ }).waitFor();
    await visitor.getByText('Klantcontact Centrum Noord').waitFor();

    await staff.getByRole('button', { name: 'Heropenen' }).click();
    const reopen = staff.getByRole('dialog', { name: 'Aanmelding heropenen' });
    await reopen.getByRole('button', { name: 'Heropenen' }).click();
    await reopen.getByText('Schrijf in een paar woorden waarom.').waitFor();
    await reopen.getByLabel('Reden').fill('Twee bedrijven vroegen om een week uitstel.');
    await reopen.getByRole('button', { name: 'Heropenen' }).click();
    await staff.getByText('De aanmelding is open', { exact: true }).waitFor();
    await screenshot(staff, 'staff');

    await visitor.reload();
    await visitor.getByRole('link', { name: 'Meld je organisatie aan' }).waitFor();
    await Promise.all([staff.close(), visitor.close()]);
  });
});
