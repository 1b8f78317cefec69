import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { type E2eServer, startE2eServer } from './support/server.ts';

const OBJECTIVE = 'Klachten behandelen';

describe('the question bank in Quizbeheer', () => {
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

  async function logIn(email: string): Promise<Page> {
    const page = await browser.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${server.url}/login`);
    await page.getByRole('tab', { name: 'Met een wachtwoord' }).click();
    await page.getByLabel('E-mailadres').fill(email);
    await page.locator('input[type=password]').fill('wegwijs-demo');
    await page.getByRole('button', { name: 'Inloggen', exact: true }).last().click();
    await page.waitForURL(/\/account$/);
    return page;
  }

  /** Opens the demo edition from the header entry and returns its id. */
  async function openDemoEdition(page: Page): Promise<string> {
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Quizbeheer' })
      .click();
    await page.getByRole('heading', { name: 'Quizbeheer', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Klantcontactquiz 2027' }).click();
    await page.getByRole('heading', { name: 'Klantcontactquiz 2027', level: 1 }).waitFor();
    return /\/quiz\/manage\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  }

  /** "3 van 3" in the coverage table: the approved count of an objective in the core quiz. */
  async function approvedCore(page: Page, editionId: string): Promise<number> {
    await page.goto(`${server.url}/quiz/manage/${editionId}/coverage`);
    const cell = page.getByRole('row', { name: new RegExp(`^${OBJECTIVE}`) }).locator('td[data-pool="core"]');
    const text = await cell.first().innerText();
    return Number(/^(\d+) van \d+/.exec(text.trim())![1]);
  }

  it('an expert writes a question, a reviewer comments and approves it, and coverage moves up', async () => {
    const expert = await logIn('expert@wegwijs.demo');
    const editionId = await openDemoEdition(expert);
    await expert.getByRole('heading', { name: 'Vragen', level: 2 }).waitFor();
    await expert.getByRole('table', { name: /Vragen van Klantcontactquiz 2027/ }).waitFor();
    expect(await seriousViolations(expert)).toEqual([]);

    const before = await approvedCore(expert, editionId);
    await expert.getByRole('heading', { name: 'Dekking', level: 2 }).waitFor();
    await expert.getByRole('img', { name: /Het klantgesprek: \d+ van \d+ leerdoelen/ }).waitFor();
    expect(await seriousViolations(expert)).toEqual([]);

    // Write a question.
    await expert.getByRole('link', { name: 'Vragen', exact: true }).click();
    await expert.getByRole('link', { name: 'Nieuwe vraag' }).click();
    await expert.getByRole('heading', { name: 'Nieuwe vraag', level: 2 }).waitFor();
    await expert
      .getByRole('textbox', { name: /^Vraagtekst/ })
      .fill('Een klant dient een klacht in over een **dubbele** afschrijving. Wat doe je eerst?');
    await expert.getByRole('button', { name: 'Voorbeeld' }).first().click();
    await expert
      .getByRole('region', { name: 'Voorbeeld van Vraagtekst' })
      .locator('strong', { hasText: 'dubbele' })
      .waitFor();
    await expert.getByRole('textbox', { name: /^Antwoord 1/ }).fill('Direct het geld terugstorten');
    await expert
      .getByRole('textbox', { name: /^Antwoord 2/ })
      .fill('De klacht bevestigen en samen de afschrijvingen nalopen');
    await expert.getByRole('textbox', { name: /^Antwoord 3/ }).fill('Doorverwijzen naar de bank');
    await expert.getByLabel('Goed antwoord: antwoord 2').check();
    await expert.getByLabel('Feedback bij antwoord 1 (optioneel)').fill('Eerst begrijpen wat er mis ging.');
    // Saving without explanation and objective names both problems at their fields.
    await expert.getByRole('button', { name: 'Opslaan als concept' }).click();
    await expert.getByText('Er zijn nog 2 dingen niet in orde. Kijk de gemarkeerde velden na.').waitFor();
    await expert.getByText('De uitleg ontbreekt.', { exact: false }).waitFor();
    await expert
      .getByRole('textbox', { name: /^Uitleg na het antwoorden/ })
      .fill('Wie de klacht serieus neemt en samen de feiten nagaat, voorkomt een tweede klacht.');
    await expert.getByRole('combobox', { name: /^Leerdoel/ }).click();
    await expert.getByRole('option', { name: OBJECTIVE }).click();
    expect(await seriousViolations(expert)).toEqual([]);
    await expert.getByRole('button', { name: 'Opslaan als concept' }).click();
    await expert.waitForURL(/\/quiz\/questions\/[0-9a-f-]{36}$/);
    await expert.getByRole('heading', { name: 'Vraag bewerken', level: 1 }).waitFor();
    const questionUrl = expert.url();

    // Submit; the author may not approve it.
    await expert.getByRole('button', { name: 'Indienen voor review' }).click();
    const approveByExpert = expert.getByRole('button', { name: 'Goedkeuren' });
    await approveByExpert.waitFor();
    expect(await approveByExpert.isDisabled()).toBe(true);
    await expert
      .getByText(/Jij hebt deze versie als laatste bewerkt\. Iemand anders moet hem goedkeuren/)
      .waitFor();
    expect(await approveByExpert.getAttribute('aria-describedby')).toBeTruthy();
    expect(await seriousViolations(expert)).toEqual([]);

    // The reviewer comments on an option and approves.
    const reviewer = await logIn('reviewer@wegwijs.demo');
    await reviewer.goto(questionUrl);
    await reviewer.getByRole('heading', { name: 'Vraag bewerken', level: 1 }).waitFor();
    await reviewer.getByRole('button', { name: 'Opmerking bij antwoord 3' }).click();
    await reviewer
      .getByLabel('Opmerking bij antwoord 3')
      .fill('Doorverwijzen is hier te makkelijk; maak dit antwoord iets verleidelijker.');
    await reviewer.getByRole('button', { name: 'Plaatsen', exact: true }).click();
    await reviewer.getByText('Doorverwijzen is hier te makkelijk', { exact: false }).waitFor();
    const approve = reviewer.getByRole('button', { name: 'Goedkeuren' });
    expect(await approve.isEnabled()).toBe(true);
    await approve.click();
    await reviewer.getByText('De vraag is goedgekeurd.').waitFor();

    // The author sees the comment next to the option it is about.
    await expert.reload();
    const comment = expert.locator('[data-comment-anchor="option:3"]');
    await comment.getByText('Doorverwijzen is hier te makkelijk', { exact: false }).waitFor();

    expect(await approvedCore(expert, editionId)).toBe(before + 1);
    await expert.close();
    await reviewer.close();
  });

  it('imports a GIFT file after a preview, refuses a bad file with every error by line, and exports CSV', async () => {
    const staff = await logIn('staf@wegwijs.demo');
    const editionId = await openDemoEdition(staff);
    await staff.getByRole('link', { name: 'Importeren' }).click();
    await staff.getByRole('heading', { name: 'Importeren en exporteren', level: 2 }).waitFor();

    const good = [
      '$CATEGORY: Het klantgesprek/Klachten behandelen',
      '',
      '// wegwijs: pool=core; difficulty=easy; tags=klachten',
      '::klacht-gift-1::[markdown]Een klant belt voor de derde keer over dezelfde storing. Wat doe je?{',
      '  =Erkennen dat het vervelend is en eigenaarschap nemen#Goed: zo voelt de klant zich serieus genomen.',
      '  ~Het ticketnummer voorlezen',
      '  ~Vragen of de klant het al heeft uitgeprobeerd',
      '  ####Wie eigenaarschap neemt, voorkomt een vierde telefoontje.',
      '}',
      '',
      'Een klacht is ook een kans om de klant te binden.{TRUE####Een goed afgehandelde klacht vergroot de loyaliteit.}',
    ].join('\n');
    await staff.locator('input[type=file]').setInputFiles({
      name: 'klachten.gift',
      mimeType: 'text/plain',
      buffer: Buffer.from(good),
    });
    await staff.getByRole('heading', { name: 'Voorbeeld van klachten.gift' }).waitFor();
    await staff.getByText('2 vragen gevonden, 2 in orde.').waitFor();
    await staff.getByText('Het bestand is in orde. Alle vragen kunnen worden geïmporteerd.').waitFor();
    await staff
      .getByRole('table', { name: 'Vragen die worden geïmporteerd' })
      .getByText(/derde keer/)
      .waitFor();
    expect(await seriousViolations(staff)).toEqual([]);
    await staff.getByRole('button', { name: 'Alle 2 vragen importeren' }).click();
    await staff.getByText('2 vragen zijn geïmporteerd als concept.').waitFor();
    await staff.getByRole('link', { name: 'Naar de vragen' }).click();
    await staff.getByRole('heading', { name: 'Vragen', level: 2 }).waitFor();
    await staff.getByRole('link', { name: /voor de derde keer over dezelfde storing/ }).waitFor();
    await staff.getByRole('link', { name: /kans om de klant te binden/ }).waitFor();

    // A bad file: every error by line, and nothing is stored.
    await staff.getByRole('link', { name: 'Importeren' }).click();
    const bad = [
      '$CATEGORY: Het klantgesprek/Klachten behandelen',
      '',
      'Wat is een onvolledige vraag?{',
      '  =Deze',
      '',
      'Beschrijf je beste klantgesprek.{}',
      '',
      'Een klacht zonder uitleg telt niet.{TRUE}',
      '',
      'Wanneer bel je een klant terug over een klacht?{=Binnen de afgesproken tijd ~Als het uitkomt ####Afspraak is afspraak.}',
    ].join('\n');
    await staff.locator('input[type=file]').setInputFiles({
      name: 'kapot.gift',
      mimeType: 'text/plain',
      buffer: Buffer.from(bad),
    });
    await staff.getByRole('heading', { name: 'Voorbeeld van kapot.gift' }).waitFor();
    await staff.getByText('3 fouten: er wordt niets geïmporteerd tot ze zijn opgelost').waitFor();
    const errors = staff.getByRole('table', { name: 'Fouten per regel' });
    const rows = errors.locator('tbody tr');
    expect(await rows.count()).toBe(3);
    expect(await rows.nth(0).innerText()).toMatch(
      /^3\s+Het antwoordblok begint met \{, maar er volgt geen \}/,
    );
    expect(await rows.nth(1).innerText()).toMatch(
      /^6\s+Dit soort vraag \(essay\) kan Wegwijs niet importeren\./,
    );
    expect(await rows.nth(2).innerText()).toMatch(/^8\s+De uitleg ontbreekt\./);
    expect(
      await staff.getByRole('button', { name: /Alle 1 vragen importeren|1 vraag importeren/ }).isDisabled(),
    ).toBe(true);
    await staff.getByText('Alles importeren kan pas als het bestand geen fouten meer heeft.').waitFor();
    await staff.getByRole('button', { name: 'Alleen de 1 goede vraag importeren' }).waitFor();
    expect(await seriousViolations(staff)).toEqual([]);
    await staff.getByRole('link', { name: 'Vragen', exact: true }).click();
    await staff.getByLabel('Zoek in vraag, antwoorden, uitleg en tags').fill('klant terug over een klacht');
    await staff.getByText('Geen vragen gevonden met deze filters.').waitFor();

    // Export: a CSV download with the documented header.
    await staff.getByRole('link', { name: 'Importeren' }).click();
    const [download] = await Promise.all([
      staff.waitForEvent('download'),
      staff.getByRole('link', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('wegwijs-vragen-2027.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toMatch(/^type;theme;objective;/);
    expect(csv).toContain('voor de derde keer over dezelfde storing');
    expect(editionId).toMatch(/^[0-9a-f-]{36}$/);
    await staff.close();
  });
});
