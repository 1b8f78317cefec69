/**
 * CPU accounting for a measurement interval: the app process (over IPC), this process
 * (the load generator, all its threads), the PostgreSQL server processes (from /proc) and
 * the whole machine, so a report can say who used the two cores.
 */
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import type { ProcessStats } from './app-process.ts';

const CLOCK_TICKS = 100; // USER_HZ on Linux

/** utime + stime of every process whose command is `postgres`, in ms (0 where /proc is missing). */
export function postgresCpuMs(): number {
  let ticks = 0;
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return 0;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const comm = stat.slice(stat.indexOf('(') + 1, close);
      if (comm !== 'postgres') continue;
      const fields = stat.slice(close + 2).split(' ');
      // After "(comm) ": state is field 0, utime is field 11, stime field 12.
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return (ticks * 1000) / CLOCK_TICKS;
}

function machineTimes(): { busy: number; total: number } {
  let busy = 0;
  let total = 0;
  for (const cpu of os.cpus()) {
    const t = cpu.times;
    const sum = t.user + t.nice + t.sys + t.idle + t.irq;
    total += sum;
    busy += sum - t.idle;
  }
  return { busy, total };
}

export interface CpuSnapshot {
  at: number;
  self: NodeJS.CpuUsage;
  postgresMs: number;
  machine: { busy: number; total: number };
  apps: ProcessStats[];
}

export async function cpuSnapshot(apps: Array<{ stats(): Promise<ProcessStats> }>): Promise<CpuSnapshot> {
  return {
    at: performance.now(),
    self: process.cpuUsage(),
    postgresMs: postgresCpuMs(),
    machine: machineTimes(),
    apps: await Promise.all(apps.map((a) => a.stats())),
  };
}

const pct = (value: number) => Math.round(value * 10) / 10;

/**
 * CPU used between two snapshots, in percent of one core (200 % = both cores of a
 * 2-core machine), and the machine's busy share in percent of all cores.
 */
export function cpuBetween(start: CpuSnapshot, end: CpuSnapshot, database: 'postgres' | 'pglite') {
  const wallMs = end.at - start.at;
  const selfMs = (end.self.user - start.self.user + end.self.system - start.self.system) / 1000;
  const apps = end.apps.map((app, i) => {
    const before = start.apps[i]!;
    const ms =
      (app.cpuUserMicros - before.cpuUserMicros + app.cpuSystemMicros - before.cpuSystemMicros) / 1000;
    return {
      cpuPercentOfOneCore: pct((ms / wallMs) * 100),
      peakRssMB: Math.round(app.maxRssBytes / 2 ** 20),
      rssAtEndMB: Math.round(app.rssBytes / 2 ** 20),
      heapUsedAtEndMB: Math.round(app.heapUsedBytes / 2 ** 20),
    };
  });
  const machineBusy = (end.machine.busy - start.machine.busy) / (end.machine.total - start.machine.total);
  return {
    wallSeconds: Math.round(wallMs / 100) / 10,
    loadGeneratorCpuPercentOfOneCore: pct((selfMs / wallMs) * 100),
    ...(database === 'postgres'
      ? {
          postgresCpuPercentOfOneCore: pct(((end.postgresMs - start.postgresMs) / wallMs) * 100),
        }
      : {}),
    machineBusyPercentOfAllCores: pct(machineBusy * 100),
    apps,
  };
}
