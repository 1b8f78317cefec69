import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulateEvent } from '../../src/server/cli/simulate-event.ts';
import { attemptQuestions, attempts } from '../../src/server/db/schema/index.ts';
import { DEMO_EDITION_YEAR } from '../../src/server/modules/demo/edition.ts';
import { findEditionByYear } from '../../src/server/modules/editions/repository.ts';
import { amsterdamDate, apiClient, passwordLogin } from './support/api.ts';
import { seriousViolations } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { openLoginLinkFromMailbox } from './support/mailbox.ts';
import { type E2eServer, startE2eServer } from './support/server.ts';

// The reports of issue 7 in the browser, on the demo edition with a small simulated event
// held yesterday (so the play window is closed): a participant reads their report on a
// phone and downloads the certificate, a coordinator reads their organisation's report and
// exports CSV, a coordinator of another company gets "geen toegang", and a content expert
// looks at the question analysis with its flags.

const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 900 };
const COORDINATOR = { name: 'Coco Coördinator', email: 'coco.coordinator@sim.wegwijs.demo' };

async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: path.join(tmpdir(), `reports-${name}.png`), fullPage: true });
}

async function expectNoSeriousViolations(page: Page) {
  const violations = await seriousViolations(page);
  expect(
    violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
  ).toEqual([]);
}

/** Nothing sticks out sideways on a phone: the elements that do, named by tag and class (empty = fits). */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    if (document.documentElement.scrollWidth <= window.innerWidth) return [];
    return [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
      .filter((el) => !el.closest('.table-region'))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
  });
}

/** Logs in by e-mail link: asks for one over the API, then follows it from the demo mailbox. */
async function loginByMail(page: Page, baseUrl: string, email: string) {
  const response = await fetch(`${baseUrl}/api/auth/magic-link`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email }),
  });
  expect(response.status).toBe(202);
  await openLoginLinkFromMailbox(page, baseUrl, 'Je inloglink voor Wegwijs');
  await page.waitForURL(/\/account/);
}

