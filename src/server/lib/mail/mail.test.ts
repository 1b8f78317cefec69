import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox } from '../../db/schema/index.ts';
import { adminGrant, createTestApp, loginAs, makePerson, type TestApp } from '../../test/helpers.ts';
import { MAIL_QUEUE } from './mailer.ts';

interface Received {
  from: string;
  to: string[];
  raw: string;
}

/** A real SMTP receiver on a free loopback port; `reject` makes it refuse recipients. */
async function startSmtp(options: { reject?: boolean } = {}) {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (options.reject) return callback(new Error(`Mailbox ${address.address} unavailable`));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    received,
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

async function waitFor<T>(probe: () => Promise<T | undefined>, what: string, tries = 200): Promise<T> {
  for (let i = 0; i < tries; i++) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`gave up waiting for ${what}`);
}

describe('mail over SMTP', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let t: TestApp;
  beforeAll(async () => {
    smtp = await startSmtp();
    t = await createTestApp({
      env: { SMTP_URL: smtp.url, MAIL_FROM: 'Wegwijs <noreply@wegwijs.test>' },
      workers: true,
    });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('delivers a log-in link through the job queue with text and HTML parts', async () => {
    const person = await makePerson(t.ctx, [], { email: 'smtp-user@test.example' });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/magic-link',
      payload: { email: person.email },
    });
    expect(res.statusCode).toBe(202);
    const mail = await waitFor(
      async () => smtp.received.find((m) => m.to.includes(person.email)),
      'the SMTP delivery',
    );
    expect(mail.from).toBe('noreply@wegwijs.test');
    expect(mail.raw).toContain('Subject: Je inloglink voor Wegwijs');
    expect(mail.raw).toMatch(/Content-Type: text\/plain/);
    expect(mail.raw).toMatch(/Content-Type: text\/html/);
    const row = await waitFor(async () => {
      const [r] = await t.ctx.db.select().from(mailOutbox).where(eq(mailOutbox.to, person.email));
      return r?.status === 'sent' ? r : undefined;
    }, 'the outbox status');
    expect(row.messageId).toBeTruthy();
  });

  it('closes the demo mailbox when SMTP is configured', async () => {
    const res = await t.app.inject('/api/dev/mailbox');
    expect(res.statusCode).toBe(404);
    expect((await t.app.inject('/api/config')).json()).toMatchObject({ devMailbox: false });
  });
});

describe('failed deliveries', () => {
  it('marks the mail failed and shows the failed job to admins, who can retry it', async () => {
    const smtp = await startSmtp({ reject: true });
    const t = await createTestApp({
      env: { SMTP_URL: smtp.url },
      beforeStart: (ctx) => ctx.jobs.configure(MAIL_QUEUE, { retryLimit: 0 }),
    });
    try {
      const { cookie } = await loginAs(t, [adminGrant]);
      const person = await makePerson(t.ctx, [], { email: 'bounce@test.example' });
      await t.app.inject({ method: 'POST', url: '/api/auth/magic-link', payload: { email: person.email } });
      expect(await t.ctx.jobs.drain(MAIL_QUEUE)).toBe(1);

      const [row] = await t.ctx.db.select().from(mailOutbox).where(eq(mailOutbox.to, person.email));
      expect(row).toMatchObject({ status: 'failed', attempts: 1 });
      expect(row?.lastError).toMatch(/unavailable/);

      const jobs = await t.app.inject({ url: '/api/admin/jobs?state=failed', headers: { cookie } });
      const failed = jobs.json().items as Array<{ id: string; name: string; state: string }>;
      expect(failed).toEqual([expect.objectContaining({ name: MAIL_QUEUE, state: 'failed' })]);
      const retry = await t.app.inject({
        method: 'POST',
        url: `/api/admin/jobs/${failed[0]!.id}/retry`,
        headers: { cookie },
      });
      expect(retry.statusCode).toBe(202);
      const after = await t.app.inject({ url: '/api/admin/jobs?state=failed', headers: { cookie } });
      expect(after.json().items).toEqual([]);
    } finally {
      await t.close();
      await smtp.close();
    }
  });
});
