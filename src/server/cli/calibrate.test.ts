import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../../domain/random.ts';
import { calibrateCommand } from './calibrate.ts';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s) },
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}

interface Output {
  method: string;
  persons: number;
  iterations: number;
  converged: boolean;
  items: { item: string; difficulty: number | null; se: number | null; n: number; note?: string }[];
}

describe('calibrate command', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'wegwijs-calibrate-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function file(name: string, text: string): Promise<string> {
    const target = path.join(dir, name);
    await writeFile(target, text, 'utf8');
    return target;
  }

  it('prints centred difficulties with standard errors as JSON', async () => {
    // 600 simulated people, 4 items of known difficulty; E is never answered, F always right.
    const random = mulberry32(12);
    const difficulties = [-1, -0.3, 0.4, 0.9];
    const lines = ['id;Q1;Q2;Q3;Q4;E;F'];
    for (let p = 0; p < 600; p++) {
      const u1 = 1 - random();
      const theta = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * random());
      const cells = difficulties.map((b) =>
        random() < 0.1 ? '' : random() < 1 / (1 + Math.exp(b - theta)) ? '1' : '0',
      );
      lines.push(`p${p};${cells.join(';')};;1`);
    }
    const csv = await file('ok.csv', `\uFEFF${lines.join('\r\n')}\r\n`);

    const run = capture();
    expect(await calibrateCommand([csv], run.io)).toBe(0);
    expect(run.stderr()).toBe('');
    const output = JSON.parse(run.stdout()) as Output;

    expect(output).toMatchObject({ method: 'rasch-mml', persons: 600, converged: true });
    expect(output.iterations).toBeGreaterThan(0);
    expect(output.items.map((i) => i.item)).toEqual(['Q1', 'Q2', 'Q3', 'Q4', 'E', 'F']);
    const estimated = output.items.slice(0, 4);
    const sum = estimated.reduce((s, i) => s + i.difficulty!, 0);
    expect(Math.abs(sum)).toBeLessThan(1e-3); // centred (up to rounding)
    estimated.forEach((item, i) => {
      // The true difficulties already have mean 0.
      expect(Math.abs(item.difficulty! - difficulties[i]!)).toBeLessThan(0.25);
      expect(item.se).toBeGreaterThan(0.03);
      expect(item.se).toBeLessThan(0.2);
      expect(item.difficulty).toBe(Math.round(item.difficulty! * 1e4) / 1e4);
      expect(item.n).toBeGreaterThan(500);
      expect(item.note).toBeUndefined();
    });
    expect(output.items[4]).toEqual({ item: 'E', difficulty: null, se: null, n: 0, note: 'no responses' });
    expect(output.items[5]).toMatchObject({ item: 'F', difficulty: null, se: null, n: 600 });
    expect(output.items[5]!.note).toMatch(/all responses correct/);
  });

  it('counts Freq as people', async () => {
    const csv = await file('freq.csv', 'Q1,Q2,Q3,Freq\n1,0,0,30\n1,1,0,20\n0,0,1,10\n1,1,1,5\n0,0,0,5\n');
    const run = capture();
    expect(await calibrateCommand([csv], run.io)).toBe(0);
    const output = JSON.parse(run.stdout()) as Output;
    expect(output.persons).toBe(70);
    expect(output.items.map((i) => i.n)).toEqual([70, 70, 70]);
  });

  it('lists bad cells by line and column and exits 1', async () => {
    const csv = await file('bad.csv', 'Q1,Q2\n1,0\n1,x\n0\n');
    const run = capture();
    expect(await calibrateCommand([csv], run.io)).toBe(1);
    expect(run.stdout()).toBe('');
    expect(run.stderr()).toContain('Line 3, column Q2: "x" is not 0, 1 or empty.');
    expect(run.stderr()).toContain('Line 4 has 1 fields; the header has 2.');
  });

  it('exits 1 for a file that does not exist', async () => {
    const run = capture();
    expect(await calibrateCommand([path.join(dir, 'missing.csv')], run.io)).toBe(1);
    expect(run.stderr()).toMatch(/Cannot read .*missing\.csv: file not found/);
  });

  it('exits 2 on usage errors', async () => {
    for (const args of [[], ['a.csv', 'b.csv'], ['a.csv', '--bogus'], ['a.csv', '--max-iterations', '0']]) {
      const run = capture();
      expect(await calibrateCommand(args, run.io), args.join(' ')).toBe(2);
      expect(run.stderr()).toMatch(/Usage: npm run wegwijs -- calibrate FILE\.csv/);
    }
  });

  it('reports a run that stopped before converging', async () => {
    const csv = await file('short.csv', 'Q1,Q2,Q3\n1,0,0\n1,1,0\n0,0,1\n1,1,1\n0,1,0\n1,0,1\n');
    const run = capture();
    expect(await calibrateCommand([csv, '--max-iterations', '1'], run.io)).toBe(0);
    expect(JSON.parse(run.stdout())).toMatchObject({ iterations: 1, converged: false });
    expect(run.stderr()).toMatch(/not converged/);
  });
});
