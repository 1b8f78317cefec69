/**
 * The measured part of the results-computation scenario, run in its own process so
 * that peak memory belongs to the computation alone:
 *
 *   node --max-old-space-size=N --expose-gc bench/lib/results-computation-child.ts --participants=100000
 *
 * The main thread starts a worker thread that generates the edition and computes, and
 * samples the worker's heap every 20 ms (a synchronous computation cannot sample
 * itself). Peak RSS is the process's high-water mark (`maxRSS`). The last line on
 * stdout is the JSON `ChildReport`.
 */
import { performance } from 'node:perf_hooks';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { calibrateRasch, rankLearningGain, stackPhases } from '../../src/domain/psychometrics/index.ts';
import { rootMeanSquaredError } from '../../src/domain/psychometrics/simulate.ts';
import { compareAscNullLast } from '../../src/domain/ranking/competition-rank.ts';
import {
  rankSmartestEmployeeByScore,
  rankSmartestManager,
} from '../../src/domain/ranking/individual-awards.ts';
import { rankSmartestOrganization } from '../../src/domain/ranking/organization-award.ts';
import { computeResults } from '../../src/server/modules/results/compute.ts';
import { computeFlags } from '../../src/server/modules/results/flags.ts';
import {
  computeLearningCurve,
  learningCurveResponses,
} from '../../src/server/modules/results/learning-curve.ts';
import { buildSummaries } from '../../src/server/modules/results/summaries.ts';
import { generateWorkload } from './results-workload.ts';

export interface ChildRequest {
  participants: number;
  seed: number;
  /** Also time the steps inside the learning curve (calibration, abilities) separately. */
  breakdown: boolean;
}

export interface StageTiming {
  stage: string;
  /** Wall time. */
  ms: number;
  /** CPU time of the computing thread: less sensitive to other work on the machine than wall time. */
  cpuMs: number;
  /** Highest worker heap (used) seen during the stage, MB. */
  peakHeapMb: number;
}

export interface ChildReport {
  request: ChildRequest;
  nodeVersion: string;
  maxOldSpaceMb: number | null;
  counts: Record<string, number>;
  /** Heap used by the generated records alone (after a full GC), MB. */
  inputHeapMb: number;
  generationMs: number;
  /** computeResults end to end: the budget figure. */
  totalMs: number;
  totalCpuMs: number;
  stages: StageTiming[];
  peakHeapMb: number;
  peakRssMb: number;
  calibration: {
    iterations: number;
    converged: boolean;
    rows: number;
    estimatedItems: number;
    /** RMSE of difficulties against the truth, each pool centred on its own (see docs/performance.md). */
    difficultyRmse: { core: number; manager: number; practice: number; all: number };
    /** Root mean square of the reported standard errors: what the RMSE should be near. */
    rmsStandardError: number;
    populationSd: number;
  };
  learningCurve: { ranked: number; notQualified: number; learnersInTop100: number; learnerShare: number };
  rankings: { employeeByScore: number; manager: number; organization: number; teamsNotEligible: number };
  flags: number;
}

const MB = 1024 * 1024;

if (isMainThread) {
  await main();
} else {
  await work(workerData as ChildRequest);
}

