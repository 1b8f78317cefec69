/**
 * The readable summary next to each result file (pure: text in, text out): parameters,
 * metrics as a flat table, and the budget with met / not met and the note.
 */
import type { MachineDescription } from './machine.ts';
import type { ScenarioOutcome } from './report.ts';

export interface ResultFile {
  scenario: string;
  startedAt: string;
  durationSeconds: number;
  quick: boolean;
  database: 'postgres' | 'pglite';
  machine: MachineDescription;
  outcome: ScenarioOutcome;
}

/** Nested objects become dotted keys; long arrays are summarised (the JSON keeps them whole). */
export function flatten(value: Record<string, unknown>, prefix = ''): Array<[string, string]> {
  const rows: Array<[string, string]> = [];
  for (const [key, v] of Object.entries(value)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      rows.push(...flatten(v as Record<string, unknown>, name));
    } else if (Array.isArray(v)) {
      const simple = v.every((x) => x === null || typeof x !== 'object');
      if (simple && v.length <= 12) rows.push([name, v.join(', ')]);
      else if (!simple && v.length <= 4) {
        v.forEach((x, i) => {
          if (x !== null && typeof x === 'object')
            rows.push(...flatten(x as Record<string, unknown>, `${name}.${i}`));
        });
      } else rows.push([name, `[${v.length} entries, see JSON]`]);
    } else {
      rows.push([name, formatValue(v)]);
    }
  }
  return rows;
}

function formatValue(v: unknown): string {
  if (typeof v === 'number') {
    // Thousands separators for counts, not for years and other short numbers.
    return Number.isInteger(v) && Math.abs(v) >= 10_000 ? v.toLocaleString('en-US') : String(v);
  }
  if (v === undefined) return '';
  return String(v);
}

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

export function renderSummary(file: ResultFile): string {
  const { outcome, machine } = file;
  const lines: string[] = [];
  lines.push(`# Benchmark: ${outcome.name}${file.quick ? ' (quick run)' : ''}`, '');
  lines.push(
    `Run ${file.startedAt}, ${file.durationSeconds} s, database ${file.database}. ` +
      `Machine: ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ` +
      `${machine.os}, Node ${machine.node}, ${machine.database}, ` +
      `commit ${machine.gitCommit?.slice(0, 10) ?? 'unknown'}${machine.gitDirty ? ' (with uncommitted changes)' : ''}, ` +
      `load average at start ${machine.loadAverage.join(' / ')}.`,
    '',
  );
  if (file.quick) {
    lines.push('> A quick run checks the harness; its figures are not a budget measurement.', '');
  }
  lines.push('## Budget', '');
  if (outcome.budget.length === 0) lines.push('No budget lines for this scenario.', '');
  else {
    lines.push('| target | limit | measured | met | note |', '|---|---|---|---|---|');
    for (const b of outcome.budget) {
      lines.push(
        `| ${cell(b.target)} | ${cell(b.limit)} | ${cell(b.measured)} | ${b.met ? 'met' : '**not met**'} | ${cell(b.note ?? '')} |`,
      );
    }
    lines.push('');
  }
  lines.push('## Metrics', '', '| metric | value |', '|---|---|');
  for (const [k, v] of flatten(outcome.metrics)) lines.push(`| ${cell(k)} | ${cell(v)} |`);
  lines.push('', '## Parameters', '', '| parameter | value |', '|---|---|');
  for (const [k, v] of flatten(outcome.parameters)) lines.push(`| ${cell(k)} | ${cell(v)} |`);
  lines.push('');
  return lines.join('\n');
}

/** `bench/results/<date>-<name>[-quick]` without extension; the date is the run's local date. */
export function resultBaseName(name: string, startedAt: Date, quick: boolean): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${startedAt.getFullYear()}-${pad(startedAt.getMonth() + 1)}-${pad(startedAt.getDate())}`;
  return `${date}-${name}${quick ? '-quick' : ''}`;
}
