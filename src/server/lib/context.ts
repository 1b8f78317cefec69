import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import type { Database, Db } from '../db/client.ts';
import { findUserByEmail } from '../modules/people/repository.ts';
import { definePracticeJobs } from '../modules/practice/send-due.ts';
import { defineRegistrationJobs } from '../modules/registration/reminder-job.ts';
import { type Auth, createAuth, MAGIC_LINK_MINUTES } from './auth.ts';
import { Jobs } from './jobs.ts';
import { Mailer } from './mail/mailer.ts';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Everything a service may need, built once per process (or per test). */
export interface AppContext {
  config: Config;
  database: Database;
  db: Db;
  auth: Auth;
  jobs: Jobs;
  mailer: Mailer;
  clock: Clock;
  log: Logger;
}

export function createContext(
  config: Config,
  database: Database,
  log: Logger,
  clock: Clock = systemClock,
): AppContext {
  const jobs = new Jobs(database, log);
  const mailer = new Mailer(config, database.db, jobs);
  const ctx: AppContext = {
    config,
    database,
    db: database.db,
    jobs,
    mailer,
    clock,
    log,
    auth: createAuth(config, database.db, async ({ email, token, metadata }) => {
      // Called by better-auth inside signInMagicLink; the person exists (sign-up is disabled).
      const user = await findUserByEmail(database.db, email);
      if (!user) return;
      const url = magicLinkUrl(config, token, typeof metadata?.next === 'string' ? metadata.next : undefined);
      if (metadata?.invite === 'coordinator' && typeof metadata.organization === 'string') {
        await mailer.send(user.email, user.locale, 'coordinator-invite', {
          name: user.name,
          organization: metadata.organization,
          url,
          minutes: MAGIC_LINK_MINUTES,
        });
        return;
      }
      if (
        metadata?.invite === 'participant' &&
        typeof metadata.organization === 'string' &&
        typeof metadata.team === 'string' &&
        typeof metadata.edition === 'string'
      ) {
        await mailer.send(user.email, user.locale, 'participant-invite', {
          name: user.name,
          organization: metadata.organization,
          team: metadata.team,
          edition: metadata.edition,
          eventDate: typeof metadata.eventDate === 'string' ? metadata.eventDate : null,
          url,
          minutes: MAGIC_LINK_MINUTES,
          loginUrl: `${config.baseUrl}/login`,
        });
        return;
      }
      await mailer.send(user.email, user.locale, 'magic-link', {
        name: user.name,
        url,
        minutes: MAGIC_LINK_MINUTES,
      });
    }),
  };
  defineRegistrationJobs(ctx);
  definePracticeJobs(ctx);
  return ctx;
}

/** The link in a log-in mail; `next` (a path inside the app) is where the person lands. */
export function magicLinkUrl(config: Config, token: string, next?: string): string {
  const landing = next && /^\/(?!\/)/.test(next) ? `&next=${encodeURIComponent(next)}` : '';
  return `${config.baseUrl}/auth/verify?token=${encodeURIComponent(token)}${landing}`;
}