async function main(): Promise<void> {
  const args = Object.fromEntries(
    process.argv.slice(2).map((a) => {
      const [k, v] = a.replace(/^--/, '').split('=');
      return [k!, v ?? 'true'];
    }),
  );
  const request: ChildRequest = {
    participants: Number(args.participants ?? 100_000),
    seed: Number(args.seed ?? 20270318),
    breakdown: args.breakdown !== 'false',
  };
  const maxOld = process.execArgv.find((a) => a.startsWith('--max-old-space-size='));
  const maxOldSpaceMb = maxOld ? Number(maxOld.split('=')[1]) : null;
  const worker = new Worker(new URL(import.meta.url), {
    workerData: request,
    // V8 flags are per process, but a worker's heap limit is its own: pass it on.
    resourceLimits: maxOldSpaceMb ? { maxOldGenerationSizeMb: maxOldSpaceMb } : undefined,
  });
  let peakHeap = 0;
  let stagePeak = 0;
  const sample = async () => {
    try {
      const stats = await worker.getHeapStatistics();
      peakHeap = Math.max(peakHeap, stats.used_heap_size);
      stagePeak = Math.max(stagePeak, stats.used_heap_size);
    } catch {
      // The worker has exited.
    }
  };
  const timer = setInterval(sample, 20);
  const report = await new Promise<ChildReport>((resolve, reject) => {
    worker.on('message', (message: { kind: string; report?: ChildReport }) => {
      if (message.kind === 'stage-start') {
        stagePeak = 0;
        worker.postMessage('go');
      } else if (message.kind === 'stage-peak') {
        worker.postMessage(stagePeak);
      } else if (message.kind === 'done') {
        resolve(message.report!);
      }
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (code !== 0) reject(new Error(`worker exited with code ${code}`));
    });
  });
  clearInterval(timer);
  report.maxOldSpaceMb = maxOldSpaceMb;
  report.peakHeapMb = round(Math.max(peakHeap, report.peakHeapMb * MB) / MB);
  report.peakRssMb = round((process.resourceUsage().maxRSS * 1024) / MB);
  process.stdout.write(`${JSON.stringify(report)}\n`);
  await worker.terminate();
}

