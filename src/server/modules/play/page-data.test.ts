import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EARLY_QUESTION_ID, PLAY_STATE_DATA_ID, SESSION_DATA_ID } from '../../../domain/page-data.ts';
import { organizations, teamMembers, teams } from '../../db/schema/index.ts';
import { createTestApp, loginAs, manualClock, type TestApp } from '../../test/helpers.ts';
import { insertEdition, insertObjective, insertTheme } from '../editions/repository.ts';
import { insertQuestion, updateQuestion } from '../questions/repository.ts';

// The play page's index.html (src/server/app.ts): preload hints for the page's chunks, and
// for a participant with a session the session and play state the page would ask for first.

const YEAR = 2027;
// 11 March 2027: the window 09:00–21:00 Amsterdam is 08:00–20:00 UTC.
const OPEN = '2027-03-11T09:00:00Z';
/** Text that would end a script element, or start a comment, if it were not escaped. */
const HOSTILE = '</script><script>window.pwned = 1</script><!-- <b>';

const INDEX_HTML = `<!doctype html>
<html lang="nl">
  <head>
    <title>Wegwijs</title>
    <script type="module" crossorigin src="/assets/index-1.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/web-1.js">
    <link rel="stylesheet" crossorigin href="/assets/web-1.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`;
const MANIFEST = {
  'index.html': { file: 'assets/index-1.js', src: 'index.html', isEntry: true, imports: ['_web-1.js'] },
  '_web-1.js': { file: 'assets/web-1.js', css: ['assets/web-1.css'], dynamicImports: ['x'] },
  'features/quiz-play/play-page.tsx': {
    file: 'assets/play-page-1.js',
    isDynamicEntry: true,
    imports: ['_web-1.js', '_rich-text-1.js'],
  },
  '_rich-text-1.js': { file: 'assets/rich-text-1.js', imports: ['_web-1.js'], css: ['assets/page-1.css'] },
};

/** The JSON of the page data element `id`, or undefined when the page has none. */
function embedded(html: string, id: string): unknown {
  const match = new RegExp(`<script type="application/json" id="${id}">([^]*?)</script>`).exec(html);
  return match ? JSON.parse(match[1]!) : undefined;
}

