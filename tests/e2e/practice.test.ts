import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAnswerLink, signAnswerLink } from '../../src/server/modules/practice/links.ts';
import { sendDue } from '../../src/server/modules/practice/send-due.ts';
import { amsterdamDate, apiClient, passwordLogin } from './support/api.ts';
import { seriousViolations } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { openLoginLinkFromMailbox } from './support/mailbox.ts';
import { type E2eServer, startE2eServer } from './support/server.ts';

// Practice by e-mail (issue 5, "Done when"): a person tried as a new user would answers a
// practice question from the outbox in the browser. Staff set up a campaign for an edition
// whose practice period runs today, a new participant confirms, the entry check goes out,
// and the participant answers from the mail on a phone without logging in: right or wrong
// with the explanation, the next question on the page, the recorded answer on a second
// click, clear pages for altered and expired links, and pausing from the mail's link.

const YEAR = 2030;
const PARTICIPANT = { name: 'Oscar Oefenaar', email: 'oscar.oefenaar@kcnoord.demo' };
const TEAM = 'Team Oefenen';
const phone = { width: 390, height: 844 };

/** Four practice questions (docs/question-formats.md): two fit a one-click mail, two are answered on the site. */
const questionsCsv = [
  'type;theme;objective;pool;time_limit;stem;option_1;option_2;option_3;option_4;correct;explanation',
  'single;Het klantgesprek;Luisteren;practice;60;Welke vraag is een **open** vraag?;Wat kan ik voor je doen?;Klopt dat?;Heb je een klantnummer?;;1;Een open vraag nodigt de klant uit om te vertellen.',
  'truefalse;Het klantgesprek;Luisteren;practice;60;Samenvatten helpt om misverstanden te voorkomen.;;;;;waar;Door samen te vatten check je of je het goed hebt begrepen.',
  'multiple;Kanalen;Chat en mail;practice;60;Welke dingen horen in een goede mail aan een klant?;Een duidelijke onderwerpregel;Interne afkortingen;Een concrete volgende stap;Zo veel mogelijk vakjargon;1,3;Een klant moet in één keer zien waar het over gaat en wat er gebeurt.',
  'ordering;Kanalen;Chat en mail;practice;60;Zet de stappen van een klachtgesprek in de goede volgorde.;Luisteren;Samenvatten;Oplossing voorstellen;Afspraak bevestigen;order;Eerst begrijpen, dan oplossen, dan vastleggen.',
].join('\n');

async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: path.join(tmpdir(), `practice-${name}.png`), fullPage: true });
}

/** Nothing sticks out sideways on a phone. */
async function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

/** The answer link of an option in the text part of the open mail ("B. Option:" and the URL below it). */
async function optionLink(page: Page, option: string): Promise<string> {
  const text = await page.locator('pre').first().innerText();
  const escaped = option.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`^[A-J]\\. ${escaped}:\\n(\\S+)$`, 'm').exec(text);
  expect(match, `a link for "${option}" in the mail`).not.toBeNull();
  return match![1]!;
}

