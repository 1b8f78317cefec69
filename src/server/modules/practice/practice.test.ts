import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, organizations, practiceCards, practiceItems } from '../../db/schema/index.ts';
import { setPassword } from '../../lib/passwords.ts';
import {
  createTestApp,
  loginAs,
  loginWithPassword,
  quizStaffGrant,
  type TestApp,
} from '../../test/helpers.ts';
import { sendDue } from './send-due.ts';
import { practiceAnswerRecords } from './stats-service.ts';
import {
  addParticipants,
  answerLinks,
  deliveriesOf,
  FIRST_SEND,
  itemRow,
  manualClock,
  outboxTo,
  practiceEdition,
  rightOption,
  startSmtp,
  waitFor,
} from './test-support.ts';

const DAY = 86_400_000;
const minuteAfter = (iso: string) => new Date(Date.parse(iso) + 60_000).toISOString();
const WEDNESDAY = '2027-02-03T07:30:00Z';
const FRIDAY = '2027-02-05T07:30:00Z';

describe('practice campaign by e-mail', () => {
  const clock = manualClock('2027-01-25T09:00:00Z');
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let t: TestApp;
  let staff: string;
  let editionId: string;
  let organizationId: string;
  let people: Awaited<ReturnType<typeof addParticipants>>;
  let english: Awaited<ReturnType<typeof addParticipants>>[number];
  let bouncer: Awaited<ReturnType<typeof addParticipants>>[number];
  let invited: Awaited<ReturnType<typeof addParticipants>>[number];

  beforeAll(async () => {
    smtp = await startSmtp((address) => address.startsWith('onbestelbaar'));
    t = await createTestApp({
      clock,
      // Workers deliver the outbox over SMTP; the send-due schedule stays off so the test drives it.
      env: { SMTP_URL: smtp.url, WORKERS: 'false' },
      workers: true,
    });
    staff = (await loginAs(t, [quizStaffGrant])).cookie;
    const setup = await practiceEdition(t);
    editionId = setup.edition.id;
    organizationId = setup.organizationId;
    people = await addParticipants(t, editionId, setup.teamId, 3);
    const one = async (options: Parameters<typeof addParticipants>[4]) =>
      (await addParticipants(t, editionId, setup.teamId, 1, options))[0]!;
    english = await one({ locale: 'en', prefix: 'english' });
    bouncer = await one({ prefix: 'onbestelbaar' });
    invited = await one({ status: 'invited', prefix: 'invited' });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const api = (method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, cookie?: string, payload?: object) =>
    t.app.inject({
      method,
      url,
      ...(cookie ? { headers: { cookie } } : {}),
      ...(payload ? { payload } : {}),
    });
  const campaignUrl = () => `/api/practice/editions/${editionId}/campaign`;
  const mailsTo = (email: string) => smtp.received.filter((m) => m.to.includes(email));

  it('lets quiz staff set up the campaign, preview the schedule and start it', async () => {
    const { cookie: outsider } = await loginAs(t);
    expect((await api('POST', campaignUrl(), outsider, {})).statusCode).toBe(403);
    expect((await api('GET', campaignUrl(), staff)).json().error.code).toBe('campaign_not_found');

    const created = await api('POST', campaignUrl(), staff, {
      weekdays: [5, 1, 3],
      sendTime: '08:30',
      questionsPerSend: 2,
      entryCheckSize: 10,
      mailsPerMinute: 100,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().campaign).toMatchObject({
      status: 'draft',
      weekdays: [1, 3, 5],
      practiceStartsOn: '2027-02-01',
      nextSendAt: '2027-02-01T07:30:00.000Z',
      linksExpireAt: '2027-03-10T23:00:00.000Z',
    });
    expect((await api('POST', campaignUrl(), staff, {})).json().error.code).toBe('campaign_exists');

    const schedule = (await api('GET', `${campaignUrl()}/schedule`, staff)).json();
    expect(schedule).toMatchObject({ participants: 5, practiceQuestions: 20, minutesPerSend: 1 });
    expect(schedule.sends).toHaveLength(17);
    expect(schedule.sends[0]).toEqual({
      at: '2027-02-01T07:30:00.000Z',
      date: '2027-02-01',
      past: false,
      kind: 'entry_check',
      questions: 10,
    });
    expect(schedule.sends[1]).toMatchObject({ kind: 'practice', questions: 2 });
    // 10 over 5 themes: two each.
    expect(schedule.entryCheck.themes.map((x: { questions: number }) => x.questions)).toEqual([
      2, 2, 2, 2, 2,
    ]);

    const started = await api('POST', `${campaignUrl()}/start`, staff);
    expect(started.statusCode).toBe(200);
    expect(started.json().campaign).toMatchObject({ status: 'active', entryCheckDrawn: true });
    expect((await api('PATCH', campaignUrl(), staff, { entryCheckSize: 5 })).json().error.code).toBe(
      'entry_check_drawn',
    );
  });

  it('sends nothing before the first send time', async () => {
    clock.set('2027-02-01T07:00:00Z');
    expect(await sendDue(t.ctx)).toEqual([expect.objectContaining({ planned: null, sent: 0 })]);
  });

  it('sends the entry check to every confirmed participant through a real SMTP receiver', async () => {
    clock.set(minuteAfter(FIRST_SEND));
    const [run] = await sendDue(t.ctx);
    expect(run).toMatchObject({ planned: { deliveries: 5, entryChecks: 5 }, sent: 5, skipped: 0 });
    expect(run!.planned!.slotAt.toISOString()).toBe('2027-02-01T07:30:00.000Z');

    const receivers = [...people, english];
    await waitFor(
      async () => (receivers.every((p) => mailsTo(p.email).length > 0) ? true : undefined),
      'the mails',
    );
    for (const p of receivers) expect(mailsTo(p.email)).toHaveLength(1);
    expect(mailsTo(invited.email)).toHaveLength(0);

    const raw = mailsTo(people[0]!.email)[0]!.raw;
    expect(raw).toMatch(/^Subject: Instaptoets Klantcontactquiz 2027: 10 vragen om mee te beginnen/m);
    expect(raw).toMatch(
      /^List-Unsubscribe:\s+<http:\/\/localhost:3000\/api\/practice\/unsubscribe\?token=u\./m,
    );
    expect(raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m);
    expect(mailsTo(english.email)[0]!.raw).toMatch(
      /^Subject: Entry check Klantcontactquiz 2027: 10 questions/m,
    );

    const [mail] = await outboxTo(t, people[0]!.email);
    expect(mail!.text).not.toMatch(/core-vraag|manager-vraag/);
    expect(mail!.text.match(/practice-vraag/g)).toHaveLength(10);
    const links = answerLinks(mail!.text);
    // Every question is single choice or true/false: one link per option, and no link says which is right.
    expect(new Set(links.map((l) => l.itemId)).size).toBe(10);
    expect(
      links.every((l) => l.option !== null || links.some((x) => x.itemId === l.itemId && x.option !== null)),
    ).toBe(true);
    expect(mail!.html).toContain('Oefenmails pauzeren of stoppen');

    // Running again plans and sends nothing new.
    expect(await sendDue(t.ctx)).toEqual([expect.objectContaining({ planned: null, sent: 0 })]);
  });

  it('puts an address the SMTP server refuses on the suppression list', async () => {
    const list = await waitFor(async () => {
      const res = await api('GET', '/api/practice/suppressions', staff);
      const items = res.json().items as Array<{ email: string; reason: string }>;
      return items.some((s) => s.email === bouncer.email) ? items : undefined;
    }, 'the bounce');
    expect(list).toEqual([expect.objectContaining({ email: bouncer.email, reason: 'bounce' })]);
  });

  it('records a click on an answer link once; tampered, reused and expired links record nothing', async () => {
    const [mailA] = await outboxTo(t, people[0]!.email);
    const [mailB] = await outboxTo(t, people[1]!.email);
    const linksA = answerLinks(mailA!.text);
    const first = linksA[0]!.itemId;
    const right = await rightOption(t, first);
    const rightLink = linksA.find((l) => l.itemId === first && l.option === right)!;
    const wrongLink = linksA.find((l) => l.itemId === first && l.option !== right && l.option !== null)!;

    // Opening the page shows the question without giving the answer away.
    const view = await api('GET', `/api/practice/link?token=${rightLink.token}`);
    expect(view.statusCode).toBe(200);
    expect(view.json()).toMatchObject({ itemId: first, answer: null, linkOption: right, entryCheck: true });
    expect(JSON.stringify(view.json().question)).not.toMatch(/correct/);

    clock.advance(90_000);
    const answered = await api('POST', '/api/practice/answer', undefined, { token: rightLink.token });
    expect(answered.statusCode).toBe(200);
    expect(answered.json()).toMatchObject({
      alreadyAnswered: false,
      answer: {
        result: 'correct',
        correct: true,
        chosen: right,
        correctOptions: [right],
        explanation: 'Zo zit het.',
      },
    });
    const stored = await itemRow(t, first);
    expect(stored).toMatchObject({
      credit: 1,
      channel: 'mail_link',
      entryCheck: true,
      response: expect.any(Number),
    });
    expect(stored.openedAt!.getTime()).toBeLessThan(stored.answeredAt!.getTime());

    // A second click, on the same or another option, shows the recorded answer and records nothing.
    for (const link of [rightLink, wrongLink]) {
      const again = await api('POST', '/api/practice/answer', undefined, { token: link.token });
      expect(again.statusCode).toBe(200);
      expect(again.json()).toMatchObject({
        alreadyAnswered: true,
        answer: { chosen: right, result: 'correct' },
      });
    }
    expect((await itemRow(t, first)).answeredAt).toEqual(stored.answeredAt);

    // Tampered: a changed signature, a changed option, someone else's item with this signature.
    const other = answerLinks(mailB!.text)[0]!;
    const otherOfA = linksA.find((l) => l.itemId !== first)!.itemId;
    const [, , option, expires, mac] = wrongLink.token.split('.');
    const tampered = [
      `${rightLink.token.slice(0, -2)}${rightLink.token.endsWith('AA') ? 'BB' : 'AA'}`,
      ['a', otherOfA, option, expires, mac].join('.'),
      ['a', other.itemId, option, expires, mac].join('.'),
      'a.not-a-token',
    ];
    for (const token of tampered) {
      const res = await api('POST', '/api/practice/answer', undefined, { token });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('link_invalid');
    }
    expect((await itemRow(t, otherOfA)).answeredAt).toBeNull();
    expect((await itemRow(t, other.itemId)).answeredAt).toBeNull();

    // Expired: after the practice period.
    const saved = clock.now().toISOString();
    clock.set('2027-03-10T23:00:00Z');
    const late = await api('POST', '/api/practice/answer', undefined, { token: other.token });
    expect(late.statusCode).toBe(410);
    expect(late.json().error.code).toBe('link_expired');
    expect((await itemRow(t, other.itemId)).answeredAt).toBeNull();
    clock.set(saved);

    // The landing page offers the next open question; answering it there takes a response.
    const next = answered.json().next as { itemId: string; token: string; url: string };
    expect(next.url).toBe(`http://localhost:3000/oefenen/antwoord?token=${next.token}`);
    expect(next.itemId).not.toBe(first);
    const noChoice = await api('POST', '/api/practice/answer', undefined, { token: next.token });
    expect(noChoice.json().error.code).toBe('validation_failed');
    const wrong = ((await rightOption(t, next.itemId)) + 1) % 2;
    const viaNext = await api('POST', '/api/practice/answer', undefined, {
      token: next.token,
      response: wrong,
    });
    expect(viaNext.json()).toMatchObject({
      itemId: next.itemId,
      answer: { result: 'wrong', correct: false },
    });
  });

  it('schedules a wrong answer to come back sooner than a right one, and re-asks it at the next send', async () => {
    const [mailA] = await outboxTo(t, people[0]!.email);
    const [first, second] = [...new Set(answerLinks(mailA!.text).map((l) => l.itemId))];
    const rightItem = await itemRow(t, first!);
    const wrongItem = await itemRow(t, second!);
    expect(rightItem.credit).toBe(1);
    expect(wrongItem.credit).toBe(0);
    const cards = await t.ctx.db.select().from(practiceCards).where(eq(practiceCards.userId, people[0]!.id));
    const due = (questionId: string) => cards.find((c) => c.questionId === questionId)!.due.getTime();
    const intervalDays = (item: typeof rightItem) =>
      Math.round((due(item.questionId) - item.answeredAt!.getTime()) / DAY);
    // FSRS: wrong → 1 day (back at the next send), right → 3 days.
    expect(intervalDays(wrongItem)).toBe(1);
    expect(intervalDays(rightItem)).toBe(3);
    expect(due(wrongItem.questionId)).toBeLessThan(due(rightItem.questionId));

    clock.set(minuteAfter(WEDNESDAY));
    const [run] = await sendDue(t.ctx);
    // The bouncer's address is suppressed: planned, then skipped.
    expect(run).toMatchObject({ planned: { deliveries: 5, entryChecks: 0 }, sent: 4, skipped: 1 });
    const wednesday = (await deliveriesOf(t, people[0]!.id)).at(-1)!;
    expect(wednesday).toMatchObject({ kind: 'practice', status: 'sent' });
    const items = await t.ctx.db
      .select()
      .from(practiceItems)
      .where(eq(practiceItems.deliveryId, wednesday.id));
    const questionIds = items.map((i) => i.questionId);
    expect(questionIds).toContain(wrongItem.questionId);
    expect(questionIds).not.toContain(rightItem.questionId);
    expect(items).toHaveLength(2);
    expect(items.every((i) => !i.entryCheck)).toBe(true);
    const [, wednesdayMail] = await outboxTo(t, people[0]!.email);
    expect(wednesdayMail!.subject).toBe('2 oefenvragen voor de Klantcontactquiz 2027');
  });

  it('lets participants answer in the web app after log-in and see their own progress', async () => {
    const person = people[1]!;
    await setPassword(t.ctx.auth, person.id, 'correct-horse-battery');
    const cookie = await loginWithPassword(t.app, person.email, 'correct-horse-battery');

    const open = (await api('GET', '/api/practice/me/2027/questions', cookie)).json().items as Array<{
      itemId: string;
      entryCheck: boolean;
    }>;
    expect(open).toHaveLength(12);
    expect(open.slice(0, 10).every((i) => i.entryCheck)).toBe(true);
    const item = open[0]!;
    const right = await rightOption(t, item.itemId);
    const answered = await api('POST', `/api/practice/me/items/${item.itemId}/answer`, cookie, {
      response: right,
    });
    expect(answered.statusCode).toBe(200);
    expect(answered.json()).toMatchObject({
      alreadyAnswered: false,
      answer: { result: 'correct' },
      open: 11,
    });
    expect(answered.json().next.itemId).toBe(open[1]!.itemId);
    expect((await itemRow(t, item.itemId)).channel).toBe('web');
    const again = await api('POST', `/api/practice/me/items/${item.itemId}/answer`, cookie, {
      response: (right + 1) % 2,
    });
    expect(again.json()).toMatchObject({ alreadyAnswered: true, answer: { result: 'correct' } });

    // Someone else's question is not found.
    const [mailA] = await outboxTo(t, people[0]!.email);
    const foreign = answerLinks(mailA!.text).at(-1)!.itemId;
    expect((await api('GET', `/api/practice/me/items/${foreign}`, cookie)).statusCode).toBe(404);
    expect(
      (await api('POST', `/api/practice/me/items/${foreign}/answer`, cookie, { response: 0 })).statusCode,
    ).toBe(404);

    const mine = (await api('GET', '/api/practice/me/2027', cookie)).json();
    expect(mine).toMatchObject({
      participant: true,
      campaign: { status: 'active', nextSendAt: '2027-02-05T07:30:00.000Z' },
      subscription: { status: 'active' },
      sent: 12,
      answered: 1,
      correct: 1,
      open: 11,
      streak: 1,
      entryCheck: { total: 10, answered: 1 },
    });
    expect(mine.themes).toHaveLength(5);
    expect(mine.themes.reduce((s: number, x: { answered: number }) => s + x.answered, 0)).toBe(1);
  });

  it('stops mail after an unsubscribe or a suppression', async () => {
    const [stopper, complainer] = [people[2]!, english];
    const [mail] = await outboxTo(t, stopper.email);
    const token = mail!.text.match(/\/oefenen\/afmelden\?token=(\S+)/)![1]!;
    const shown = await api('GET', `/api/practice/unsubscribe?token=${token}`);
    expect(shown.json()).toEqual({
      edition: { year: 2027, name: 'Klantcontactquiz 2027' },
      status: 'active',
      pausedUntil: null,
    });
    const bad = await api('GET', `/api/practice/unsubscribe?token=${token.slice(0, -1)}x`);
    expect(bad.json().error.code).toBe('link_invalid');
    // RFC 8058: the mail client posts a form to the List-Unsubscribe address.
    const oneClick = await t.app.inject({
      method: 'POST',
      url: `/api/practice/unsubscribe?token=${token}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.statusCode).toBe(200);
    expect(oneClick.json()).toMatchObject({ status: 'stopped' });
    const [audit] = await t.ctx.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'practice.subscription_stopped'));
    expect(audit?.details).toMatchObject({ userId: stopper.id, via: 'list_unsubscribe' });

    const suppressed = await api('POST', '/api/practice/suppressions', staff, {
      email: complainer.email.toUpperCase(),
      reason: 'complaint',
    });
    expect(suppressed.json()).toEqual({ added: true });

    // Let Wednesday's mails reach the receiver first, so the counts below only change by Friday's.
    await waitFor(
      async () =>
        (await Promise.all([stopper, complainer].map((p) => outboxTo(t, p.email))))
          .flat()
          .every((m) => m.status === 'sent')
          ? true
          : undefined,
      "Wednesday's mail",
    );
    const before = new Map([stopper, complainer, bouncer].map((p) => [p.email, mailsTo(p.email).length]));
    clock.set(minuteAfter(FRIDAY));
    const [run] = await sendDue(t.ctx);
    // The stopper is not planned at all; complainer and bouncer are planned and skipped.
    expect(run).toMatchObject({ planned: { deliveries: 4 }, sent: 2, skipped: 2 });
    await waitFor(
      async () =>
        (await outboxTo(t, people[1]!.email)).every((m) => m.status === 'sent') ? true : undefined,
      'Friday mail',
    );
    for (const [email, count] of before) expect(mailsTo(email)).toHaveLength(count);
    const friday = (await deliveriesOf(t, complainer.id)).at(-1)!;
    expect(friday).toMatchObject({ status: 'skipped', skipReason: 'suppressed', outboxId: null });
    expect((await deliveriesOf(t, stopper.id)).map((d) => d.slotAt.toISOString())).not.toContain(
      '2027-02-05T07:30:00.000Z',
    );

    // Resuming by the same link brings the mail back.
    const resumed = await api('POST', '/api/practice/unsubscribe', undefined, { token, status: 'active' });
    expect(resumed.json()).toMatchObject({ status: 'active' });
    // Some mail clients post the one-click form as multipart.
    const boundary = 'xYzZY';
    const multipart = await t.app.inject({
      method: 'POST',
      url: `/api/practice/unsubscribe?token=${token}`,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--${boundary}--\r\n`,
    });
    expect(multipart.json()).toMatchObject({ status: 'stopped' });
    const paused = await api('POST', '/api/practice/unsubscribe', undefined, {
      token,
      status: 'paused',
      pausedUntil: '2027-01-01',
    });
    expect(paused.json().error.code).toBe('validation_failed');
  });

  it('shows staff the campaign progress and coordinators their teams, without individual answers', async () => {
    const progress = await api('GET', `${campaignUrl()}/progress`, staff);
    expect(progress.statusCode).toBe(200);
    const p = progress.json();
    expect(p).toMatchObject({
      status: 'active',
      participants: 5,
      practising: 2,
      bounced: 1,
      complaints: 1,
      mails: { scheduled: 14, planned: 0, sent: 11, skipped: 3, suppressed: 3, entryChecksSent: 5 },
      questions: { answered: 3, correct: 2 },
      currentSend: {
        slotAt: '2027-02-05T07:30:00.000Z',
        total: 4,
        remaining: 0,
        percent: 100,
        sending: false,
      },
    });
    expect(p.perDay.map((d: { date: string }) => d.date)).toEqual(['2027-02-01', '2027-02-03', '2027-02-05']);
    expect(p.perDay).toEqual([
      { date: '2027-02-01', sent: 5, answered: 2 },
      { date: '2027-02-03', sent: 4, answered: 1 },
      { date: '2027-02-05', sent: 2, answered: 0 },
    ]);

    const { cookie: coordinator } = await loginAs(t, [
      { role: 'coordinator', programme: null, organizationId },
    ]);
    const participation = await api(
      'GET',
      `/api/practice/editions/${editionId}/organizations/${organizationId}/participation`,
      coordinator,
    );
    expect(participation.statusCode).toBe(200);
    expect(participation.json()).toEqual({
      campaignStatus: 'active',
      teams: [
        {
          teamId: expect.any(String),
          name: 'Team Oefen',
          participants: 5,
          practising: 2,
          answers: 3,
          answersPerPractisingParticipant: 1.5,
          activeLast7Days: 2,
          entryCheckCompleted: 0,
        },
      ],
    });
    expect((await api('GET', `${campaignUrl()}/progress`, coordinator)).statusCode).toBe(403);
    const [otherOrg] = await t.ctx.db.insert(organizations).values({ name: 'Andere BV' }).returning();
    const { cookie: otherCoordinator } = await loginAs(t, [
      { role: 'coordinator', programme: null, organizationId: otherOrg!.id },
    ]);
    expect(
      (
        await api(
          'GET',
          `/api/practice/editions/${editionId}/organizations/${organizationId}/participation`,
          otherCoordinator,
        )
      ).statusCode,
    ).toBe(403);
  });
  it('keeps every answer with version, times and entry-check flag for the results', async () => {
    const records = await practiceAnswerRecords(t.ctx, editionId);
    expect(records).toHaveLength(3);
    expect(records.map((r) => r.entryCheck)).toEqual([true, true, true]);
    expect(records.filter((r) => r.correct)).toHaveLength(2);
    for (const r of records) {
      expect(r.versionId).toEqual(expect.any(String));
      expect(r.sentAt!.toISOString()).toBe('2027-02-01T07:31:00.000Z');
      expect(r.openedAt!.getTime()).toBeLessThanOrEqual(r.answeredAt.getTime());
    }
  });

  it('documents its endpoints in the OpenAPI document', async () => {
    const doc = (await t.app.inject('/api/openapi.json')).json() as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/practice/editions/{editionId}/campaign',
        '/api/practice/editions/{editionId}/campaign/progress',
        '/api/practice/answer',
        '/api/practice/link',
        '/api/practice/unsubscribe',
        '/api/practice/me/{year}',
        '/api/practice/me/items/{itemId}/answer',
      ]),
    );
  });
});
