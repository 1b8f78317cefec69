import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, editions } from '../../db/schema/index.ts';
import { createTestApp, loginAs, quizStaffGrant, type TestApp } from '../../test/helpers.ts';
import {
  addMember,
  addOrganization,
  addTeam,
  answersFor,
  createResultsEdition,
  manualClock,
  type ResultsEdition,
  recordAttempt,
} from './test-support.ts';

describe('review, freeze and publish', () => {
  const clock = manualClock('2060-01-01T00:00:00Z');
  let t: TestApp;
  let staff: string;
  let staffName: string;
  let edition: ResultsEdition;
  const ids: Record<string, string> = {};
  const base = () => `/api/results/editions/${edition.id}`;
  const post = (url: string, payload: object = {}) =>
    t.app.inject({ method: 'POST', url, headers: { cookie: staff }, payload });

  beforeAll(async () => {
    t = await createTestApp({ clock });
    const login = await loginAs(t, [quizStaffGrant]);
    staff = login.cookie;
    staffName = login.person.name;
    edition = await createResultsEdition(t, { core: 5, manager: 0 });
    await t.ctx.db
      .update(editions)
      .set({ sponsorCentsPerParticipant: 200 })
      .where(eq(editions.id, edition.id));
    const org = await addOrganization(t, 'Podium BV');
    const team = await addTeam(t, edition.id, org, 'Winnaars');
    const people = [
      ['first', 'Anna de Vries', 'initials', 5],
      ['second', 'Jan van der Berg', 'hidden', 4],
      ['third', 'Sanne Jansen', 'full', 3],
      ['fourth', 'Piet Puk', 'full', 2],
    ] as const;
    for (const [key, name, display, right] of people) {
      ids[key] = await addMember(t, edition.id, team, { name, display });
      await recordAttempt(t, {
        editionId: edition.id,
        userId: ids[key]!,
        startedAt: edition.opensAt,
        answers: answersFor(edition.core, right),
      });
    }
    clock.set(new Date(edition.opensAt.getTime() + 3600_000).toISOString());
  });
  afterAll(() => t.close());

  it('does not store official results while the window is open', async () => {
    const res = await post(`${base()}/snapshots`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('window_not_closed');
    expect((await t.app.inject(`/api/public/results/${edition.year}`)).json().error.code).toBe(
      'not_published',
    );
  });

  it('publishes a frozen snapshot with the podiums by display choice and the donation total', async () => {
    clock.set(new Date(edition.closesAt.getTime() + 60_000).toISOString());
    const computed = await post(`${base()}/snapshots`);
    expect(computed.statusCode).toBe(201);
    const snapshot = computed.json().snapshot;
    expect(snapshot).toMatchObject({
      sequence: 1,
      reason: null,
      afterPublication: false,
      frozen: false,
      computedByName: staffName,
    });

    expect((await post(`${base()}/publish`)).json().error.code).toBe('nothing_frozen');
    const frozen = await post(`${base()}/snapshots/${snapshot.id}/freeze`);
    expect(frozen.statusCode).toBe(200);
    expect(frozen.json()).toMatchObject({
      frozenSnapshotId: snapshot.id,
      frozenByName: staffName,
      publishedSnapshotId: null,
      publishedByName: null,
    });
    expect((await t.app.inject(`/api/public/results/${edition.year}`)).statusCode).toBe(404);

    const published = await post(`${base()}/publish`);
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({ publishedSnapshotId: snapshot.id, publishedByName: staffName });
    expect((await post(`${base()}/publish`)).json().error.code).toBe('already_published');

    const page = await t.app.inject(`/api/public/results/${edition.year}`);
    expect(page.statusCode).toBe(200);
    const body = page.json();
    expect(body.podiums.employeeByScore).toEqual([
      { rank: 1, name: 'A. d. V.', organizationName: 'Podium BV', score: 5 },
      { rank: 2, name: null, organizationName: null, score: 4 },
      { rank: 3, name: 'Sanne Jansen', organizationName: 'Podium BV', score: 3 },
    ]);
    expect(body.donations).toMatchObject({
      confirmedParticipants: 4,
      sponsorTotalCents: 800,
      totalCents: 800,
    });
    expect(body.counts).toMatchObject({ participants: 4, completedCore: 4 });
  });

  it('keeps the published result when records change, until staff recompute with a reason', async () => {
    // A late correction after review: the winner is excluded.
    const exclusion = await post(`${base()}/exclusions`, {
      userId: ids.first,
      reason: 'Hulp van buiten gehad',
    });
    expect(exclusion.statusCode).toBe(201);
    const page = (await t.app.inject(`/api/public/results/${edition.year}`)).json();
    expect(page.podiums.employeeByScore[0].name).toBe('A. d. V.');

    const refused = await post(`${base()}/snapshots`, {});
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error).toMatchObject({ code: 'reason_required' });
    const tooShort = await post(`${base()}/snapshots`, { reason: 'x' });
    expect(tooShort.statusCode).toBe(400);

    const recomputed = await post(`${base()}/snapshots`, { reason: 'Deelnemer uitgesloten na controle' });
    expect(recomputed.statusCode).toBe(201);
    const second = recomputed.json().snapshot;
    expect(second).toMatchObject({
      sequence: 2,
      afterPublication: true,
      reason: 'Deelnemer uitgesloten na controle',
    });
    const [audit] = await t.ctx.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.action, 'results.recomputed_after_publication'), eq(auditLog.entityId, edition.id)),
      );
    expect(audit?.details).toMatchObject({
      snapshotId: second.id,
      reason: 'Deelnemer uitgesloten na controle',
    });

    await post(`${base()}/snapshots/${second.id}/freeze`);
    expect((await post(`${base()}/publish`)).statusCode).toBe(200);
    const republished = (await t.app.inject(`/api/public/results/${edition.year}`)).json();
    expect(
      republished.podiums.employeeByScore.map((r: { rank: number; name: string | null }) => [r.rank, r.name]),
    ).toEqual([
      [1, null],
      [2, 'Sanne Jansen'],
      [3, 'Piet Puk'],
    ]);
    const actions = (await t.ctx.db.select().from(auditLog).where(eq(auditLog.entityId, edition.id))).map(
      (a) => a.action,
    );
    expect(actions).toEqual(
      expect.arrayContaining([
        'results.computed',
        'results.frozen',
        'results.published',
        'results.recomputed_after_publication',
        'results.republished',
      ]),
    );
  });

  it('lists the snapshots with their state and shows one with names', async () => {
    const list = (await t.app.inject({ url: `${base()}/snapshots`, headers: { cookie: staff } })).json();
    expect(
      list.snapshots.map((s: { sequence: number; published: boolean }) => [s.sequence, s.published]),
    ).toEqual([
      [2, true],
      [1, false],
    ]);
    const first = list.snapshots[1].id;
    const detail = (
      await t.app.inject({ url: `${base()}/snapshots/${first}`, headers: { cookie: staff } })
    ).json();
    expect(detail.results.employeeByScore[0]).toMatchObject({
      name: 'Anna de Vries',
      publicName: 'A. d. V.',
      rank: 1,
    });
  });

  it('lets only quiz staff review and publish', async () => {
    const coordinator = (await loginAs(t)).cookie;
    for (const [method, url] of [
      ['GET', `${base()}/review`],
      ['GET', `${base()}/snapshots`],
      ['POST', `${base()}/publish`],
    ] as const) {
      const res = await t.app.inject({
        method,
        url,
        headers: { cookie: coordinator },
        ...(method === 'POST' ? { payload: {} } : {}),
      });
      expect(res.statusCode).toBe(403);
    }
  });
});
