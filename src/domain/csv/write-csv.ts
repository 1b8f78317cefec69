/**
 * Writes CSV that opens cleanly in Excel and LibreOffice (and reads back with `readCsv`).
 */
import { guardFormula } from './formula-guard.ts';
import type { CsvDelimiter } from './read-csv.ts';

export interface CsvWriteOptions {
  /** Default `;`, which Dutch Excel expects. */
  delimiter?: CsvDelimiter;
  /** Prefix a UTF-8 byte order mark so Excel detects the encoding (default true). */
  bom?: boolean;
  /** Default CRLF (RFC 4180, Excel). Line breaks inside fields are always LF. */
  lineEnding?: '\r\n' | '\n';
  /** Put an apostrophe before formula-like cells (see formula-guard.ts); default true. */
  guardFormulas?: boolean;
}

/** Serialises rows (the first usually being the header); every row ends with a line break. */
export function writeCsv(rows: readonly (readonly string[])[], options: CsvWriteOptions = {}): string {
  const delimiter = options.delimiter ?? ';';
  const lineEnding = options.lineEnding ?? '\r\n';
  const guard = options.guardFormulas ?? true;
  const body = rows
    .map((row) => row.map((cell) => quoteCell(guard ? guardFormula(cell) : cell, delimiter)).join(delimiter))
    .map((line) => line + lineEnding)
    .join('');
  return ((options.bom ?? true) ? '\uFEFF' : '') + body;
}

function quoteCell(value: string, delimiter: string): string {
  const text = value.replace(/\r\n?/g, '\n');
  // Quote when needed, and also around edge spaces so readers that trim keep them.
  const needsQuotes =
    text.includes(delimiter) || text.includes('"') || text.includes('\n') || text !== text.trim();
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}
