import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, quizStaffGrant, type TestApp } from '../../test/helpers.ts';

const expertGrant = { role: 'expert' as const, programme: 'quiz' as const, organizationId: null };

const content = (stem: string, pool: 'core' | 'manager' | 'practice' = 'core') => ({
  type: 'single',
  stem,
  stemFormat: 'markdown',
  options: [
    { text: 'Samenvatten wat de klant zegt', correct: true },
    { text: 'Direct een oplossing noemen', correct: false },
    { text: 'De klant doorverbinden', correct: false },
  ],
  explanation: 'Samenvatten laat de klant merken dat je luistert en voorkomt misverstanden.',
  pool,
  difficulty: 'medium',
  tags: ['lsd'],
});

describe('question bank and four-eyes review', () => {
  let t: TestApp;
  let staff: string;
  let author: { cookie: string; person: { id: string } };
  let reviewer: { cookie: string; person: { id: string } };
  let editionId: string;
  let objectiveId: string;

  beforeAll(async () => {
    t = await createTestApp();
    staff = (await loginAs(t, [quizStaffGrant])).cookie;
    author = await loginAs(t, [expertGrant]);
    reviewer = await loginAs(t, [expertGrant]);
    editionId = (
      await t.app.inject({
        method: 'POST',
        url: '/api/quiz/editions',
        headers: { cookie: staff },
        payload: { year: 2030, name: 'Klantcontactquiz 2030' },
      })
    ).json().edition.id;
    const withTheme = await t.app.inject({
      method: 'POST',
      url: `/api/quiz/editions/${editionId}/themes`,
      headers: { cookie: staff },
      payload: { titleNl: 'Het klantgesprek', titleEn: 'The conversation' },
    });
    const themeId = withTheme.json().edition.themes[0].id;
    const withObjective = await t.app.inject({
      method: 'POST',
      url: `/api/quiz/editions/${editionId}/objectives`,
      headers: { cookie: staff },
      payload: { themeId, titleNl: 'Actief luisteren', titleEn: 'Active listening', targetCore: 2 },
    });
    objectiveId = withObjective.json().edition.themes[0].objectives[0].id;
  });
  afterAll(() => t.close());

  const call = (cookie: string, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

  it('runs draft → in review → approved with someone else approving, and keeps the history', async () => {
    const created = await call(author.cookie, 'POST', `/api/quiz/editions/${editionId}/questions`, {
      objectiveId,
      content: content('Wat doe je als eerste na het verhaal van een boze klant?'),
    });
    expect(created.statusCode).toBe(201);
    const q = created.json().question;
    expect(q).toMatchObject({ status: 'draft', current: { version: 1 }, approved: null });

    await call(author.cookie, 'POST', `/api/quiz/questions/${q.id}/submit`, {});
    const self = await call(author.cookie, 'POST', `/api/quiz/questions/${q.id}/approve`, {});
    expect(self.statusCode).toBe(403);
    expect(self.json().error.code).toBe('four_eyes');

    const commented = await call(reviewer.cookie, 'POST', `/api/quiz/questions/${q.id}/comments`, {
      anchor: 'option:2',
      body: 'Maak deze afleider iets aannemelijker.',
    });
    expect(commented.json().question.comments[0]).toMatchObject({ anchor: 'option:2', resolved: false });

    const approved = await call(reviewer.cookie, 'POST', `/api/quiz/questions/${q.id}/approve`, {});
    expect(approved.statusCode).toBe(200);
    const body = approved.json().question;
    expect(body.status).toBe('approved');
    expect(body.approved.id).toBe(body.current.id);
    expect(body.history.map((h: { action: string }) => h.action)).toEqual([
      'created',
      'submitted',
      'approved',
    ]);

    const coverage = await call(staff, 'GET', `/api/quiz/editions/${editionId}/coverage`);
    expect(coverage.json().themes[0].objectives[0]).toMatchObject({
      approved: { core: 1, manager: 0, practice: 0 },
      target: { core: 2 },
      gaps: expect.arrayContaining(['core']),
    });
  });

  it('versions edits of an approved question while the approved version stays live', async () => {
    const q = (
      await call(author.cookie, 'POST', `/api/quiz/editions/${editionId}/questions`, {
        objectiveId,
        content: content('Welke techniek hoort bij LSD?'),
      })
    ).json().question;
    await call(author.cookie, 'POST', `/api/quiz/questions/${q.id}/submit`);
    const v1 = (await call(reviewer.cookie, 'POST', `/api/quiz/questions/${q.id}/approve`)).json().question
      .current.id;

    const edited = await call(author.cookie, 'PUT', `/api/quiz/questions/${q.id}`, {
      objectiveId,
      baseVersion: 1,
      content: content('Welke techniek hoort bij LSD (luisteren, samenvatten, doorvragen)?'),
    });
    const revised = edited.json().question;
    expect(revised).toMatchObject({
      status: 'draft',
      current: { version: 2 },
      approved: { id: v1, version: 1 },
    });

    const stale = await call(reviewer.cookie, 'PUT', `/api/quiz/questions/${q.id}`, {
      objectiveId,
      baseVersion: 1,
      content: content('Oude basis'),
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('stale_version');

    const list = await call(staff, 'GET', `/api/quiz/editions/${editionId}/questions?q=doorvragen`);
    expect(list.json().items).toEqual([
      expect.objectContaining({ id: q.id, version: 2, pendingRevision: true }),
    ]);
  });

  it('refuses content that breaks the type rules, naming the field', async () => {
    const bad = await call(author.cookie, 'POST', `/api/quiz/editions/${editionId}/questions`, {
      objectiveId,
      content: {
        ...content('Twee goede antwoorden?'),
        options: [
          { text: 'A', correct: true },
          { text: 'B', correct: true },
        ],
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields[0].field).toMatch(/^content\.options/);
  });

  it('filters by pool, status and author', async () => {
    await call(reviewer.cookie, 'POST', `/api/quiz/editions/${editionId}/questions`, {
      objectiveId,
      content: content('Oefenvraag over samenvatten', 'practice'),
    });
    const practice = await call(staff, 'GET', `/api/quiz/editions/${editionId}/questions?pool=practice`);
    expect(practice.json().items.map((i: { pool: string }) => i.pool)).toEqual(['practice']);
    const byAuthor = await call(
      staff,
      'GET',
      `/api/quiz/editions/${editionId}/questions?authorId=${reviewer.person.id}`,
    );
    expect(byAuthor.json().total).toBe(1);
    const drafts = await call(staff, 'GET', `/api/quiz/editions/${editionId}/questions?status=draft`);
    expect(drafts.json().items.every((i: { status: string }) => i.status === 'draft')).toBe(true);
  });

  it('copies approved questions into next year’s edition as drafts', async () => {
    const copy = await call(staff, 'POST', `/api/quiz/editions/${editionId}/copy`, {
      year: 2031,
      name: 'Q 2031',
    });
    expect(copy.statusCode).toBe(201);
    const next = copy.json().edition;
    expect(next.themes[0].objectives[0].titleNl).toBe('Actief luisteren');
    const questions = await call(staff, 'GET', `/api/quiz/editions/${next.id}/questions`);
    // Two questions had an approved version; the copy takes the approved text, not the pending revision.
    expect(questions.json().total).toBe(2);
    expect(questions.json().items.every((i: { status: string }) => i.status === 'draft')).toBe(true);
    expect(questions.json().items.map((i: { stem: string }) => i.stem)).toContain(
      'Welke techniek hoort bij LSD?',
    );
  });
});
