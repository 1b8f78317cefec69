import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, passwordLogin } from './support/api.ts';
import { seriousViolations } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { openLoginLinkFromMailbox } from './support/mailbox.ts';
import { type E2eServer, startE2eServer } from './support/server.ts';

// Live and official results (issue 7). The demo data brings last year's edition (2026) with a
// simulated event and published results: the public page shows its podiums, staff review it
// (flags, exclude a participant, compute again with a reason, freeze, publish again). A new
// edition whose window is open today shows the live leaderboard, which changes without a
// reload when the demo participant answers over the API.

const PAST_YEAR = 2026;
const CURRENT_YEAR = 2027;
const LIVE_YEAR = 2033;
const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 900 };
const PARTICIPANT = { name: 'Dewi de Vries', email: 'deelnemer@wegwijs.demo' };

/** Today as a calendar date in Europe/Amsterdam. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

/** Three true/false questions: "waar" (the first option, never shuffled) is right every time. */
const questionsCsv = [
  'type;theme;objective;pool;time_limit;stem;option_1;option_2;option_3;option_4;correct;explanation',
  'truefalse;Het klantgesprek;Luisteren;core;120;Samenvatten helpt om misverstanden te voorkomen.;;;;;waar;Je checkt of je het goed begreep.',
  'truefalse;Kanalen;Chat en mail;core;120;Een klant verwacht in een chat snel antwoord.;;;;;waar;Chat is een snel kanaal.',
  'truefalse;Kwaliteit;Klanttevredenheid;core;120;De NPS meet hoe graag klanten je aanbevelen.;;;;;waar;Net Promoter Score.',
].join('\n');

