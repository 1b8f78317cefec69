import type { ImportIssue, QuestionFileFormat } from './types.ts';

/** The API takes files up to 10 MB. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** `.csv` is CSV; anything else (`.gift`, `.txt`, Moodle's exports) is read as GIFT. */
export function formatOfFile(name: string): QuestionFileFormat {
  return /\.csv$/i.test(name.trim()) ? 'csv' : 'gift';
}

/** A file's text as the browser decodes it (UTF-8; a byte-order mark is dropped). */
export async function readTextFile(file: Blob): Promise<string> {
  return file.text();
}

/** The errors of a refused import, from a 400 `import_invalid` answer's details. */
export function issuesFromDetails(details: unknown): ImportIssue[] {
  const errors = (details as { errors?: unknown } | undefined)?.errors;
  if (!Array.isArray(errors)) return [];
  return errors.filter(
    (e): e is ImportIssue =>
      typeof e === 'object' && e !== null && typeof e.line === 'number' && typeof e.code === 'string',
  );
}
