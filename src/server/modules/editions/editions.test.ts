import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, quizStaffGrant, type TestApp } from '../../test/helpers.ts';

describe('editions, themes and learning objectives', () => {
  let t: TestApp;
  let staff: string;
  beforeAll(async () => {
    t = await createTestApp();
    staff = (await loginAs(t, [quizStaffGrant])).cookie;
  });
  afterAll(() => t.close());

  const api = (
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    payload?: unknown,
    cookie = staff,
  ) =>
    t.app.inject({
      method,
      url,
      headers: { cookie },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });

  it('creates an edition with defaults and refuses a calendar that does not add up', async () => {
    const res = await api('POST', '/api/quiz/editions', {
      year: 2031,
      name: 'Klantcontactquiz 2031',
      eventDate: '2031-03-12',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().edition).toMatchObject({
      status: 'draft',
      windowStart: '09:00',
      windowEnd: '21:00',
      sponsorCentsPerParticipant: 200,
      defaultTimeLimitSeconds: 30,
    });
    const bad = await api('POST', '/api/quiz/editions', {
      year: 2032,
      name: 'Verkeerd',
      eventDate: '2032-03-01',
      registrationClosesOn: '2032-04-01',
      windowStart: '21:00',
      windowEnd: '09:00',
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .error.details.fields.map((f: { field: string }) => f.field)
        .sort(),
    ).toEqual(['registrationClosesOn', 'windowEnd']);
    const dup = await api('POST', '/api/quiz/editions', { year: 2031, name: 'Nog een' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.details.fields[0].field).toBe('year');
  });

  it('moves the status one step at a time', async () => {
    const id = (
      await api('POST', '/api/quiz/editions', {
        year: 2033,
        name: 'Q 2033',
        windowStart: '08:00',
        defaultTimeLimitSeconds: 45,
      })
    ).json().edition.id;
    const jump = await api('PATCH', `/api/quiz/editions/${id}`, { status: 'event' });
    expect(jump.statusCode).toBe(400);
    expect(jump.json().error.details.fields[0]).toMatchObject({ field: 'status', code: 'status_step' });
    expect(
      (await api('PATCH', `/api/quiz/editions/${id}`, { status: 'registration' })).json().edition.status,
    ).toBe('registration');
    // A PATCH changes only what it names: the settings are not reset to their defaults.
    const after = (await api('GET', `/api/quiz/editions/${id}`)).json().edition;
    expect(after).toMatchObject({ windowStart: '08:00', defaultTimeLimitSeconds: 45, windowEnd: '21:00' });
  });

  it('adds, reorders, retires and (only when unused) deletes themes and objectives', async () => {
    const id = (await api('POST', '/api/quiz/editions', { year: 2034, name: 'Q 2034' })).json().edition.id;
    const theme = (titleNl: string) =>
      api('POST', `/api/quiz/editions/${id}/themes`, { titleNl, titleEn: `${titleNl} (en)` });
    await theme('Het klantgesprek');
    const edition = (await theme('Kanalen')).json().edition;
    const [gesprek, kanalen] = edition.themes;
    expect(edition.themes.map((x: { position: number }) => x.position)).toEqual([1, 2]);

    const withObjective = await api('POST', `/api/quiz/editions/${id}/objectives`, {
      themeId: gesprek.id,
      titleNl: 'Empathie tonen',
      titleEn: 'Showing empathy',
      targetCore: 4,
    });
    expect(withObjective.statusCode).toBe(201);
    expect(withObjective.json().edition.themes[0].objectives[0]).toMatchObject({
      titleNl: 'Empathie tonen',
      targetCore: 4,
    });

    const dupTitle = await theme('Kanalen');
    expect(dupTitle.statusCode).toBe(409);

    const reordered = await api('PUT', `/api/quiz/editions/${id}/order/themes`, {
      ids: [kanalen.id, gesprek.id],
    });
    expect(reordered.json().edition.themes.map((x: { titleNl: string }) => x.titleNl)).toEqual([
      'Kanalen',
      'Het klantgesprek',
    ]);

    const inUse = await api('DELETE', `/api/quiz/themes/${gesprek.id}`);
    expect(inUse.statusCode).toBe(409);
    expect(inUse.json().error.code).toBe('theme_in_use');
    const retired = await api('PATCH', `/api/quiz/themes/${gesprek.id}`, { retired: true });
    expect(retired.json().edition.themes.find((x: { id: string }) => x.id === gesprek.id).retired).toBe(true);
    expect((await api('DELETE', `/api/quiz/themes/${kanalen.id}`)).statusCode).toBe(204);
  });

  it('is for quiz staff: experts read, others are refused', async () => {
    const expert = (await loginAs(t, [{ role: 'expert', programme: 'quiz', organizationId: null }])).cookie;
    expect((await api('GET', '/api/quiz/editions', undefined, expert)).statusCode).toBe(200);
    expect((await api('POST', '/api/quiz/editions', { year: 2040, name: 'x' }, expert)).statusCode).toBe(403);
    const other = (await loginAs(t, [{ role: 'staff', programme: 'foundation', organizationId: null }]))
      .cookie;
    expect((await api('GET', '/api/quiz/editions', undefined, other)).statusCode).toBe(403);
  });
});
