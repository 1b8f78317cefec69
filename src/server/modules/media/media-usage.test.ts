/** Images where they are used: question content (with alt text), event-day play and exports. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organizations, teamMembers, teams } from '../../db/schema/index.ts';
import { createTestApp, loginAs, quizStaffGrant, type TestApp } from '../../test/helpers.ts';
import { insertEdition, insertObjective, insertTheme } from '../editions/repository.ts';
import { insertQuestion, updateQuestion } from '../questions/repository.ts';
import { tinyPng } from './test-support.ts';

const expertGrant = { role: 'expert' as const, programme: 'quiz' as const, organizationId: null };
const ALT = 'Staafdiagram: telefoon is het drukste kanaal, daarna chat en e-mail';

const content = (extra: object = {}) => ({
  type: 'single',
  stem: 'Welk kanaal is volgens de grafiek het drukst?',
  stemFormat: 'markdown',
  options: [
    { text: 'Telefoon', correct: true },
    { text: 'Chat', correct: false },
  ],
  explanation: 'De hoogste balk hoort bij telefoon.',
  pool: 'core',
  difficulty: 'easy',
  tags: [],
  ...extra,
});

describe('question images', () => {
  // 11 March 2027 10:00 Amsterdam: inside the play window.
  const clock = { now: () => new Date('2027-03-11T09:00:00Z') };
  let t: TestApp;
  let expert: string;
  let editionId: string;
  let objectiveId: string;
  let imageId: string;

  beforeAll(async () => {
    t = await createTestApp({ clock });
    expert = (await loginAs(t, [expertGrant])).cookie;
    const staff = (await loginAs(t, [quizStaffGrant])).cookie;
    editionId = (
      await t.app.inject({
        method: 'POST',
        url: '/api/quiz/editions',
        headers: { cookie: staff },
        payload: { year: 2031, name: 'Klantcontactquiz 2031' },
      })
    ).json().edition.id;
    const theme = await insertTheme(t.ctx.db, {
      editionId,
      titleNl: 'Kanalen',
      titleEn: 'Channels',
      position: 1,
    });
    objectiveId = (
      await insertObjective(t.ctx.db, {
        editionId,
        themeId: theme.id,
        titleNl: 'Kanaalkeuze',
        titleEn: 'Channel choice',
        position: 1,
      })
    ).id;
    imageId = (
      await t.app.inject({
        method: 'POST',
        url: '/api/media',
        headers: { cookie: expert },
        payload: { file: tinyPng().toString('base64') },
      })
    ).json().id;
  });
  afterAll(() => t.close());

  const create = (extra: object) =>
    t.app.inject({
      method: 'POST',
      url: `/api/quiz/editions/${editionId}/questions`,
      headers: { cookie: expert },
      payload: { objectiveId, content: content(extra) },
    });

  it('keeps an image with its alt text on a question, and exports neither', async () => {
    const res = await create({ imageId, imageAlt: `  ${ALT} ` });
    expect(res.statusCode).toBe(201);
    expect(res.json().question.current.content).toMatchObject({ imageId, imageAlt: ALT });

    const gift = await t.app.inject({
      url: `/api/quiz/editions/${editionId}/export?format=gift`,
      headers: { cookie: expert },
    });
    expect(gift.body).toContain('Welk kanaal');
    expect(gift.body).not.toContain(imageId);
    expect(gift.body).not.toContain('Staafdiagram');
    const csv = await t.app.inject({
      url: `/api/quiz/editions/${editionId}/export?format=csv`,
      headers: { cookie: expert },
    });
    expect(csv.body).not.toContain('Staafdiagram');
  });

  it('requires alt text with an image and an image that was uploaded', async () => {
    const noAlt = await create({ imageId, imageAlt: ' ' });
    expect(noAlt.statusCode).toBe(400);
    expect(noAlt.json().error.details.fields).toEqual([
      expect.objectContaining({ field: 'content.imageAlt', code: 'required' }),
    ]);
    const unknown = await create({ imageId: crypto.randomUUID(), imageAlt: ALT });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details.fields).toEqual([
      expect.objectContaining({ field: 'content.imageId', code: 'not_found' }),
    ]);
  });

  it('drops the image when an edit leaves it out (alt text alone is not kept)', async () => {
    const created = (await create({ imageId, imageAlt: ALT })).json().question;
    const edited = await t.app.inject({
      method: 'PUT',
      url: `/api/quiz/questions/${created.id}`,
      headers: { cookie: expert },
      payload: { objectiveId, baseVersion: 1, content: content({ imageAlt: ALT }) },
    });
    expect(edited.statusCode).toBe(200);
    const current = edited.json().question.current.content;
    expect(current.imageId).toBeUndefined();
    expect(current.imageAlt).toBeUndefined();
    // The earlier version still has it: answers point at the version that was shown.
    const detail = (
      await t.app.inject({ url: `/api/quiz/questions/${created.id}`, headers: { cookie: expert } })
    ).json().question;
    expect(detail.versions).toHaveLength(2);
  });

  it('serves players the image URL and alt text with the question', async () => {
    const edition = await insertEdition(t.ctx.db, {
      year: 2027,
      name: 'Q 2027',
      status: 'event',
      eventDate: '2027-03-11',
    });
    const theme = await insertTheme(t.ctx.db, {
      editionId: edition.id,
      titleNl: 'T',
      titleEn: 'T',
      position: 1,
    });
    const objective = await insertObjective(t.ctx.db, {
      editionId: edition.id,
      themeId: theme.id,
      titleNl: 'D',
      titleEn: 'D',
      position: 1,
    });
    const { question, version } = await insertQuestion(t.ctx.db, {
      editionId: edition.id,
      objectiveId: objective.id,
      authorId: null,
      action: 'created',
      content: { ...(content() as Parameters<typeof insertQuestion>[1]['content']), imageId, imageAlt: ALT },
    });
    await updateQuestion(t.ctx.db, question.id, { status: 'approved', approvedVersionId: version.id });
    const [org] = await t.ctx.db.insert(organizations).values({ name: 'Beeld BV' }).returning();
    const [team] = await t.ctx.db
      .insert(teams)
      .values({ editionId: edition.id, organizationId: org!.id, name: 'Team Beeld' })
      .returning();
    const player = await loginAs(t);
    await t.ctx.db.insert(teamMembers).values({
      editionId: edition.id,
      teamId: team!.id,
      userId: player.person.id,
      role: 'agent',
      status: 'confirmed',
      confirmedAt: new Date(),
    });

    const start = await t.app.inject({
      method: 'POST',
      url: '/api/play/2027/core/start',
      headers: { cookie: player.cookie },
      payload: {},
    });
    expect(start.statusCode).toBe(201);
    const current = await t.app.inject({
      url: `/api/play/attempts/${start.json().attemptId}/current`,
      headers: { cookie: player.cookie },
    });
    expect(current.json().question).toMatchObject({ imageId, imageUrl: `/media/${imageId}`, imageAlt: ALT });
    const image = await t.app.inject({ url: current.json().question.imageUrl });
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
  });
});
