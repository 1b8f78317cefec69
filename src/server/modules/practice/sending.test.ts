import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { practiceCommand } from '../../cli/practice.ts';
import { practiceCampaigns, practiceDeliveries } from '../../db/schema/index.ts';
import { MAIL_QUEUE } from '../../lib/mail/mailer.ts';
import { createTestApp, loginAs, quizStaffGrant, type TestApp } from '../../test/helpers.ts';
import { sendDue } from './send-due.ts';
import {
  addParticipants,
  deliveriesOf,
  FIRST_SEND,
  manualClock,
  outboxTo,
  practiceEdition,
  startSmtp,
  waitFor,
} from './test-support.ts';

const at = (iso: string, plusMs = 0) => new Date(Date.parse(iso) + plusMs).toISOString();

describe('sending practice mail', () => {
  const clock = manualClock('2027-01-25T09:00:00Z');
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let t: TestApp;
  let staff: string;

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await createTestApp({ clock, env: { SMTP_URL: smtp.url, WORKERS: 'false' }, workers: true });
    staff = (await loginAs(t, [quizStaffGrant])).cookie;
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  /** A started campaign for a fresh edition with `participants` confirmed people. */
  async function campaign(year: number, participants: number, settings: Record<string, unknown> = {}) {
    clock.set('2027-01-25T09:00:00Z');
    const setup = await practiceEdition(t, { year, themes: 3 });
    const people = await addParticipants(t, setup.edition.id, setup.teamId, participants, {
      prefix: `p${year}-`,
    });
    const url = `/api/practice/editions/${setup.edition.id}/campaign`;
    const created = await t.app.inject({
      method: 'POST',
      url,
      headers: { cookie: staff },
      payload: { entryCheckSize: 6, ...settings },
    });
    expect(created.statusCode).toBe(201);
    const started = await t.app.inject({ method: 'POST', url: `${url}/start`, headers: { cookie: staff } });
    expect(started.statusCode).toBe(200);
    return { ...setup, people, url };
  }

  const mailsTo = (email: string) => smtp.received.filter((m) => m.to.includes(email));
  const pause = (url: string) =>
    t.app.inject({ method: 'POST', url: `${url}/pause`, headers: { cookie: staff } });
  const start = (url: string) =>
    t.app.inject({ method: 'POST', url: `${url}/start`, headers: { cookie: staff } });

  it('resumes an interrupted send without sending anyone twice or skipping anyone', async () => {
    const { edition, people, url } = await campaign(2031, 7, { mailsPerMinute: 1000 });
    clock.set(at(FIRST_SEND, 60_000));
    // The first run stops after three mails, as if the process died there.
    const [first] = await sendDue(t.ctx, { editionId: edition.id, limit: 3 });
    expect(first).toMatchObject({ planned: { deliveries: 7 }, sent: 3 });
    const statuses = await t.ctx.db
      .select({ status: practiceDeliveries.status })
      .from(practiceDeliveries)
      .innerJoin(practiceCampaigns, eq(practiceCampaigns.id, practiceDeliveries.campaignId))
      .where(eq(practiceCampaigns.editionId, edition.id));
    expect(statuses.filter((s) => s.status === 'sent')).toHaveLength(3);
    expect(statuses.filter((s) => s.status === 'planned')).toHaveLength(4);

    // The live progress shows the send half done.
    const progress = (await t.app.inject({ url: `${url}/progress`, headers: { cookie: staff } })).json();
    expect(progress.currentSend).toMatchObject({
      total: 7,
      sent: 3,
      remaining: 4,
      sending: true,
      percent: 42,
    });

    // Two senders resume at once (a restarted job and an operator's CLI): each mail goes once.
    const resumed = await Promise.all([
      sendDue(t.ctx, { editionId: edition.id }),
      sendDue(t.ctx, { editionId: edition.id }),
    ]);
    expect(resumed.flat().reduce((s, r) => s + r.sent, 0)).toBe(4);
    expect(resumed.flat().filter((r) => r.planned !== null)).toHaveLength(0);

    await waitFor(
      async () => (people.every((p) => mailsTo(p.email).length > 0) ? true : undefined),
      'the mails',
    );
    for (const p of people) {
      expect(mailsTo(p.email)).toHaveLength(1);
      expect(await outboxTo(t, p.email)).toHaveLength(1);
      expect(await deliveriesOf(t, p.id)).toEqual([
        expect.objectContaining({ status: 'sent', kind: 'entry_check' }),
      ]);
    }
    expect(await pause(url)).toMatchObject({ statusCode: 200 });
  });

  it('keeps to the pace: at most so many mails a minute', async () => {
    const { edition, people, url } = await campaign(2032, 5, { mailsPerMinute: 2 });
    clock.set(at(FIRST_SEND, 60_000));
    const run = () => sendDue(t.ctx, { editionId: edition.id }).then((r) => r[0]!.sent);
    expect(await run()).toBe(2);
    expect(await run()).toBe(0);
    clock.advance(61_000);
    expect(await run()).toBe(2);
    clock.advance(61_000);
    expect(await run()).toBe(1);
    await waitFor(
      async () => (people.every((p) => mailsTo(p.email).length > 0) ? true : undefined),
      'the mails',
    );
    for (const p of people) expect(mailsTo(p.email)).toHaveLength(1);
    expect(await pause(url)).toMatchObject({ statusCode: 200 });
  });

  it('sends nothing while paused, catches up with the current send on resume, and gives late joiners the entry check', async () => {
    const { edition, people, url, teamId } = await campaign(2033, 2);
    expect((await pause(url)).json().campaign.status).toBe('paused');
    clock.set(at(FIRST_SEND, 60_000));
    expect(await sendDue(t.ctx, { editionId: edition.id })).toEqual([]);
    expect((await start(url)).json().campaign.status).toBe('active');
    const [run] = await sendDue(t.ctx, { editionId: edition.id });
    expect(run).toMatchObject({ planned: { deliveries: 2, entryChecks: 2 }, sent: 2 });

    // Someone confirms on Tuesday: Wednesday brings them the entry check, the others practice.
    const [late] = await addParticipants(t, edition.id, teamId, 1, { prefix: 'laat' });
    clock.set('2027-02-03T07:31:00Z');
    const [wednesday] = await sendDue(t.ctx, { editionId: edition.id });
    expect(wednesday).toMatchObject({ planned: { deliveries: 3, entryChecks: 1 }, sent: 3 });
    expect(await deliveriesOf(t, late!.id)).toEqual([expect.objectContaining({ kind: 'entry_check' })]);
    expect((await deliveriesOf(t, people[0]!.id)).map((d) => d.kind)).toEqual(['entry_check', 'practice']);

    // A missed send is not sent a day late: Friday's slot found on Saturday evening is stale.
    clock.set('2027-02-06T19:00:00Z');
    expect(await sendDue(t.ctx, { editionId: edition.id })).toEqual([
      expect.objectContaining({ planned: null, sent: 0 }),
    ]);
    expect(await pause(url)).toMatchObject({ statusCode: 200 });
  });

  it('finishes the campaign when the practice period is over', async () => {
    const { edition, url } = await campaign(2034, 1);
    clock.set('2027-03-10T23:00:00Z');
    expect(await sendDue(t.ctx, { editionId: edition.id })).toEqual([
      expect.objectContaining({ finished: true, sent: 0 }),
    ]);
    const view = (await t.app.inject({ url, headers: { cookie: staff } })).json();
    expect(view.campaign).toMatchObject({ status: 'finished', nextSendAt: null });
    expect((await start(url)).json().error.code).toBe('practice_period_over');
  });

  it('runs from the CLI: practice send-due', async () => {
    const { edition, people } = await campaign(2035, 2);
    clock.set(at(FIRST_SEND, 120_000));
    const out: string[] = [];
    const err: string[] = [];
    const io = { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s) };
    const withTestContext = <T>(work: (ctx: typeof t.ctx) => Promise<T>) => work(t.ctx);

    expect(await practiceCommand(['send-due', '--limit', 'x'], io, withTestContext)).toBe(2);
    expect(err.join('')).toMatch(/Usage/);
    expect(await practiceCommand(['send-due', '--edition', '1999'], io, withTestContext)).toBe(1);

    expect(await practiceCommand(['send-due', '--edition', String(edition.year)], io, withTestContext)).toBe(
      0,
    );
    expect(out.join('')).toMatch(
      /Klantcontactquiz 2035: planned the send of 2027-02-01T07:30:00.000Z \(2 mails, 2 entry checks\), sent 2, skipped 0\./,
    );
    expect(out.join('')).toMatch(/Delivered \d+ queued mails?\./);
    await waitFor(
      async () => (people.every((p) => mailsTo(p.email).length === 1) ? true : undefined),
      'the mails',
    );
    const delivered = await t.ctx.db
      .select({ id: practiceDeliveries.id })
      .from(practiceDeliveries)
      .where(and(eq(practiceDeliveries.status, 'sent'), eq(practiceDeliveries.userId, people[0]!.id)));
    expect(delivered).toHaveLength(1);
    expect(await t.ctx.jobs.drain(MAIL_QUEUE)).toBe(0);
  });
});

