import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { CliIo } from '../cli.ts';
import type { AppContext } from '../lib/context.ts';
import { AppError } from '../lib/errors.ts';
import { findEditionByYear } from '../modules/editions/repository.ts';
import {
  exportQuestions,
  type ImportReport,
  importQuestions,
  type QuestionFileFormat,
} from '../modules/questions/import-export.ts';

type WithContext = <T>(work: (ctx: AppContext) => Promise<T>) => Promise<T>;

const usage = `Usage:
  npm run wegwijs -- questions import FILE --edition YEAR [--format gift|csv] [--dry-run] [--skip-invalid]
  npm run wegwijs -- questions export --edition YEAR --format gift|csv [--out FILE]
`;

/** `questions import|export`: the question bank as GIFT or CSV files, for experts and operators. */
export async function questionsCommand(args: string[], io: CliIo, withContext: WithContext): Promise<number> {
  const [sub, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      edition: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      'skip-invalid': { type: 'boolean', default: false },
    },
  });
  const year = Number(values.edition);
  if ((sub !== 'import' && sub !== 'export') || !Number.isInteger(year)) {
    io.stderr(usage);
    return 2;
  }
  const format = (values.format ??
    (positionals[0] && /\.csv$/i.test(positionals[0]) ? 'csv' : 'gift')) as string;
  if (format !== 'gift' && format !== 'csv') {
    io.stderr(`--format must be gift or csv, not "${format}".\n`);
    return 2;
  }
  return withContext(async (ctx) => {
    const edition = await findEditionByYear(ctx.db, year);
    if (!edition) {
      io.stderr(`There is no edition for ${year}.\n`);
      return 1;
    }
    if (sub === 'export') {
      const file = await exportQuestions(ctx.db, edition.id, format);
      if (values.out) {
        await writeFile(values.out, file.body);
        io.stdout(`Wrote ${path.resolve(values.out)}.\n`);
      } else io.stdout(file.body);
      for (const s of file.skipped) io.stderr(`Skipped question ${s.index + 1}: ${s.reason}\n`);
      return 0;
    }
    const file = positionals[0];
    if (!file) {
      io.stderr(usage);
      return 2;
    }
    const text = await readFile(file, 'utf8');
    try {
      const report = await importQuestions(ctx.db, null, edition.id, {
        format: format as QuestionFileFormat,
        text,
        dryRun: values['dry-run'] ?? false,
        skipInvalid: values['skip-invalid'] ?? false,
      });
      printProblems(io, file, report.errors, report.warnings);
      io.stdout(summary(report, values['dry-run'] ?? false));
      return report.errors.length > 0 && !values['skip-invalid'] ? 1 : 0;
    } catch (err) {
      if (err instanceof AppError && err.details?.errors) {
        printProblems(io, file, err.details.errors as ImportReport['errors'], []);
        io.stderr(`${err.message}\n`);
        return 1;
      }
      throw err;
    }
  });
}

function printProblems(
  io: CliIo,
  file: string,
  errors: ImportReport['errors'],
  warnings: ImportReport['warnings'],
) {
  for (const e of errors) io.stderr(`${file}:${e.line}: error ${e.code}: ${e.message}\n`);
  for (const w of warnings) io.stderr(`${file}:${w.line}: warning ${w.code}: ${w.message}\n`);
}

function summary(report: ImportReport, dryRun: boolean): string {
  const lines = [
    `${report.valid} of ${report.total} questions are valid.`,
    ...report.creates.themes.map((t) => `New theme: ${t}`),
    ...report.creates.objectives.map((o) => `New learning objective: ${o.objective} (${o.theme})`),
  ];
  if (dryRun) lines.push('Dry run: nothing was stored.');
  else lines.push(`Imported ${report.created ?? 0} questions as drafts.`);
  return `${lines.join('\n')}\n`;
}
