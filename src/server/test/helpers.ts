import { PGlite } from '@electric-sql/pglite';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import pino from 'pino';
import { buildApp } from '../app.ts';
import { type Config, loadConfig } from '../config.ts';
import { type Database, openDatabase, runMigrations } from '../db/client.ts';
import { type AppContext, type Clock, createContext } from '../lib/context.ts';
import { setPassword } from '../lib/passwords.ts';
import type { RoleGrant } from '../lib/principal.ts';
import { createPerson } from '../modules/people/service.ts';

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  config: Config;
  /** The database the app runs on (kept across `restartTestApp`). */
  database: Database;
  close(): Promise<void>;
}

export interface TestAppOptions {
  clock?: Clock;
  env?: Record<string, string>;
  /** Run job workers (e.g. mail delivery) in the background. Off by default: tests drain queues. */
  workers?: boolean;
  /** Runs after the context exists and before the job queue starts (to define extra queues). */
  beforeStart?: (ctx: AppContext) => void;
  /** The built web app to serve (default: dist/web, when there is a build). */
  webRoot?: string;
}

let template: Blob | undefined;

/**
 * A fresh, migrated database for one test file: an in-memory PGlite cloned from a migrated
 * template, or (when DATABASE_URL is set) a new database on that PostgreSQL server.
 */
export async function createTestDatabase(): Promise<Database> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const name = `wegwijs_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 10 });
    await runMigrations(database);
    const close = database.close;
    database.close = async () => {
      await close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    };
    return database;
  }
  if (!template) {
    const seed = await PGlite.create();
    const database = await openDatabase({ pglite: seed });
    await runMigrations(database);
    template = (await seed.dumpDataDir('none')) as Blob;
    await seed.close();
  }
  return openDatabase({ pglite: await PGlite.create({ loadDataDir: template }) });
}

export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  return startAppOn(await createTestDatabase(), options);
}

/**
 * Stops the app as a server restart would (HTTP, job workers, mail) and starts a new one on
 * the same database: whatever the old process held in memory is gone, the data remains.
 */
export async function restartTestApp(t: TestApp, options: TestAppOptions = {}): Promise<TestApp> {
  await t.app.close();
  await t.ctx.jobs.stop();
  t.ctx.mailer.close();
  return startAppOn(t.database, options);
}

async function startAppOn(database: Database, options: TestAppOptions): Promise<TestApp> {
  const config = loadConfig({
    NODE_ENV: 'test',
    BASE_URL: 'http://localhost:3000',
    LOG_LEVEL: 'silent',
    DATA_DIR: '/nonexistent',
    ...options.env,
  });
  const ctx = createContext(config, database, pino({ level: 'silent' }), options.clock);
  options.beforeStart?.(ctx);
  await ctx.jobs.start(options.workers ?? false, 0.5);
  const app = await buildApp(ctx, { webRoot: options.webRoot });
  await app.ready();
  return {
    app,
    ctx,
    config,
    database,
    async close() {
      await app.close();
      await ctx.jobs.stop();
      ctx.mailer.close();
      await database.close();
    },
  };
}

let counter = 0;

/** Creates a person with the given roles (and a password when asked). */
export async function makePerson(
  ctx: AppContext,
  roles: RoleGrant[] = [],
  overrides: { email?: string; name?: string; password?: string; locale?: 'nl' | 'en' } = {},
) {
  counter++;
  const person = await createPerson(ctx.db, null, {
    email: overrides.email ?? `person${counter}-${Math.random().toString(36).slice(2, 7)}@test.example`,
    name: overrides.name ?? `Test Persoon ${counter}`,
    locale: overrides.locale ?? 'nl',
    roles,
  });
  if (overrides.password) await setPassword(ctx.auth, person.id, overrides.password);
  return person;
}

export const adminGrant: RoleGrant = { role: 'admin', programme: null, organizationId: null };
export const quizStaffGrant: RoleGrant = { role: 'staff', programme: 'quiz', organizationId: null };

/** Logs in by password and returns the Cookie header to send with later requests. */
export async function loginWithPassword(
  app: FastifyInstance,
  email: string,
  password: string,
): Promise<string> {
  // Each test log-in comes from its own address, so the log-in rate limit does not trip across tests.
  const remoteAddress = `10.${(counter >> 16) & 255}.${(counter >> 8) & 255}.${counter & 255}`;
  counter++;
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/password',
    payload: { email, password },
    remoteAddress,
  });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
  return cookieHeader(res.headers['set-cookie']);
}

/** Turns Set-Cookie headers into a Cookie header. */
export function cookieHeader(setCookie: string | string[] | undefined): string {
  const list = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  return list.map((c) => c.split(';')[0]).join('; ');
}

/** Creates a person with roles and returns a logged-in Cookie header for them. */
export async function loginAs(t: TestApp, roles: RoleGrant[] = []) {
  const password = 'correct-horse-battery';
  const person = await makePerson(t.ctx, roles, { password });
  const cookie = await loginWithPassword(t.app, person.email, password);
  return { person, cookie };
}

/** A clock the test moves by hand. */
export function manualClock(startIso: string) {
  let now = Date.parse(startIso);
  return {
    now: () => new Date(now),
    set: (iso: string) => {
      now = Date.parse(iso);
    },
    advance: (ms: number) => {
      now += ms;
    },
  };
}