describe('a crash between writing the outbox and queuing its delivery', () => {
  it('is repaired by the next run: the waiting mail is queued again and delivered once', async () => {
    const clock = manualClock('2027-01-25T09:00:00Z');
    const t = await createTestApp({ clock });
    try {
      const { cookie } = await loginAs(t, [quizStaffGrant]);
      const setup = await practiceEdition(t, { themes: 2 });
      const [person] = await addParticipants(t, setup.edition.id, setup.teamId, 1);
      const url = `/api/practice/editions/${setup.edition.id}/campaign`;
      await t.app.inject({ method: 'POST', url, headers: { cookie }, payload: {} });
      await t.app.inject({ method: 'POST', url: `${url}/start`, headers: { cookie } });
      clock.set(at(FIRST_SEND, 60_000));
      expect((await sendDue(t.ctx))[0]).toMatchObject({ sent: 1, requeued: 0 });
      // Lose the queued job, as if the process died right after the commit.
      await t.ctx.db.execute(sql`DELETE FROM pgboss.job WHERE name = ${MAIL_QUEUE}`);
      await t.ctx.db.execute(sql`UPDATE mail_outbox SET created_at = now() - interval '5 minutes'`);
      expect(await t.ctx.jobs.drain(MAIL_QUEUE)).toBe(0);

      expect((await sendDue(t.ctx))[0]).toMatchObject({ sent: 0, requeued: 1 });
      // Queuing twice is harmless: the job id is the outbox id.
      expect((await sendDue(t.ctx))[0]).toMatchObject({ requeued: 1 });
      expect(await t.ctx.jobs.drain(MAIL_QUEUE)).toBe(1);
      const [mail] = await outboxTo(t, person!.email);
      expect(mail).toMatchObject({ status: 'sent' });
      expect((await sendDue(t.ctx))[0]).toMatchObject({ requeued: 0 });
    } finally {
      await t.close();
    }
  });
});
