import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './cli.ts';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s) }, out, err };
}

describe('operator CLI', () => {
  const saved = { ...process.env };
  beforeEach(() => {
    // The CLI reads the environment like the server does; point it at a throw-away embedded database.
    delete process.env.DATABASE_URL;
    delete process.env.BASE_URL; // Vitest sets Vite's BASE_URL=/ in the environment
    process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), 'wegwijs-cli-'));
    process.env.NODE_ENV = 'test';
  });
  afterEach(() => {
    process.env = { ...saved };
  });

  it('lists its commands, and refuses unknown ones', async () => {
    const help = capture();
    expect(await runCli([], help.io)).toBe(0);
    expect(help.err.join('')).toMatch(/create-admin/);
    const unknown = capture();
    expect(await runCli(['fly'], unknown.io)).toBe(2);
    expect(unknown.err.join('')).toMatch(/Unknown command "fly"/);
  });

  it('migrates, seeds the demo once, and creates an admin', async () => {
    const migrate = capture();
    expect(await runCli(['migrate'], migrate.io), migrate.err.join('')).toBe(0);
    const seed = capture();
    expect(await runCli(['seed-demo'], seed.io)).toBe(0);
    expect(seed.out.join('')).toMatch(/admin@wegwijs\.demo/);
    const again = capture();
    expect(await runCli(['seed-demo'], again.io)).toBe(1);
    expect(again.err.join('')).toMatch(/only loaded into an empty database/);

    const bad = capture();
    expect(await runCli(['create-admin', '--email', 'nope'], bad.io)).toBe(2);
    const ok = capture();
    expect(
      await runCli(['create-admin', '--email', 'Ops@Example.org', '--password', 'long-enough-1'], ok.io),
    ).toBe(0);
    expect(ok.out.join('')).toMatch(/Created platform admin ops@example\.org/);
    const promote = capture();
    expect(await runCli(['create-admin', '--email', 'admin@wegwijs.demo'], promote.io)).toBe(0);
    expect(promote.out.join('')).toMatch(/Updated platform admin/);
    // The demo seed simulates and publishes a whole past edition: slow on a busy machine.
  }, 120_000);
});