describe('practice by e-mail: a participant answers from the mail, on a phone, without logging in', () => {
  let server: E2eServer;
  let browser: Browser;
  let editionId: string;
  let organizationId: string;
  let demoEditionId: string;

  beforeAll(async () => {
    server = await startE2eServer();
    browser = await launchBrowser();
    const staff = apiClient(server.url, await passwordLogin(server.url, 'staf@wegwijs.demo'));
    const expert = apiClient(server.url, await passwordLogin(server.url, 'expert@wegwijs.demo'));
    const reviewer = apiClient(server.url, await passwordLogin(server.url, 'reviewer@wegwijs.demo'));

    // An edition for a free year whose practice period runs today.
    const settings = { windowStart: '09:00', windowEnd: '21:00', defaultTimeLimitSeconds: 60 };
    const { edition } = await staff<{ edition: { id: string } }>('POST', '/api/quiz/editions', {
      year: YEAR,
      name: `Klantcontactquiz ${YEAR}`,
      practiceStartsOn: amsterdamDate(),
      practiceEndsOn: amsterdamDate(20),
      eventDate: amsterdamDate(30),
      ...settings,
    });
    editionId = edition.id;
    await staff('PATCH', `/api/quiz/editions/${editionId}`, { status: 'registration', ...settings });

    // Practice questions: imported by one expert, approved by another.
    const report = await expert<{ created: number }>('POST', `/api/quiz/editions/${editionId}/import`, {
      format: 'csv',
      content: questionsCsv,
      dryRun: false,
    });
    expect(report.created).toBe(4);
    const { items } = await expert<{ items: Array<{ id: string }> }>(
      'GET',
      `/api/quiz/editions/${editionId}/questions?pageSize=50`,
    );
    for (const { id } of items) {
      await expert('POST', `/api/quiz/questions/${id}/submit`, {});
      await reviewer('POST', `/api/quiz/questions/${id}/approve`, {});
    }

    // The participant joins a team of the demo organisation (and gets an invitation).
    const { items: organizations } = await staff<{ items: Array<{ id: string }> }>(
      'GET',
      '/api/admin/organizations?q=Noord',
    );
    organizationId = organizations[0]!.id;
    const { team } = await staff<{ team: { id: string } }>(
      'POST',
      `/api/quiz/editions/${editionId}/organizations/${organizationId}/teams`,
      { name: TEAM },
    );
    await staff('POST', `/api/quiz/teams/${team.id}/members`, { ...PARTICIPANT, role: 'agent' });

    const { items: editions } = await staff<{ items: Array<{ id: string; year: number }> }>(
      'GET',
      '/api/quiz/editions',
    );
    demoEditionId = editions.find((e) => e.year === 2027)!.id;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('staff start the campaign, the participant answers from the mail, sees the result, and pauses', async () => {
    // The participant confirms from the invitation (as /quiz/my does) and stays logged in here.
    const participant = await browser.newContext({ viewport: phone, isMobile: true, hasTouch: true });
    const me = await participant.newPage();
    me.setDefaultTimeout(15_000);
    await openLoginLinkFromMailbox(me, server.url, /Je bent aangemeld voor de Klantcontactquiz/);
    const mine = await me.request.get(`${server.url}/api/me/quiz-registrations`);
    const { items: registrations } = (await mine.json()) as { items: Array<{ memberId: string }> };
    const confirmed = await me.request.post(
      `${server.url}/api/me/quiz-registrations/${registrations[0]!.memberId}/confirm`,
      { data: {} },
    );
    expect(confirmed.status()).toBe(200);
    const { user } = (await (await me.request.get(`${server.url}/api/me`)).json()) as {
      user: { id: string };
    };

    // Staff: the demo edition has a draft campaign from the demo data.
    const staffContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const staff = await staffContext.newPage();
    staff.setDefaultTimeout(15_000);
    await staff.goto(`${server.url}/login`);
    await staff.getByRole('tab', { name: 'Met een wachtwoord' }).click();
    await staff.getByLabel('E-mailadres').fill('staf@wegwijs.demo');
    await staff.locator('input[type=password]').fill('wegwijs-demo');
    await staff.getByRole('button', { name: 'Inloggen', exact: true }).last().click();
    await staff.waitForURL(/\/account$/);
    await staff.goto(`${server.url}/quiz/manage/${demoEditionId}/practice`);
    await staff.getByRole('heading', { name: 'Oefenmails', level: 2 }).waitFor();
    await staff.getByText('Concept', { exact: true }).waitFor();
    await staff.getByRole('heading', { name: 'Verzendschema', level: 3 }).waitFor();

    // Staff create this edition's campaign: every day at midnight, so today's send is due now.
    await staff.goto(`${server.url}/quiz/manage/${editionId}/practice`);
    await staff.getByRole('heading', { name: 'Nog geen oefencampagne', level: 3 }).waitFor();
    expect(await staff.getByRole('checkbox', { name: 'maandag' }).isChecked()).toBe(true);
    for (const day of ['dinsdag', 'donderdag', 'zaterdag', 'zondag']) {
      await staff.getByRole('checkbox', { name: day }).check();
    }
    await staff.getByLabel('Tijd').fill('00:00');
    await staff.getByRole('button', { name: 'Campagne aanmaken' }).click();
    await staff.getByRole('heading', { name: 'Status', level: 3 }).waitFor();
    expect(await seriousViolations(staff)).toEqual([]);
    await staff.getByRole('button', { name: 'Campagne starten' }).click();
    await staff.getByText('Actief', { exact: true }).waitFor();
    await staff.getByRole('heading', { name: 'Voortgang', level: 3 }).waitFor();

    // What `npm run wegwijs -- practice send-due` (and the every-minute schedule) does.
    const runs = await sendDue(server.server.ctx, { editionId });
    expect(runs[0]).toMatchObject({ sent: 1, planned: { entryChecks: 1 } });

    // Staff watch the send: the progress bar shows it handled, the figures count the mail.
    await staff.getByRole('progressbar', { name: '1 van 1 mails verwerkt' }).waitFor({ timeout: 20_000 });
    await staff.getByRole('table', { name: 'Verstuurde mails en beantwoorde vragen per dag' }).waitFor();
    expect(await seriousViolations(staff)).toEqual([]);
    await screenshot(staff, 'staff');

    // The mail, opened in the demo mailbox on a phone where nobody is logged in.
    const mailbox = await browser.newContext({ viewport: phone, isMobile: true, hasTouch: true });
    const page = await mailbox.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${server.url}/mailbox`);
    await page
      .getByRole('link', { name: `Instaptoets Klantcontactquiz ${YEAR}: 4 vragen om mee te beginnen` })
      .click();
    await page.locator('pre').first().waitFor();
    const mailUrl = page.url();
    const answerUrl = await optionLink(page, 'Wat kan ik voor je doen?');
    expect(new URL(answerUrl).pathname).toBe('/oefenen/antwoord');

    // One click on the right answer: recorded, with the explanation.
    await page.locator(`a[href="${answerUrl}"]`).click();
    await page.getByRole('heading', { name: 'Goed!', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Uitleg' }).waitFor();
    await page.getByText('Een open vraag nodigt de klant uit om te vertellen.').waitFor();
    await page.getByText('Wat kan ik voor je doen? (goed, jouw keuze)').waitFor();
    await page.getByText('Je hebt nog 3 open oefenvragen.').waitFor();
    expect(await fitsWidth(page)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'answer-phone');

    // The next open question opens on the page and is answered there.
    await page.getByRole('link', { name: 'Volgende vraag' }).click();
    await page.getByRole('heading', { name: 'Oefenvraag', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Antwoord versturen' }).waitFor();
    expect(await fitsWidth(page)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'question-phone');
    // Sending nothing says what is missing (an ordering always has an order, so it may pass).
    if ((await page.getByRole('radio').count()) + (await page.getByRole('checkbox').count()) > 0) {
      await page.getByRole('button', { name: 'Antwoord versturen' }).click();
      await page.getByRole('alert').filter({ hasText: 'Kies eerst een antwoord.' }).waitFor();
      await page
        .getByRole((await page.getByRole('radio').count()) ? 'radio' : 'checkbox')
        .first()
        .check();
    }
    await page.getByRole('button', { name: 'Antwoord versturen' }).click();
    const verdict = page.getByRole('heading', {
      level: 1,
      name: /^(Goed!|Half goed|Helaas, dat is niet goed)$/,
    });
    await verdict.waitFor();
    expect(await verdict.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.getByRole('heading', { name: 'Uitleg' }).waitFor();
    await page.getByText('Je hebt nog 2 open oefenvragen.').waitFor();
    await screenshot(page, 'answered-on-page-phone');

    // The same mail link again: nothing new is recorded; the first answer is shown.
    await page.goto(mailUrl);
    await page.locator(`a[href="${answerUrl}"]`).click();
    await page.getByRole('heading', { name: 'Je had deze vraag al beantwoord', level: 1 }).waitFor();
    await page.getByText('Je antwoord was goed.').waitFor();

    // Another option of the same question: still the first answer, and it says so.
    await page.goto(mailUrl);
    const otherUrl = await optionLink(page, 'Klopt dat?');
    await page.locator(`a[href="${otherUrl}"]`).click();
    await page.getByRole('heading', { name: 'Je had deze vraag al beantwoord', level: 1 }).waitFor();
    await page
      .getByText('Deze link stond voor een ander antwoord, maar alleen je eerste antwoord telt.')
      .waitFor();

    // An altered link and an expired one get a clear page and record nothing.
    const token = new URL(answerUrl).searchParams.get('token')!;
    const tampered = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    await page.goto(`${server.url}/oefenen/antwoord?token=${encodeURIComponent(tampered)}`);
    await page.getByRole('heading', { name: 'Deze link werkt niet', level: 1 }).waitFor();
    await page.getByText(/Er is niets opgeslagen/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    const { itemId } = parseAnswerLink(token)!;
    const expired = signAnswerLink(server.server.ctx.config.sessionSecret, user.id, {
      itemId,
      option: 1,
      expiresAt: Date.now() - 60_000,
    });
    await page.goto(`${server.url}/oefenen/antwoord?token=${encodeURIComponent(expired)}`);
    await page.getByRole('heading', { name: 'Deze link is verlopen', level: 1 }).waitFor();

    // Pause from the mail's link: opening it changes nothing, the button does.
    await page.goto(mailUrl);
    const pauseLink = page.locator('pre a[href*="/oefenen/afmelden?token="]').first();
    await pauseLink.click();
    await page.getByRole('heading', { name: 'Oefenmails pauzeren of stoppen', level: 1 }).waitFor();
    await page.getByText('Je krijgt nu oefenmails.').waitFor();
    expect(await fitsWidth(page)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('radio', { name: 'Een tijdje pauzeren' }).check();
    await page.getByRole('button', { name: 'Keuze opslaan' }).click();
    await page.getByText('Gelukt: je oefenmails staan op pauze tot je ze weer aanzet.').waitFor();
    await page.getByRole('button', { name: 'Toch weer oefenmails ontvangen' }).waitFor();
    await screenshot(page, 'paused-phone');

    // Logged in: the practice page shows the figures, the pause, and answers the rest here.
    await me.goto(`${server.url}/oefenen`);
    await me.getByRole('heading', { name: 'Oefenen', level: 1 }).waitFor();
    await me.getByText('Je oefenmails staan op pauze tot je ze weer aanzet.').waitFor();
    await me.getByRole('heading', { name: 'Jouw cijfers', level: 2 }).waitFor();
    await me.getByText('2 van de 4 vragen beantwoord').waitFor();
    await me.getByRole('table', { name: 'Je voortgang per thema' }).waitFor();
    await me.getByRole('heading', { name: 'Vraag 1 van 2 open', level: 3 }).waitFor();
    expect(await fitsWidth(me)).toBe(true);
    expect(await seriousViolations(me)).toEqual([]);
    await screenshot(me, 'overview-phone');
    if ((await me.getByRole('radio').count()) > 0) await me.getByRole('radio').first().check();
    else if ((await me.getByRole('checkbox').count()) > 0) await me.getByRole('checkbox').first().check();
    await me.getByRole('button', { name: 'Antwoord versturen' }).click();
    await me
      .getByRole('heading', { level: 3, name: /^(Goed!|Half goed|Helaas, dat is niet goed)$/ })
      .waitFor();
    await me.getByText('3 van de 4 vragen beantwoord').waitFor();
    await me.getByRole('button', { name: 'Weer oefenmails ontvangen' }).click();
    await me.getByText('Je krijgt oefenmails.', { exact: true }).waitFor();
    expect(await seriousViolations(me)).toEqual([]);

    // The coordinator's dashboard counts the team's practice, never the answers.
    await staff.goto(`${server.url}/quiz/registration?organization=${organizationId}&edition=${editionId}`);
    await staff.getByRole('heading', { name: 'Oefenen per team', level: 2 }).waitFor();
    const row = staff
      .getByRole('table', { name: 'Oefenen per team' })
      .getByRole('row', { name: new RegExp(TEAM) });
    expect((await row.getByRole('cell').allInnerTexts()).map((c) => c.trim())).toEqual([
      '1',
      '1',
      '3',
      '3',
      '1',
      '0',
    ]);
    expect(await seriousViolations(staff)).toEqual([]);
    await screenshot(staff, 'coordinator');

    for (const context of [participant, staffContext, mailbox] as BrowserContext[]) await context.close();
  });
});
