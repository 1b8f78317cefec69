import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tinyPng } from '../../src/server/modules/media/test-support.ts';
import { seriousViolations } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { type E2eServer, startE2eServer } from './support/server.ts';

const ALT = 'Staafdiagram van het aantal klachten per kanaal: telefoon het hoogst, daarna e-mail en chat';
const SPONSOR = 'Beeldbellen BV';

async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: path.join(tmpdir(), `media-${name}.png`), fullPage: true });
}

/** The image really loaded (right URL, allowed by the page's CSP, a decodable PNG). */
async function loaded(image: Locator): Promise<boolean> {
  await image.waitFor({ state: 'attached' });
  // Lazy images load when they come near the viewport.
  return image.evaluate(async (img: HTMLImageElement) => {
    img.scrollIntoView({ block: 'center' });
    if (!img.complete || img.naturalWidth === 0) {
      await new Promise((resolve) => {
        img.addEventListener('load', resolve, { once: true });
        img.addEventListener('error', resolve, { once: true });
      });
    }
    return img.naturalWidth > 0;
  });
}

describe('images for questions and sponsor logos', () => {
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

  async function logIn(email: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
    const page = await browser.newPage({ viewport });
    page.setDefaultTimeout(15_000);
    await page.goto(`${server.url}/login`);
    await page.getByRole('tab', { name: 'Met een wachtwoord' }).click();
    await page.getByLabel('E-mailadres').fill(email);
    await page.locator('input[type=password]').fill('wegwijs-demo');
    await page.getByRole('button', { name: 'Inloggen', exact: true }).last().click();
    await page.waitForURL(/\/account$/);
    return page;
  }

  it('an expert adds an image with alt text to a question, and the question page shows it', async () => {
    const expert = await logIn('expert@wegwijs.demo');
    await expert
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Quizbeheer' })
      .click();
    await expert.getByRole('link', { name: 'Klantcontactquiz 2027' }).click();
    await expert.getByRole('heading', { name: 'Klantcontactquiz 2027', level: 1 }).waitFor();
    await expert.getByRole('link', { name: 'Nieuwe vraag' }).click();
    await expert.getByRole('heading', { name: 'Nieuwe vraag', level: 2 }).waitFor();

    await expert
      .getByRole('textbox', { name: /^Vraagtekst/ })
      .fill('Bekijk de grafiek. Via welk kanaal kwamen de meeste klachten binnen?');
    await expert.getByRole('textbox', { name: /^Antwoord 1/ }).fill('Telefoon');
    await expert.getByRole('textbox', { name: /^Antwoord 2/ }).fill('E-mail');
    await expert.getByRole('textbox', { name: /^Antwoord 3/ }).fill('Chat');
    await expert.getByLabel('Goed antwoord: antwoord 1').check();
    await expert
      .getByRole('textbox', { name: /^Uitleg na het antwoorden/ })
      .fill('De hoogste balk hoort bij telefoon: daar komen de meeste klachten binnen.');
    await expert.getByRole('combobox', { name: /^Leerdoel/ }).click();
    await expert.getByRole('option', { name: 'Klachten behandelen' }).click();

    const fileInput = expert.locator('input[type=file]');
    // An SVG is refused before it is sent; a text file named .png is refused by the server.
    await fileInput.setInputFiles({
      name: 'grafiek.svg',
      mimeType: 'image/svg+xml',
      buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
    });
    await expert.getByText('Dit is geen afbeelding die we accepteren', { exact: false }).waitFor();
    await fileInput.setInputFiles({
      name: 'grafiek.png',
      mimeType: 'image/png',
      buffer: Buffer.from('kanaal;klachten\ntelefoon;60\n'),
    });
    await expert.getByText('Dit is geen afbeelding die we accepteren', { exact: false }).waitFor();

    await fileInput.setInputFiles({ name: 'grafiek.png', mimeType: 'image/png', buffer: tinyPng(240, 140) });
    const preview = expert.locator('img[src^="/media/"]');
    expect(await loaded(preview)).toBe(true);
    // Saving without alt text names the missing description at its field.
    await expert.getByRole('button', { name: 'Opslaan als concept' }).click();
    await expert.getByText('Beschrijf de afbeelding voor wie hem niet kan zien.').waitFor();
    await expert.getByRole('textbox', { name: /^Beschrijving van de afbeelding/ }).fill(ALT);
    expect(await seriousViolations(expert)).toEqual([]);
    await expert.getByRole('button', { name: 'Opslaan als concept' }).click();
    await expert.waitForURL(/\/quiz\/questions\/[0-9a-f-]{36}$/);
    await expert.getByRole('heading', { name: 'Vraag bewerken', level: 1 }).waitFor();

    // After a reload the question page shows the stored image with its alt text.
    await expert.reload();
    const shown = expert.getByRole('img', { name: ALT });
    expect(await loaded(shown)).toBe(true);
    const src = await shown.getAttribute('src');
    expect(src).toMatch(/^\/media\/[0-9a-f-]{36}$/);
    expect(await seriousViolations(expert)).toEqual([]);
    await screenshot(expert, 'question');

    // The image is public and cached for good.
    const served = await expert.request.get(`${server.url}${src}`);
    expect(served.headers()['content-type']).toBe('image/png');
    expect(served.headers()['cache-control']).toContain('immutable');
    await expert.close();
  });

  it('staff add a sponsor with a logo, and the public edition page shows it', async () => {
    const staff = await logIn('staf@wegwijs.demo');
    await staff.goto(`${server.url}/quiz`);
    await staff.getByRole('link', { name: 'Aanmeldingen beheren' }).click();
    await staff.getByRole('heading', { name: 'Aanmeldingen', level: 2 }).waitFor();
    await staff.getByRole('tab', { name: 'Sponsors' }).click();
    await staff.getByLabel('Naam').fill(SPONSOR);
    await staff.getByLabel('Website').fill('https://beeldbellen.example');
    await staff
      .locator('input[type=file]')
      .setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: tinyPng(200, 60) });
    expect(await loaded(staff.getByRole('img', { name: SPONSOR }))).toBe(true);
    expect(await seriousViolations(staff)).toEqual([]);
    await staff.getByRole('button', { name: 'Sponsor toevoegen' }).click();
    await staff.getByRole('rowheader', { name: SPONSOR }).waitFor();
    await screenshot(staff, 'staff-sponsors');

    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 390, height: 844 },
    ]) {
      const visitor = await browser.newPage({ viewport });
      visitor.setDefaultTimeout(15_000);
      await visitor.goto(`${server.url}/quiz/2027`);
      await visitor.getByRole('heading', { name: 'Klantcontactquiz 2027', level: 1 }).waitFor();
      const logo = visitor.getByRole('listitem').getByRole('img', { name: SPONSOR });
      expect(await loaded(logo)).toBe(true);
      const box = await logo.boundingBox();
      expect(box!.height).toBeLessThanOrEqual(64);
      expect(await visitor.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(
        true,
      );
      expect(await seriousViolations(visitor)).toEqual([]);
      await logo.scrollIntoViewIfNeeded();
      await visitor.screenshot({ path: path.join(tmpdir(), `media-public-${viewport.width}.png`) });
      await visitor.close();
    }
    await staff.close();
  });
});
