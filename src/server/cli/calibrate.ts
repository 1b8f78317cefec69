import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { calibrateRasch, type ItemStatus, parseResponseMatrixCsv } from '../../domain/psychometrics/index.ts';

/**
 * `npm run wegwijs -- calibrate FILE.csv [--max-iterations N] [--tolerance X]`
 *
 * Rasch-calibrates a response matrix (one row per person, one column per item, 0/1,
 * empty = not presented, optional `Freq` and `id`/`person` columns) and prints the
 * centred item difficulties with standard errors as JSON. Exit codes: 0 done, 1 the
 * file cannot be read or has errors (listed by line on stderr), 2 usage error.
 */
export async function calibrateCommand(
  args: string[],
  io: { stdout: (s: string) => void; stderr: (s: string) => void },
): Promise<number> {
  const usage =
    'Usage: npm run wegwijs -- calibrate FILE.csv [--max-iterations N] [--tolerance X]\n' +
    'FILE.csv: a header row of item names, then one row per person with 0, 1 or empty\n' +
    '(not presented) per item; optional columns Freq (pattern count) and id or person.\n';
  let parsed: ReturnType<typeof parseCalibrateArgs>;
  try {
    parsed = parseCalibrateArgs(args);
  } catch (err) {
    io.stderr(`${err instanceof Error ? err.message : String(err)}\n${usage}`);
    return 2;
  }
  if (parsed.help) {
    io.stdout(usage);
    return 0;
  }

  let text: string;
  try {
    text = await readFile(parsed.file, 'utf8');
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : String(err);
    io.stderr(`Cannot read ${parsed.file}: ${reason}\n`);
    return 1;
  }
  const result = parseResponseMatrixCsv(text);
  if (!result.ok) {
    io.stderr(`${parsed.file} cannot be calibrated:\n`);
    for (const error of result.errors) io.stderr(`  ${prefixLine(error.message, error.line)}\n`);
    if (result.errors.length >= 50) io.stderr('  (stopped after 50 errors)\n');
    return 1;
  }
  const matrix = result.value;
  const calibration = calibrateRasch(matrix, {
    ...(parsed.maxIterations !== undefined ? { maxIterations: parsed.maxIterations } : {}),
    ...(parsed.tolerance !== undefined ? { tolerance: parsed.tolerance } : {}),
  });

  let persons = 0;
  for (const w of matrix.weights) persons += w;
  const output = {
    method: calibration.method,
    persons,
    iterations: calibration.iterations,
    converged: calibration.converged,
    population: { mean: round(calibration.population.mean), sd: round(calibration.population.sd) },
    items: matrix.itemNames.map((item, i) => {
      const status = calibration.itemStatus[i]!;
      const entry: { item: string; difficulty: number | null; se: number | null; n: number; note?: string } =
        {
          item,
          difficulty: status === 'estimated' ? round(calibration.difficulties[i]!) : null,
          se: status === 'estimated' ? round(calibration.standardErrors[i]!) : null,
          n: calibration.responseCounts[i]!,
        };
      const note = NOTES[status];
      if (note) entry.note = note;
      return entry;
    }),
  };
  io.stdout(`${JSON.stringify(output, null, 2)}\n`);
  if (!calibration.converged) {
    io.stderr(
      `Warning: not converged after ${calibration.iterations} iterations; raise --max-iterations or --tolerance.\n`,
    );
  }
  return 0;
}

const NOTES: Record<ItemStatus, string | null> = {
  estimated: null,
  no_responses: 'no responses',
  all_correct: 'all responses correct; difficulty not estimable',
  all_wrong: 'all responses wrong; difficulty not estimable',
};

function parseCalibrateArgs(args: string[]): {
  file: string;
  help: boolean;
  maxIterations?: number;
  tolerance?: number;
} {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'max-iterations': { type: 'string' },
      tolerance: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return { file: '', help: true };
  if (positionals.length !== 1) {
    throw new Error(positionals.length === 0 ? 'Give one CSV file.' : 'Give exactly one CSV file.');
  }
  const out: { file: string; help: boolean; maxIterations?: number; tolerance?: number } = {
    file: positionals[0]!,
    help: false,
  };
  if (values['max-iterations'] !== undefined) {
    const n = Number(values['max-iterations']);
    if (!Number.isInteger(n) || n < 1) throw new Error('--max-iterations must be a whole number >= 1.');
    out.maxIterations = n;
  }
  if (values.tolerance !== undefined) {
    const x = Number(values.tolerance);
    if (!(x > 0)) throw new Error('--tolerance must be a number > 0.');
    out.tolerance = x;
  }
  return out;
}

/** Domain messages about one cell already start with "Line N"; others get it added. */
function prefixLine(message: string, line: number): string {
  return message.startsWith('Line ') ? message : `Line ${line}: ${message}`;
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
