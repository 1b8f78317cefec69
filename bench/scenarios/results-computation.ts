/**
 * Results computation at event scale: 100,000 participants × 60 core answers (plus the
 * manager module and the practice baseline), generated in memory from a Rasch model with
 * known difficulties and abilities (bench/lib/results-workload.ts), then production's
 * pure computation `computeResults` (src/server/modules/results/compute.ts): the score,
 * manager and organisation rankings, the review flags, and the learning curve (Rasch MML
 * calibration, Warm abilities per phase, gain ranking).
 *
 * The computation runs in a child process (bench/lib/results-computation-child.ts) so
 * its peak memory is its own. Flags: `--results-participants=N` (default 100,000; 5,000 with
 * --quick), `--max-old-space-mb=N` (default 4096, V8's own default on this machine
 * class: a cap at the 2 GB budget would turn "by how much over" into a crash),
 * `--breakdown=false` (skip the per-stage pass, which runs every stage a second time).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { numberFlag } from '../lib/flags.ts';
import type { BudgetCheck, Scenario } from '../lib/report.ts';
import type { ChildReport } from '../lib/results-computation-child.ts';

const TIME_BUDGET_MS = 30_000;
const MEMORY_BUDGET_MB = 2048;
/**
 * Correctness guard: the calibration must recover the generating difficulties, to within
 * twice the standard error it reports itself (at 100,000 people about 0.03 logit; with
 * --quick, where a manager question has a few hundred answers, about 0.1).
 */
const RMSE_GUARD_IN_SE = 2;

const childScript = path.resolve(import.meta.dirname, '../lib/results-computation-child.ts');

function runChild(args: string[], nodeFlags: string[]): Promise<ChildReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeFlags, childScript, ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const last = stdout.trim().split('\n').at(-1);
      if (code !== 0 || !last) {
        reject(new Error(`results computation child failed (exit ${code ?? signal}); out of memory?`));
        return;
      }
      resolve(JSON.parse(last) as ChildReport);
    });
  });
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export const run: Scenario = async (options) => {
  const { flags, quick } = options;
  const participants = numberFlag(flags, 'results-participants', { full: 100_000, quick: 5000 }, quick, {
    min: 100,
  });
  const maxOldSpaceMb = numberFlag(flags, 'max-old-space-mb', { full: 4096, quick: 4096 }, quick, {
    min: 256,
  });
  const breakdown = flags.breakdown !== 'false';
  const report = await runChild(
    [`--participants=${participants}`, `--breakdown=${breakdown}`],
    [`--max-old-space-size=${maxOldSpaceMb}`, '--expose-gc'],
  );

  const overhead = Math.max(0, report.peakHeapMb - report.inputHeapMb);
  const budget: BudgetCheck[] = [];
  const scale =
    participants === 100_000
      ? ''
      : ` (at ${participants.toLocaleString('en')} participants; the budget is for 100,000)`;
  const slowest = report.stages
    .filter((s) => s.stage.startsWith('  '))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 2)
    .map((s) => `${s.stage.trim()} ${seconds(s.ms)}`)
    .join(', ');
  budget.push({
    target: `results computation time, 100,000 × 60${scale}`,
    limit: '≤ 30 s',
    measured: `${seconds(report.totalMs)} wall, ${seconds(report.totalCpuMs)} CPU`,
    met: report.totalMs <= TIME_BUDGET_MS,
    note:
      report.totalMs <= TIME_BUDGET_MS
        ? undefined
        : `${seconds(report.totalMs - TIME_BUDGET_MS)} over${slowest ? `; slowest steps: ${slowest}` : ''}. See docs/performance.md (results computation).`,
  });
  budget.push({
    target: `results computation peak memory (RSS of the process)${scale}`,
    limit: '≤ 2 GB',
    measured: `${(report.peakRssMb / 1024).toFixed(2)} GB (heap: records ${report.inputHeapMb} MB, peak ${report.peakHeapMb} MB)`,
    met: report.peakRssMb <= MEMORY_BUDGET_MB,
    note:
      report.peakRssMb <= MEMORY_BUDGET_MB
        ? undefined
        : `${((report.peakRssMb - MEMORY_BUDGET_MB) / 1024).toFixed(2)} GB over: the answer records alone take ${report.inputHeapMb} MB of heap (one object per served answer); the computation adds ${Math.round(overhead)} MB. See docs/performance.md (results computation).`,
  });
  const rmse = report.calibration.difficultyRmse.all;
  const guard = RMSE_GUARD_IN_SE * report.calibration.rmsStandardError;
  budget.push({
    target: 'correctness guard: difficulty recovery (RMSE against the generating values)',
    limit: `< ${RMSE_GUARD_IN_SE} × reported SE (${guard.toFixed(3)} logit)`,
    measured: `${rmse} logit (core ${report.calibration.difficultyRmse.core}, manager ${report.calibration.difficultyRmse.manager}, practice ${report.calibration.difficultyRmse.practice})`,
    met: rmse < guard && report.calibration.converged,
    note: report.calibration.converged ? undefined : 'the calibration did not converge',
  });

  return {
    name: 'results-computation',
    parameters: {
      participants,
      coreQuestions: 60,
      managerQuestions: 10,
      practicePool: 200,
      seed: report.request.seed,
      maxOldSpaceMb,
      breakdown,
      node: report.nodeVersion,
    },
    metrics: {
      totalMs: report.totalMs,
      totalCpuMs: report.totalCpuMs,
      peakRssMb: report.peakRssMb,
      peakHeapMb: report.peakHeapMb,
      inputHeapMb: report.inputHeapMb,
      computationHeapMb: Math.round(overhead),
      generationMs: report.generationMs,
      stages: report.stages,
      counts: report.counts,
      calibration: report.calibration,
      learningCurve: report.learningCurve,
      rankings: report.rankings,
      flags: report.flags,
    },
    budget,
  };
};
