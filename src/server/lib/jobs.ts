import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { Database } from '../db/client.ts';

export type JobHandler<T> = (data: T, job: { id: string; retryCount: number }) => Promise<void>;

interface Registration {
  name: string;
  handler: JobHandler<never>;
  options: PgBoss.Queue;
}

/**
 * The job queue (pg-boss, queues in PostgreSQL). On the embedded PGlite pg-boss talks
 * through our SQL executor, on a server it opens its own small pool. Queues are declared
 * up front; workers start only where `workers` is on, so a CLI or a test can send
 * without consuming.
 */
export class Jobs {
  readonly boss: PgBoss;
  private readonly registrations: Registration[] = [];
  private readonly schedules: PgBoss.Schedule[] = [];
  private readonly log: Logger;
  private started = false;

  constructor(database: Database, log: Logger) {
    this.log = log;
    this.boss =
      database.kind === 'pglite'
        ? new PgBoss({
            // pg-boss's own typing says `any[]`; our executor takes unknown[] and returns rows.
            db: { executeSql: (text: string, values: unknown[]) => database.raw.executeSql(text, values) },
            supervise: true,
            schedule: true,
          })
        : new PgBoss({ connectionString: database.url, max: 4 });
    this.boss.on('error', (err) => this.log.error({ err }, 'job queue error'));
  }

  /** Declares a queue and its handler (before start). */
  define<T>(name: string, handler: JobHandler<T>, options: Omit<PgBoss.Queue, 'name'> = {}): void {
    this.registrations.push({
      name,
      handler: handler as JobHandler<never>,
      options: { name, retryLimit: 5, retryDelay: 5, retryBackoff: true, ...options },
    });
  }

  /** Changes a declared queue's options before start (operators' settings, tests). */
  configure(name: string, options: Omit<PgBoss.Queue, 'name'>): void {
    const registration = this.registrations.find((r) => r.name === name);
    if (!registration) throw new Error(`Unknown queue ${name}`);
    registration.options = { ...registration.options, ...options };
  }

  /**
   * Runs a declared queue on a cron schedule (before start, like `define`). pg-boss keeps
   * schedules in the database and creates one job per tick however many processes run.
   */
  schedule(name: string, cron: string, options: PgBoss.ScheduleOptions = {}, data: object = {}): void {
    if (!this.registrations.some((r) => r.name === name)) throw new Error(`Unknown queue ${name}`);
    this.schedules.push({ name, cron, data, options });
  }

  async start(runWorkers: boolean, pollingIntervalSeconds = 1): Promise<void> {
    await this.boss.start();
    this.started = true;
    for (const r of this.registrations) {
      await this.boss.createQueue(r.name, r.options);
      if (runWorkers) {
        await this.boss.work<unknown>(r.name, { pollingIntervalSeconds }, async (jobs) => {
          for (const job of jobs) {
            await r.handler(job.data as never, { id: job.id, retryCount: 0 });
          }
        });
      }
    }
    for (const s of this.schedules) await this.boss.schedule(s.name, s.cron, s.data, s.options);
  }

  async send<T extends object>(
    name: string,
    data: T,
    options: PgBoss.SendOptions = {},
  ): Promise<string | null> {
    return this.boss.send(name, data, options);
  }

  /** Runs every job waiting in a queue now, in this process (CLI commands and tests). */
  async drain(name: string): Promise<number> {
    const registration = this.registrations.find((r) => r.name === name);
    if (!registration) throw new Error(`Unknown queue ${name}`);
    let done = 0;
    for (;;) {
      const jobs = await this.boss.fetch<unknown>(name, { batchSize: 10 });
      if (jobs.length === 0) return done;
      for (const job of jobs) {
        try {
          await registration.handler(job.data as never, { id: job.id, retryCount: 0 });
          await this.boss.complete(name, job.id);
        } catch (err) {
          await this.boss.fail(name, job.id, { message: err instanceof Error ? err.message : String(err) });
        }
        done++;
      }
    }
  }

  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    await this.boss.stop({ graceful: true, wait: true, timeout: 5000 });
  }
}