function round(x: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Waits for one message from the main thread (the worker's event loop is free here). */
function ask<T>(kind: string): Promise<T> {
  return new Promise((resolve) => {
    parentPort!.once('message', (value: T) => resolve(value));
    parentPort!.postMessage({ kind });
  });
}

async function work(request: ChildRequest): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  const stages: StageTiming[] = [];
  /** Runs one stage; the pauses around it let the main thread take its heap samples. */
  const stage = async <T>(name: string, fn: () => T): Promise<T> => {
    gc?.();
    await ask('stage-start');
    const start = performance.now();
    const cpuStart = process.threadCpuUsage();
    const value = fn();
    const ms = performance.now() - start;
    const cpu = process.threadCpuUsage(cpuStart);
    const peak = await ask<number>('stage-peak');
    stages.push({
      stage: name,
      ms: round(ms),
      cpuMs: round((cpu.user + cpu.system) / 1000),
      peakHeapMb: round(Math.max(peak, process.memoryUsage().heapUsed) / MB),
    });
    return value;
  };

  const genStart = performance.now();
  const workload = generateWorkload({ participants: request.participants, seed: request.seed });
  const generationMs = performance.now() - genStart;
  gc?.();
  const inputHeapMb = process.memoryUsage().heapUsed / MB;
  const { input } = workload;

  // The budget figure: production's computation end to end.
  const data = await stage('computeResults (end to end)', () => computeResults(input));
  const total = stages[0]!;

  if (request.breakdown) {
    // The same functions computeResults calls, one at a time.
    const summaries = await stage('summaries', () =>
      buildSummaries(input.members, input.totals, { excludedUserIds: input.excludedUserIds }),
    );
    await stage('ranking: employee by score', () => rankSmartestEmployeeByScore(summaries.participants));
    await stage('ranking: manager', () => rankSmartestManager(summaries.participants));
    await stage('ranking: organisation', () => rankSmartestOrganization(summaries.teams));
    const coreFinishedAt = new Map(
      summaries.participants.map((p) => [p.participantId, p.core?.finishedAt ?? null]),
    );
    await stage('learning curve (records → ranking)', () =>
      computeLearningCurve({
        baseline: input.baseline,
        event: input.answers,
        teamOf: summaries.teamOf,
        excludedUserIds: input.excludedUserIds,
        coreFinishedAt,
      }),
    );
    // Inside the learning curve: the psychometric steps on their own.
    const responses = await stage('  learning curve: responses from records', () =>
      learningCurveResponses({
        baseline: input.baseline,
        event: input.answers,
        teamOf: summaries.teamOf,
        excludedUserIds: input.excludedUserIds,
      }),
    );
    const matrix = await stage('  learning curve: stack phases', () =>
      stackPhases(responses.calibrationRows, responses.itemNames),
    );
    const calibration = await stage('  learning curve: Rasch MML calibration', () => calibrateRasch(matrix));
    await stage('  learning curve: WLE per phase + gain ranking', () =>
      rankLearningGain(
        responses.candidates.map((c) => ({ ...c, finishedAt: coreFinishedAt.get(c.personId) ?? null })),
        calibration.difficulties,
        { tieBreak: (a, b) => compareAscNullLast(a.finishedAt, b.finishedAt) },
      ),
    );
    await stage('flags', () => computeFlags(input.answers, input.stemCharacters, input.excludedUserIds));
  }

  // Correctness guard: known difficulties recovered? Each pool is centred on its own,
  // because baseline and event day share no questions: the average growth between the
  // phases is not identified and lands in the difficulties (docs/psychometrics.md).
  const estimate = new Map(data.learningCurve.items.map((i) => [i.questionId, i.difficulty]));
  const poolRmse = (ids: readonly string[]) => {
    const est: number[] = [];
    const truth: number[] = [];
    for (const id of ids) {
      const value = estimate.get(id);
      if (value === null || value === undefined) continue;
      est.push(value);
      truth.push(workload.difficulties.get(id)!);
    }
    const centre = (xs: number[]) => {
      const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
      return xs.map((x) => x - mean);
    };
    return { est: centre(est), truth: centre(truth) };
  };
  const pools = [workload.coreQuestionIds, workload.managerQuestionIds, workload.practiceQuestionIds].map(
    poolRmse,
  );
  const rmse = pools.map((p) => round(rootMeanSquaredError(p.est, p.truth), 4));
  // The sampling error the calibration itself claims: RMSE should be about this size.
  const ses = data.learningCurve.items.map((i) => i.se).filter((se): se is number => se !== null);
  const rmsSe = Math.sqrt(ses.reduce((sum, se) => sum + se * se, 0) / ses.length);
  const all = {
    est: pools.flatMap((p) => p.est),
    truth: pools.flatMap((p) => p.truth),
  };
  const top = data.learningCurve.ranking.slice(0, 100);
  const report: ChildReport = {
    request,
    nodeVersion: process.version,
    maxOldSpaceMb: null,
    counts: {
      participants: input.members.length,
      ...workload.counts,
      organisations: new Set(input.members.map((m) => m.organizationId)).size,
      learners: workload.learners.size,
    },
    inputHeapMb: round(inputHeapMb),
    generationMs: round(generationMs),
    totalMs: total.ms,
    totalCpuMs: total.cpuMs,
    stages,
    peakHeapMb: Math.max(...stages.map((s) => s.peakHeapMb)),
    peakRssMb: 0,
    calibration: {
      iterations: data.learningCurve.calibration?.iterations ?? 0,
      converged: data.learningCurve.calibration?.converged ?? false,
      rows: data.learningCurve.calibration?.rows ?? 0,
      estimatedItems: data.learningCurve.calibration?.estimatedItems ?? 0,
      difficultyRmse: {
        core: rmse[0]!,
        manager: rmse[1]!,
        practice: rmse[2]!,
        all: round(rootMeanSquaredError(all.est, all.truth), 4),
      },
      rmsStandardError: round(rmsSe, 4),
      populationSd: round(data.learningCurve.calibration?.populationSd ?? Number.NaN, 3),
    },
    learningCurve: {
      ranked: data.learningCurve.ranking.length,
      notQualified: data.learningCurve.notQualified.length,
      learnersInTop100: top.filter((r) => workload.learners.has(r.participantId)).length,
      learnerShare: round(workload.learners.size / input.members.length, 3),
    },
    rankings: {
      employeeByScore: data.employeeByScore.length,
      manager: data.manager.length,
      organization: data.organization.length,
      teamsNotEligible: data.teamsNotEligible.length,
    },
    flags: data.flags.length,
  };
  parentPort!.postMessage({ kind: 'done', report });
}
