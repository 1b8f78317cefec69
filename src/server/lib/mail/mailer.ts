import { eq, sql } from 'drizzle-orm';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../../config.ts';
import type { DbOrTx } from '../../db/client.ts';
import { mailOutbox } from '../../db/schema/index.ts';
import type { Jobs } from '../jobs.ts';
import { type Locale, renderMail, type TemplateName, type TemplateParams } from './templates.ts';

export const MAIL_QUEUE = 'mail.deliver';

export interface SendOptions {
  /** Extra message headers, e.g. List-Unsubscribe. */
  headers?: Record<string, string>;
}

export type PermanentFailureListener = (failure: {
  to: string;
  template: string;
  outboxId: string;
  error: string;
}) => Promise<void>;

/**
 * Writes a mail to the outbox and queues its delivery. The outbox row is the record of
 * what was sent; the job delivers it over SMTP (with retries) or, without SMTP, marks it
 * delivered to the outbox so the demo mailbox shows it.
 */
export class Mailer {
  private readonly config: Config;
  private readonly db: DbOrTx;
  private readonly jobs: Jobs;
  private readonly transport: Transporter | undefined;
  private readonly failureListeners: PermanentFailureListener[] = [];

  constructor(config: Config, db: DbOrTx, jobs: Jobs) {
    this.config = config;
    this.db = db;
    this.jobs = jobs;
    this.transport = config.smtpUrl ? nodemailer.createTransport(config.smtpUrl) : undefined;
    jobs.define<{ outboxId: string }>(MAIL_QUEUE, (data) => this.deliver(data.outboxId), {
      retryLimit: 5,
      retryDelay: 30,
      retryBackoff: true,
    });
  }

  async send<N extends TemplateName>(
    to: string,
    locale: Locale,
    template: N,
    params: TemplateParams<N>,
    options: SendOptions = {},
  ): Promise<string> {
    const id = await this.write(this.db, to, locale, template, params, options);
    await this.enqueue(id);
    return id;
  }

  /**
   * Renders a mail into the outbox without queuing its delivery, so it can be written in the
   * caller's transaction; call `enqueue` after the commit.
   */
  async write<N extends TemplateName>(
    db: DbOrTx,
    to: string,
    locale: Locale,
    template: N,
    params: TemplateParams<N>,
    options: SendOptions = {},
  ): Promise<string> {
    const mail = renderMail(template, locale, params);
    const [row] = await db
      .insert(mailOutbox)
      .values({
        to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        template,
        headers: options.headers ?? null,
      })
      .returning({ id: mailOutbox.id });
    return row!.id;
  }

  /** Queues delivery of an outbox row. The job id is the outbox id, so queuing twice is harmless. */
  async enqueue(outboxId: string): Promise<void> {
    await this.jobs.send(MAIL_QUEUE, { outboxId }, { id: outboxId });
  }

  /** Called when the SMTP server refuses a mail permanently (5xx), e.g. to stop mailing a dead address. */
  onPermanentFailure(listener: PermanentFailureListener): void {
    this.failureListeners.push(listener);
  }

  /** Delivers one outbox message; throws (so the job is retried) when SMTP refuses it. */
  async deliver(outboxId: string): Promise<void> {
    const [message] = await this.db.select().from(mailOutbox).where(eq(mailOutbox.id, outboxId));
    if (!message || message.status === 'sent') return;
    if (!this.transport) {
      await this.db
        .update(mailOutbox)
        .set({ status: 'sent', sentAt: new Date() })
        .where(eq(mailOutbox.id, outboxId));
      return;
    }
    try {
      const info = await this.transport.sendMail({
        from: this.config.mailFrom,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        ...(message.headers ? { headers: message.headers } : {}),
      });
      await this.db
        .update(mailOutbox)
        .set({
          status: 'sent',
          sentAt: new Date(),
          messageId: info.messageId,
          attempts: sql`${mailOutbox.attempts} + 1`,
        })
        .where(eq(mailOutbox.id, outboxId));
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      const responseCode = (err as { responseCode?: unknown }).responseCode;
      if (typeof responseCode === 'number' && responseCode >= 500 && responseCode < 600) {
        for (const listener of this.failureListeners) {
          await listener({ to: message.to, template: message.template, outboxId, error }).catch(() => {
            // A listener's own failure must not hide the delivery error the job reports.
          });
        }
      }
      await this.db
        .update(mailOutbox)
        .set({ status: 'failed', lastError: error, attempts: sql`${mailOutbox.attempts} + 1` })
        .where(eq(mailOutbox.id, outboxId));
      throw err;
    }
  }

  close(): void {
    this.transport?.close();
  }
}