describe('results reports in the browser', () => {
  let server: E2eServer;
  let browser: Browser;
  let editionId: string;
  let organization: { id: string; name: string };
  let participant: { id: string; email: string; name: string };

  beforeAll(async () => {
    server = await startE2eServer();
    browser = await launchBrowser();
    const ctx = server.server.ctx;
    await simulateEvent(ctx, {
      year: DEMO_EDITION_YEAR,
      participants: 45,
      seed: 71,
      eventDate: amsterdamDate(-1),
    });
    editionId = (await findEditionByYear(ctx.db, DEMO_EDITION_YEAR))!.id;

    // A question whose answer key was wrong: nobody got it right. Done before any report
    // is computed (reports share one computation for 30 seconds).
    const busiest = (await ctx.db.execute(sql`
      SELECT q.question_id FROM ${attemptQuestions} q JOIN ${attempts} a ON a.id = q.attempt_id
      WHERE a.edition_id = ${editionId} AND a.module = 'core' AND q.credit IS NOT NULL
      GROUP BY q.question_id ORDER BY count(*) DESC, q.question_id LIMIT 1`)) as unknown as {
      rows: Array<{ question_id: string }>;
    };
    await ctx.db.execute(
      sql`UPDATE ${attemptQuestions} SET credit = 0 WHERE question_id = ${busiest.rows[0]!.question_id} AND credit IS NOT NULL`,
    );

    const admin = apiClient(server.url, await passwordLogin(server.url, 'admin@wegwijs.demo'));
    const staff = apiClient(server.url, await passwordLogin(server.url, 'staf@wegwijs.demo'));
    const orgs = await admin<{ items: Array<{ id: string; name: string }> }>(
      'GET',
      '/api/admin/organizations?q=simulatie&pageSize=50',
    );
    organization = orgs.items.find((o) => o.name.startsWith('Klantenservice Zuid'))!;
    expect(organization).toBeDefined();
    await admin('POST', `/api/admin/organizations/${organization.id}/coordinators`, {
      ...COORDINATOR,
      locale: 'nl',
    });

    // Someone Dutch-speaking with a learning curve and a completed core quiz.
    const review = await staff<{
      results: {
        employeeByScore: Array<{ participantId: string }>;
        learningCurve: { ranking: Array<{ participantId: string }> };
      };
    }>('GET', `/api/results/editions/${editionId}/review?top=500`);
    const completed = new Set(review.results.employeeByScore.map((r) => r.participantId));
    for (const row of review.results.learningCurve.ranking) {
      if (!completed.has(row.participantId)) continue;
      const { person } = await admin<{ person: { id: string; email: string; name: string; locale: string } }>(
        'GET',
        `/api/admin/people/${row.participantId}`,
      );
      if (person.locale === 'nl') {
        participant = person;
        break;
      }
    }
    expect(participant).toBeDefined();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function newPage(viewport: {
    width: number;
    height: number;
  }): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport, locale: 'nl-NL' });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    return { context, page };
  }

  it('a participant reads their report on a phone and downloads the certificate', async () => {
    const { context, page } = await newPage(phone);
    await loginByMail(page, server.url, participant.email);

    await page.goto(`${server.url}/quiz/my`);
    await page.getByRole('link', { name: 'Bekijk je resultaten' }).click();
    await page.waitForURL(/\/quiz\/2027\/report$/);
    await page.getByRole('heading', { level: 1, name: 'Mijn resultaten' }).waitFor();

    await expect(page.getByText('Voorlopig').first().isVisible()).resolves.toBe(true);
    await page.getByRole('heading', { name: 'Je score' }).waitFor();
    await page.getByRole('heading', { name: 'Je plaatsen' }).waitFor();
    await expect(page.getByText('Slimste medewerker — score').isVisible()).resolves.toBe(true);
    // Theme chart (an image with a summary) and its table.
    await page.getByRole('img', { name: /Staafdiagram per thema/ }).waitFor();
    await page.getByText('Toon alle cijfers in een tabel').click();
    await page.getByRole('table', { name: /per thema en leerdoel/ }).waitFor();
    // The learning curve with both phases and their margins.
    await page.getByRole('heading', { name: 'Je leercurve' }).waitFor();
    await page.getByRole('img', { name: /^Beginpunt .* quizdag / }).waitFor();
    await expect(page.locator('svg circle').count()).resolves.toBe(2);
    // Questions to learn from: right answers and explanations.
    await page.getByRole('heading', { name: 'Vragen om van te leren' }).waitFor();
    await expect(
      page
        .getByText(/— Goed antwoord/)
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    await expect(page.getByText('Uitleg').first().isVisible()).resolves.toBe(true);
    // Long lists start short; the rest opens on request.
    const wrongCards = page.locator('#wrong-list > li');
    const showAll = page.getByRole('button', { name: /^Toon alle \d+ vragen$/ });
    if ((await showAll.count()) > 0) {
      expect(await wrongCards.count()).toBe(5);
      const total = Number((await showAll.innerText()).match(/\d+/)![0]);
      await showAll.click();
      await expect.poll(() => wrongCards.count()).toBe(total);
      expect(
        await page.getByRole('button', { name: 'Toon alleen de eerste 5' }).getAttribute('aria-expanded'),
      ).toBe('true');
    }

    await screenshot(page, 'participant-phone');
    await page.screenshot({ path: path.join(tmpdir(), 'reports-participant-phone-top.png') });
    await page
      .locator('section[aria-labelledby="themes-title"]')
      .screenshot({ path: path.join(tmpdir(), 'reports-participant-phone-themes.png') });
    await page
      .locator('section[aria-labelledby="curve-title"]')
      .screenshot({ path: path.join(tmpdir(), 'reports-participant-phone-curve.png') });
    expect(await overflowing(page)).toEqual([]);
    await expectNoSeriousViolations(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download je certificaat (PDF)' }).click(),
    ]);
    const file = await download.path();
    expect(readFileSync(file).subarray(0, 4).toString('latin1')).toBe('%PDF');

    await page.setViewportSize(desktop);
    await screenshot(page, 'participant-desktop');
    await context.close();
  });

  it('a coordinator reads their organisation report and exports CSV', async () => {
    const { context, page } = await newPage(desktop);
    await loginByMail(page, server.url, COORDINATOR.email);

    await page.goto(`${server.url}/quiz/registration`);
    await page.getByRole('link', { name: 'Bekijk de resultaten' }).click();
    await page.getByRole('heading', { level: 1, name: `Resultaten van ${organization.name}` }).waitFor();
    await page.getByRole('heading', { name: 'Deelname' }).waitFor();
    await page.getByRole('heading', { name: 'De hele organisatie' }).waitFor();
    await page.getByRole('heading', { name: 'Per team' }).waitFor();
    await page
      .getByRole('img', { name: /Staafdiagram per thema: Organisatie naast de sector/ })
      .first()
      .waitFor();
    await expect(
      page.getByText(/Groepen met minder dan 3 spelers tonen geen percentages/).isVisible(),
    ).resolves.toBe(true);
    await expectNoSeriousViolations(page);
    await screenshot(page, 'coordinator-desktop');
    await page
      .locator('section[aria-labelledby="overall-title"]')
      .screenshot({ path: path.join(tmpdir(), 'reports-coordinator-overall.png') });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Leerdoelen (CSV)' }).click(),
    ]);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toBe(
      'groep;spelers;thema;leerdoel;goed (%);sector (%);verschil (%-punt)',
    );
    expect(csv).toContain(organization.name);

    const [participation] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Deelname (CSV)' }).click(),
    ]);
    expect(readFileSync(await participation.path(), 'utf8')).toContain('kernquiz afgerond');

    await page.setViewportSize(phone);
    await screenshot(page, 'coordinator-phone');
    expect(await overflowing(page)).toEqual([]);
    await context.close();
  });

  it("a coordinator of another company gets no access to this organisation's report", async () => {
    const { context, page } = await newPage(desktop);
    await loginByMail(page, server.url, 'coordinator@wegwijs.demo');
    await page.goto(
      `${server.url}/quiz/registration/results?organization=${organization.id}&edition=${editionId}`,
    );
    await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
    await expect(page.getByText(/alleen de resultaten van hun eigen organisatie/).isVisible()).resolves.toBe(
      true,
    );
    await expect(page.getByText('Deelname', { exact: true }).count()).resolves.toBe(0);
    await expectNoSeriousViolations(page);
    await screenshot(page, 'coordinator-no-access');
    await context.close();
  });

  it('a content expert sees the question analysis with flags', async () => {
    const { context, page } = await newPage(desktop);
    await page.goto(`${server.url}/login`);
    const cookie = await passwordLogin(server.url, 'expert@wegwijs.demo');
    const [name, value] = cookie.split(';')[0]!.split('=');
    await context.addCookies([{ name: name!, value: value!, url: server.url }]);

    const stats = await apiClient(server.url, cookie)<{ questions: Array<{ flags: string[] }> }>(
      'GET',
      `/api/results/editions/${editionId}/questions`,
    );
    expect(stats.questions.filter((q) => q.flags.includes('nobody_right')).length).toBeGreaterThan(0);
    await page.goto(`${server.url}/quiz/manage/${editionId}`);
    await page.getByRole('link', { name: 'Vraaganalyse' }).click();
    await page.getByRole('heading', { level: 2, name: 'Vraaganalyse' }).waitFor();
    await page.getByRole('img', { name: /Spreidingsdiagram van \d+ vragen/ }).waitFor();
    const flagged = page.getByRole('listitem').filter({ hasText: 'Niemand had deze vraag goed' });
    await flagged.first().waitFor();
    await expect(flagged.first().getByText('Niemand goed').isVisible()).resolves.toBe(true);

    await page.getByRole('combobox', { name: 'Signaal' }).click();
    await page.getByRole('option', { name: 'Niemand goed' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^1 vraag$/ })
      .waitFor();
    const card = page.getByRole('listitem').filter({ hasText: 'Niemand had deze vraag goed' });
    await expect(card.count()).resolves.toBe(1);
    await expect(card.getByText('Gekozen antwoorden').isVisible()).resolves.toBe(true);
    await expectNoSeriousViolations(page);
    await screenshot(page, 'expert-desktop');

    await card.getByRole('link').first().click();
    await page.waitForURL(/\/quiz\/questions\//);
    await page.setViewportSize(phone);
    await page.goBack();
    await page.getByRole('heading', { level: 2, name: 'Vraaganalyse' }).waitFor();
    await screenshot(page, 'expert-phone');
    await context.close();
  });
});