async function newPage(browser: Browser, viewport: { width: number; height: number }) {
  const context = await browser.newContext({
    viewport,
    ...(viewport.width < 500 ? { isMobile: true, hasTouch: true } : {}),
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { context, page };
}

async function staffLogin(page: Page, baseUrl: string) {
  const response = await page.request.post(`${baseUrl}/api/auth/password`, {
    data: { email: 'staf@wegwijs.demo', password: 'wegwijs-demo' },
  });
  expect(response.status()).toBe(200);
}

describe('results: live leaderboard, review and publication, public podiums', () => {
  let server: E2eServer;
  let browser: Browser;
  let staff: ReturnType<typeof apiClient>;
  let pastEditionId: string;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startE2eServer();
    browser = await launchBrowser();
    staff = apiClient(server.url, await passwordLogin(server.url, 'staf@wegwijs.demo'));
    const { items } = await staff<{ items: Array<{ id: string; year: number }> }>(
      'GET',
      '/api/quiz/editions',
    );
    pastEditionId = items.find((e) => e.year === PAST_YEAR)!.id;
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  it('shows the published podiums of the demo edition on a phone and on a desktop', async () => {
    for (const [name, viewport] of [
      ['phone', phone],
      ['desktop', desktop],
    ] as const) {
      const { context, page } = await newPage(browser, viewport);
      contexts.push(context);
      await page.goto(`${server.url}/quiz/${PAST_YEAR}/results`);
      await page
        .getByRole('heading', { name: `De uitslag van de Klantcontactquiz ${PAST_YEAR}`, level: 1 })
        .waitFor();
      for (const award of ['Slimste klantcontactorganisatie', 'Slimste medewerker', 'Slimste manager']) {
        await page.getByRole('heading', { name: award, exact: true, level: 2 }).waitFor();
        const podium = page.getByRole('list', { name: `Podium ${award}`, exact: true });
        // Places 1–3 in rank order as an ordered list; the first step is first place.
        expect(await podium.evaluate((el) => el.tagName)).toBe('OL');
        expect(await podium.locator(':scope > li').first().textContent()).toMatch(/1e plaats/);
      }
      expect(await page.getByTestId('results-donation-total').innerText()).toMatch(/€\s?\d/);
      expect(
        await page.getByRole('link', { name: 'Lees hoe de uitslag wordt berekend' }).getAttribute('href'),
      ).toBe('/quiz/rules');
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `/tmp/results-public-${name}.png`, fullPage: true });
    }
  });

  it('says the results will follow before they are published', async () => {
    const { context, page } = await newPage(browser, phone);
    contexts.push(context);
    await page.goto(`${server.url}/quiz/${CURRENT_YEAR}/results`);
    await page.getByRole('heading', { name: 'De uitslag volgt', level: 1 }).waitFor();
    expect(await page.getByRole('link', { name: 'Bekijk de voorlopige stand' }).getAttribute('href')).toBe(
      `/quiz/${CURRENT_YEAR}/leaderboard`,
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/results-pending-phone.png', fullPage: true });
  });

  it('lets staff review flags, exclude a participant, compute again with a reason, freeze and publish', async () => {
    const { context, page } = await newPage(browser, desktop);
    contexts.push(context);
    await staffLogin(page, server.url);
    await page.goto(`${server.url}/quiz/manage/${pastEditionId}`);
    await page.getByRole('link', { name: 'Uitslag', exact: true }).click();
    await page.getByRole('heading', { name: 'Uitslag controleren en publiceren', level: 2 }).waitFor();
    // The demo results were published when the demo data was loaded.
    await page
      .getByTestId('publication-state')
      .getByText(/Gepubliceerd op/)
      .waitFor();
    await page.getByTestId('snapshot-1').getByText('Gepubliceerd').waitFor();

    // Flags: signals to look at, each with a way to the person's report.
    const flagsTab = page.getByRole('tab', { name: /^Markeringen \(\d+\)$/ });
    await flagsTab.waitFor();
    const flagCount = Number((await flagsTab.innerText()).match(/\((\d+)\)/)![1]);
    expect(flagCount).toBeGreaterThan(0);
    const firstFlag = page.getByTestId('flag-row').first();
    expect(await firstFlag.getByRole('link', { name: /^Rapport: / }).getAttribute('href')).toMatch(
      new RegExp(`^/quiz/manage/${pastEditionId}/participants/[^/]+/report$`),
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/results-review-desktop.png', fullPage: true });

    // Exclude the first participant of the score ranking, with a reason.
    await page.getByRole('tab', { name: 'Medewerkers' }).click();
    const ranking = page.getByRole('table', { name: 'Ranglijst slimste medewerker' });
    const excludeButton = ranking.getByRole('button', { name: /^Deelnemer uitsluiten: / }).first();
    const excludedName = ((await excludeButton.getAttribute('aria-label')) ?? '').replace(
      'Deelnemer uitsluiten: ',
      '',
    );
    await excludeButton.click();
    const dialog = page.getByRole('dialog', { name: `${excludedName} uitsluiten` });
    await dialog.getByRole('button', { name: 'Uitsluiten' }).click();
    await dialog.getByText('Schrijf minstens 5 tekens.').waitFor();
    await dialog
      .getByLabel('Reden')
      .fill('Vraag voor vraag opvallend snel; gesprek met de coördinator bevestigt hulp.');
    await dialog.getByRole('button', { name: 'Uitsluiten' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('tab', { name: 'Uitsluitingen (1)' }).click();
    await page.getByRole('table', { name: 'Uitsluitingen' }).getByText(excludedName).waitFor();
    await page.getByRole('tab', { name: 'Medewerkers' }).click();
    expect(
      await page
        .getByRole('table', { name: 'Ranglijst slimste medewerker' })
        .getByRole('button', { name: `Deelnemer uitsluiten: ${excludedName}`, exact: true })
        .count(),
    ).toBe(0);

    // Computing again after publication needs a reason (the API's 400 reason_required).
    await page.getByRole('button', { name: 'Uitslag berekenen en bewaren' }).click();
    const reasonDialog = page.getByRole('dialog', { name: 'Opnieuw berekenen na publicatie' });
    await reasonDialog
      .getByLabel('Waarom reken je opnieuw?')
      .fill(`${excludedName} uitgesloten na controle.`);
    await reasonDialog.getByRole('button', { name: 'Uitslag berekenen en bewaren' }).click();
    const second = page.getByTestId('snapshot-2');
    await second.getByText('Na publicatie').waitFor({ timeout: 30_000 });
    await second.getByText(`${excludedName} uitgesloten na controle.`).waitFor();

    // Freeze, then publish, each after a confirmation.
    await second.getByRole('button', { name: 'Bevriezen 2' }).click();
    const freezeDialog = page.getByRole('dialog', { name: 'Uitslag 2 bevriezen?' });
    await freezeDialog.getByRole('button', { name: 'Bevriezen' }).click();
    await second.getByText('Bevroren').waitFor();
    await second.getByRole('button', { name: 'Publiceren 2' }).click();
    const publishDialog = page.getByRole('dialog', { name: 'Uitslag 2 publiceren?' });
    await publishDialog.getByRole('button', { name: 'Publiceren' }).click();
    await second.getByText('Gepubliceerd').waitFor();
    expect(await page.getByTestId('snapshot-1').getByText('Gepubliceerd').count()).toBe(0);

    // The public page now shows the new results: the excluded person is on no podium.
    await page.goto(`${server.url}/quiz/${PAST_YEAR}/results`);
    await page.getByRole('heading', { name: 'Slimste medewerker', exact: true, level: 2 }).waitFor();
    const employeePodium = page.getByRole('list', { name: 'Podium Slimste medewerker', exact: true });
    expect(await employeePodium.innerText()).not.toContain(excludedName);
  });

  it('updates the live leaderboard without a reload when the participant answers', async () => {
    // An edition whose play window is open all of today, with three approved questions.
    const { edition } = await staff<{ edition: { id: string } }>('POST', '/api/quiz/editions', {
      year: LIVE_YEAR,
      name: `Klantcontactquiz ${LIVE_YEAR}`,
      eventDate: today(),
      windowStart: '00:00',
      windowEnd: '23:59',
      defaultTimeLimitSeconds: 120,
    });
    await staff('PATCH', `/api/quiz/editions/${edition.id}`, { status: 'registration' });
    const expert = apiClient(server.url, await passwordLogin(server.url, 'expert@wegwijs.demo'));
    const reviewer = apiClient(server.url, await passwordLogin(server.url, 'reviewer@wegwijs.demo'));
    await expert('POST', `/api/quiz/editions/${edition.id}/import`, {
      format: 'csv',
      content: questionsCsv,
      dryRun: false,
    });
    const { items } = await expert<{ items: Array<{ id: string }> }>(
      'GET',
      `/api/quiz/editions/${edition.id}/questions?pageSize=50`,
    );
    for (const { id } of items) {
      await expert('POST', `/api/quiz/questions/${id}/submit`, {});
      await reviewer('POST', `/api/quiz/questions/${id}/approve`, {});
    }
    const { items: organizations } = await staff<{ items: Array<{ id: string }> }>(
      'GET',
      '/api/admin/organizations?q=Klantcontact%20Centrum%20Noord',
    );
    const { team } = await staff<{ team: { id: string } }>(
      'POST',
      `/api/quiz/editions/${edition.id}/organizations/${organizations[0]!.id}/teams`,
      { name: 'Team Live' },
    );
    await staff('POST', `/api/quiz/teams/${team.id}/members`, { ...PARTICIPANT, role: 'agent' });

    // The demo participant logs in with the invitation's link and confirms.
    const { context, page } = await newPage(browser, phone);
    contexts.push(context);
    await openLoginLinkFromMailbox(
      page,
      server.url,
      new RegExp(`Je bent aangemeld voor de Klantcontactquiz ${LIVE_YEAR}`),
    );
    const mine = await page.request.get(`${server.url}/api/me/quiz-registrations`);
    const registrations = (await mine.json()) as {
      items: Array<{ memberId: string; edition: { year: number } }>;
    };
    const member = registrations.items.find((r) => r.edition.year === LIVE_YEAR)!;
    expect(
      (
        await page.request.post(`${server.url}/api/me/quiz-registrations/${member.memberId}/confirm`, {
          data: {},
        })
      ).status(),
    ).toBe(200);

    // The open play page links to the leaderboard.
    await page.goto(`${server.url}/quiz/${LIVE_YEAR}/play`);
    await page.getByRole('heading', { name: 'De quiz is open', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Live ranglijst' }).click();
    await page.getByRole('heading', { name: 'Live ranglijst', level: 1 }).waitFor();
    await page.getByTestId('live-connection').getByText('Live').waitFor();
    await page.getByText('Nog niemand heeft een vraag beantwoord.').waitFor();
    await page.getByText('Nog geen plek: start de quiz om mee te doen.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/results-live-before-phone.png', fullPage: true });

    // Start and answer the first question over the API; the open page follows by itself.
    const started = await page.request.post(`${server.url}/api/play/${LIVE_YEAR}/core/start`);
    expect(started.status()).toBe(201);
    const { attemptId } = (await started.json()) as { attemptId: string };
    const current = (await (
      await page.request.get(`${server.url}/api/play/attempts/${attemptId}/current`)
    ).json()) as {
      position: number;
    };
    const answered = await page.request.post(`${server.url}/api/play/attempts/${attemptId}/answers`, {
      data: { position: current.position, key: 'e2e-results-answer-1', response: 0 },
    });
    expect(answered.status()).toBe(200);

    await page.getByTestId('my-place').getByText('1e van 1').waitFor({ timeout: 20_000 });
    await page.getByTestId('my-score').getByText('1 punt').waitFor();
    const top = page.getByTestId('top-players');
    await top.locator('li[data-me]').waitFor();
    expect(await top.locator('li').count()).toBe(1);
    // The live region speaks only the participant's own place.
    expect(
      await page.getByRole('status').filter({ hasText: 'Je staat nu op de eerste plaats, van 1!' }).count(),
    ).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/results-live-after-phone.png', fullPage: true });

    // On a desktop, last year's final standings with the participant's own row below the top 10.
    const wide = await newPage(browser, desktop);
    contexts.push(wide.context);
    await wide.context.addCookies(await context.cookies());
    await wide.page.goto(`${server.url}/quiz/${PAST_YEAR}/leaderboard`);
    await wide.page.getByRole('heading', { name: 'Live ranglijst', level: 1 }).waitFor();
    await wide.page.getByRole('heading', { name: 'Jouw plek', level: 2 }).waitFor();
    await wide.page.getByTestId('top-players').locator('li[data-me]').waitFor();
    expect(await seriousViolations(wide.page)).toEqual([]);
    await wide.page.screenshot({ path: '/tmp/results-live-desktop.png', fullPage: true });
  });
});