describe('the play page HTML', () => {
  const clock = manualClock(OPEN);
  const webRoot = mkdtempSync(path.join(tmpdir(), 'wegwijs-web-'));
  const manifestFile = path.join(webRoot, '.vite/manifest.json');
  let t: TestApp;
  let editionId: string;
  let teamId: string;

  async function participant() {
    const who = await loginAs(t);
    await t.ctx.db.insert(teamMembers).values({
      editionId,
      teamId,
      userId: who.person.id,
      role: 'agent',
      status: 'confirmed',
      confirmedAt: new Date(),
    });
    return who;
  }

  const page = (
    cookie?: string,
    extra: Record<string, string> = {},
    method: 'GET' | 'HEAD' = 'GET',
    query = '',
  ) =>
    t.app.inject({
      method,
      url: `/quiz/${YEAR}/play${query}`,
      headers: { accept: 'text/html,application/xhtml+xml', ...(cookie ? { cookie } : {}), ...extra },
    });
  const api = (cookie: string, url: string, method: 'GET' | 'POST' = 'GET') =>
    t.app.inject({ method, url, headers: { cookie }, ...(method === 'POST' ? { payload: {} } : {}) });

  beforeAll(async () => {
    writeFileSync(path.join(webRoot, 'index.html'), INDEX_HTML);
    mkdirSync(path.dirname(manifestFile));
    writeFileSync(manifestFile, JSON.stringify(MANIFEST));
    t = await createTestApp({ clock, webRoot });
    editionId = (
      await insertEdition(t.ctx.db, {
        year: YEAR,
        name: 'Q 2027',
        status: 'event',
        eventDate: '2027-03-11',
        defaultTimeLimitSeconds: 30,
      })
    ).id;
    const theme = await insertTheme(t.ctx.db, { editionId, titleNl: 'T', titleEn: 'T', position: 1 });
    const objective = await insertObjective(t.ctx.db, {
      editionId,
      themeId: theme.id,
      titleNl: 'D',
      titleEn: 'G',
      position: 1,
    });
    for (let i = 0; i < 3; i++) {
      const { question, version } = await insertQuestion(t.ctx.db, {
        editionId,
        objectiveId: objective.id,
        authorId: null,
        action: 'created',
        content: {
          type: 'single',
          stem: `Vraag ${i} ${HOSTILE}`,
          stemFormat: 'plain',
          options: [
            { text: `Goed ${HOSTILE}`, correct: true },
            { text: 'Fout', correct: false },
          ],
          explanation: 'Omdat.',
          pool: 'core',
          difficulty: 'medium',
          tags: [],
        },
      });
      await updateQuestion(t.ctx.db, question.id, { status: 'approved', approvedVersionId: version.id });
    }
    const [org] = await t.ctx.db.insert(organizations).values({ name: 'Pagina BV' }).returning();
    const [team] = await t.ctx.db
      .insert(teams)
      .values({ editionId, organizationId: org!.id, name: 'Team P' })
      .returning();
    teamId = team!.id;
  });
  afterAll(async () => {
    await t.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('carries the session and the play state with the current question, served then', async () => {
    clock.set(OPEN);
    const { cookie } = await participant();
    const { attemptId } = (await api(cookie, `/api/play/${YEAR}/core/start`, 'POST')).json();

    const res = await page(cookie);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['cache-control']).toBe('private, no-store');
    const session = embedded(res.body, SESSION_DATA_ID);
    expect(session).toEqual((await api(cookie, '/api/session')).json());
    const state = embedded(res.body, PLAY_STATE_DATA_ID) as {
      phase: string;
      modules: unknown;
      current: { done: boolean; attemptId: string; position: number; remainingMs: number };
    };
    expect(state).toEqual({ ...(await api(cookie, `/api/play/${YEAR}`)).json(), current: expect.anything() });
    expect(state.current).toMatchObject({ done: false, attemptId, position: 0, remainingMs: 30_000 });
    // Exactly what the attempt's current-question endpoint says, right answer never included.
    clock.advance(4_000);
    const now = (await api(cookie, `/api/play/attempts/${attemptId}/current`)).json();
    expect(state.current).toEqual({ ...now, remainingMs: 30_000 });
    // The page served it: its clock has been running since.
    expect(now.remainingMs).toBe(26_000);
    expect(res.body).not.toMatch(/"correct/);
  });

  it('names the play page’s own chunks and stylesheet, not the entry’s', async () => {
    const res = await page();
    expect(res.body).toContain('<link rel="modulepreload" crossorigin href="/assets/play-page-1.js">');
    expect(res.body).toContain('<link rel="modulepreload" crossorigin href="/assets/rich-text-1.js">');
    expect(res.body).toContain('<link rel="preload" as="style" crossorigin href="/assets/page-1.css">');
    expect(res.body.match(/assets\/web-1\.js/g)).toHaveLength(1);
    expect(res.body.indexOf('play-page-1.js')).toBeLessThan(res.body.indexOf('</head>'));
  });

  it('cannot be broken out of by the content it carries', async () => {
    clock.set(OPEN);
    const { cookie } = await participant();
    await api(cookie, `/api/play/${YEAR}/core/start`, 'POST');
    const res = await page(cookie);
    // Two data elements and the entry script: every `</script>` is one of theirs.
    expect(res.body.match(/<script/g)).toHaveLength(3);
    expect(res.body.match(/<\/script>/g)).toHaveLength(3);
    expect(res.body).not.toContain('<!--');
    const state = embedded(res.body, PLAY_STATE_DATA_ID) as {
      current: { question: { stem: string; options: Array<{ text: string }> } };
    };
    expect(state.current.question.stem).toContain(HOSTILE);
    expect(state.current.question.options.map((o) => o.text)).toContain(`Goed ${HOSTILE}`);
  });

  it('carries nothing for a visitor or someone not registered, and stays cacheable for them', async () => {
    clock.set(OPEN);
    const visitor = await page();
    const { cookie } = await loginAs(t);
    const stranger = await page(cookie);
    for (const res of [visitor, stranger]) {
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.body).not.toContain('application/json');
      expect(res.body).toContain('play-page-1.js');
    }
    // A cookie that is no session is a visitor too.
    const forged = await page('better-auth.session_token=forged.value');
    expect(forged.body).not.toContain('application/json');
  });

  it('carries the state before the window too, for the countdown', async () => {
    clock.set('2027-03-11T07:30:00Z');
    const { cookie } = await participant();
    const res = await page(cookie);
    expect(embedded(res.body, PLAY_STATE_DATA_ID)).toMatchObject({ phase: 'before', eligible: true });
    expect(embedded(res.body, PLAY_STATE_DATA_ID)).not.toHaveProperty('current');
    expect(res.headers['cache-control']).toBe('private, no-store');
  });

  it('carries nothing after the window, for an unknown edition, a HEAD or a prefetch', async () => {
    clock.set(OPEN);
    const { cookie } = await participant();
    const { attemptId } = (await api(cookie, `/api/play/${YEAR}/core/start`, 'POST')).json();
    const prefetch = await page(cookie, { 'sec-purpose': 'prefetch' });
    expect(prefetch.body).not.toContain('application/json');
    expect((await page(cookie, {}, 'HEAD')).headers['cache-control']).toBe('no-cache');
    // Neither served the question: its clock starts now.
    clock.advance(3_000);
    expect((await api(cookie, `/api/play/attempts/${attemptId}/current`)).json().remainingMs).toBe(30_000);

    const unknown = await t.app.inject({
      url: '/quiz/2031/play',
      headers: { accept: 'text/html', cookie },
    });
    expect(unknown.statusCode).toBe(200);
    expect(unknown.body).not.toContain('application/json');
    clock.set('2027-03-11T20:30:00Z');
    const after = await page(cookie);
    expect(after.body).not.toContain('application/json');
    expect(after.headers['cache-control']).toBe('no-cache');
  });

  it('follows a rebuild while running, and works without a manifest', async () => {
    writeFileSync(
      manifestFile,
      JSON.stringify({
        ...MANIFEST,
        'features/quiz-play/play-page.tsx': { file: 'assets/play-page-2.js', imports: ['_web-1.js'] },
      }),
    );
    // A later modification time, as a rebuild gives (however coarse the file system's clock).
    const later = new Date(Date.now() + 60_000);
    utimesSync(manifestFile, later, later);
    const rebuilt = await page();
    expect(rebuilt.body).toContain('href="/assets/play-page-2.js"');
    expect(rebuilt.body).not.toContain('play-page-1.js');

    rmSync(manifestFile);
    clock.set(OPEN);
    const { cookie } = await participant();
    const res = await page(cookie);
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('modulepreload" crossorigin href="/assets/play-page');
    expect(embedded(res.body, PLAY_STATE_DATA_ID)).toMatchObject({ phase: 'open', eligible: true });
  });

  /** Posts the early question's form as a browser would, from this site unless said otherwise. */
  const sendForm = (cookie: string, fields: Array<[string, string]>, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url: `/quiz/${YEAR}/play/answer`,
      headers: {
        cookie,
        'content-type': 'application/x-www-form-urlencoded',
        'sec-fetch-site': 'same-origin',
        ...headers,
      },
      payload: new URLSearchParams(fields).toString(),
    });
  /** The value of the early form's hidden field `name`. */
  const field = (html: string, name: string) => new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1];

  it('shows the current question as a plain form, escaped, until the app takes over', async () => {
    clock.set(OPEN);
    const { cookie } = await participant();
    const { attemptId } = (await api(cookie, `/api/play/${YEAR}/core/start`, 'POST')).json();
    const res = await page(cookie);
    expect(res.body).toContain(`<div id="${EARLY_QUESTION_ID}" class="wq" lang="nl" data-position="0">`);
    expect(res.body).toContain('Vraag 1 van 3');
    expect(res.body).toContain('&lt;/script&gt;&lt;script&gt;window.pwned = 1&lt;/script&gt;');
    expect(res.body.match(/<input type="radio" name="response"/g)).toHaveLength(2);
    expect(field(res.body, 'attemptId')).toBe(attemptId);
    expect(field(res.body, 'key')).toMatch(/^[0-9a-f-]{36}$/);
    // Its styles come with the head; the app's stylesheet after the form, so it holds back
    // painting only what follows it (for everyone else it stays in the head).
    expect(res.body.indexOf('<style>')).toBeLessThan(res.body.indexOf('</head>'));
    expect(res.body.match(/rel="stylesheet"/g)).toHaveLength(1);
    expect(res.body.indexOf('<link rel="stylesheet" crossorigin href="/assets/web-1.css">')).toBeGreaterThan(
      res.body.indexOf(EARLY_QUESTION_ID),
    );
    const visitor = (await page()).body;
    expect(visitor.indexOf('href="/assets/web-1.css"')).toBeLessThan(visitor.indexOf('</head>'));
    // Each page gets its own key.
    expect(field((await page(cookie)).body, 'key')).not.toBe(field(res.body, 'key'));
  });

  it('takes an answer from the plain form, once, and then shows the next question', async () => {
    clock.set(OPEN);
    const { cookie } = await participant();
    const { attemptId } = (await api(cookie, `/api/play/${YEAR}/core/start`, 'POST')).json();
    const html = (await page(cookie)).body;
    const fields: Array<[string, string]> = [
      ['attemptId', attemptId],
      ['position', '0'],
      ['key', field(html, 'key')!],
      ['response', '1'],
    ];
    const sent = await sendForm(cookie, fields);
    expect(sent.statusCode).toBe(303);
    expect(sent.headers.location).toBe(`/quiz/${YEAR}/play?saved=1`);
    // Sent twice (a double tap, the back button): the same answer, no error.
    const again = await sendForm(cookie, fields);
    expect(again.headers.location).toBe(`/quiz/${YEAR}/play?saved=1`);
    const answers = await t.ctx.db.query.attemptQuestions.findMany({
      where: (q, { eq }) => eq(q.attemptId, attemptId),
    });
    expect(answers.filter((a) => a.answeredAt !== null)).toHaveLength(1);
    expect(answers.find((a) => a.position === 0)?.answerKey).toBe(field(html, 'key'));

    const next = await page(cookie, {}, 'GET', '?saved=1');
    expect(next.body).toContain('Je antwoord op vraag 1 is opgeslagen.');
    expect(next.body).toContain('data-position="1"');
    expect(next.body).toContain('Vraag 2 van 3');
  });

  it('refuses a form from another site and sends an empty one back, storing nothing', async () => {
    clock.set(OPEN);
    const { cookie } = await participant();
    const { attemptId } = (await api(cookie, `/api/play/${YEAR}/core/start`, 'POST')).json();
    const key = field((await page(cookie)).body, 'key')!;
    const base: Array<[string, string]> = [
      ['attemptId', attemptId],
      ['position', '0'],
      ['key', key],
    ];
    const crossSite = await sendForm(cookie, [...base, ['response', '0']], {
      'sec-fetch-site': 'cross-site',
    });
    expect(crossSite.statusCode).toBe(403);
    const foreignOrigin = await t.app.inject({
      method: 'POST',
      url: `/quiz/${YEAR}/play/answer`,
      headers: {
        cookie,
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'https://evil.example',
      },
      payload: new URLSearchParams([...base, ['response', '0']]).toString(),
    });
    expect(foreignOrigin.statusCode).toBe(403);
    const empty = await sendForm(cookie, base);
    expect(empty.statusCode).toBe(303);
    expect(empty.headers.location).toBe(`/quiz/${YEAR}/play`);
    const answered = await t.ctx.db.query.attemptQuestions.findMany({
      where: (q, { and, eq, isNotNull }) => and(eq(q.attemptId, attemptId), isNotNull(q.answeredAt)),
    });
    expect(answered).toHaveLength(0);
  });

  it('leaves other pages and non-HTML requests as they were', async () => {
    const other = await t.app.inject({ url: `/quiz/${YEAR}/leaderboard`, headers: { accept: 'text/html' } });
    expect(other.statusCode).toBe(200);
    expect(other.body).toBe(INDEX_HTML);
    const json = await t.app.inject({ url: `/quiz/${YEAR}/play`, headers: { accept: 'application/json' } });
    expect(json.statusCode).toBe(404);
  });
});
