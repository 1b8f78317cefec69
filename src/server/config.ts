import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * Configuration, parsed and validated once at start-up. Every wrong variable is reported
 * by name in one message, so an operator fixes them all in one go.
 */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Wegwijs <no-reply@wegwijs.local>'),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DEMO_DATA: z.enum(['auto', 'true', 'false']).default('auto'),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  WORKERS: z.enum(['true', 'false']).default('true'),
  SESSION_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).default(30),
});

export type Env = z.input<typeof envSchema>;

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  baseUrl: string;
  /** Absent: the embedded PGlite database in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  sessionSecret: string;
  logLevel: string;
  /** Load the demo data when the database is empty. */
  demoData: boolean;
  /** Mail lands in the database outbox and a public demo mailbox page shows it. */
  devMailbox: boolean;
  trustProxy: boolean;
  /** Run job workers (mail, schedules) in this process. */
  workers: boolean;
  secureCookies: boolean;
  /** How long a process trusts a verified session without asking the database (0 = never). */
  sessionCacheSeconds: number;
}

export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.problems = problems;
  }
}

/** Parses the environment into a typed Config, or throws ConfigError naming each bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.DATA_DIR);
  const baseUrl = (e.BASE_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  let sessionSecret = e.SESSION_SECRET;
  if (!sessionSecret) {
    if (e.NODE_ENV === 'production') throw new ConfigError(['SESSION_SECRET: required in production']);
    sessionSecret = e.NODE_ENV === 'test' ? 'test-secret-test-secret-test-secret!' : devSecret(dataDir);
  }
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    baseUrl,
    databaseUrl: e.DATABASE_URL,
    dataDir,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    sessionSecret,
    logLevel: e.LOG_LEVEL,
    demoData: e.DEMO_DATA === 'auto' ? e.NODE_ENV !== 'production' : e.DEMO_DATA === 'true',
    devMailbox: !e.SMTP_URL && e.NODE_ENV !== 'production',
    trustProxy: e.TRUST_PROXY === 'true',
    workers: e.WORKERS === 'true',
    secureCookies: baseUrl.startsWith('https://'),
    sessionCacheSeconds: e.SESSION_CACHE_SECONDS,
  };
}

/** In development a secret is generated once and kept in the data folder, so sessions survive restarts. */
function devSecret(dataDir: string): string {
  const file = path.join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
