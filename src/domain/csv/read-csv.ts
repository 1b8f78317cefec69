/**
 * A small RFC 4180 reader for uploads made with spreadsheet programs (question imports,
 * participant lists). It accepts what Excel and LibreOffice write: UTF-8 with or without
 * BOM, `;` (Dutch Excel), `,` or tab as delimiter, an optional `sep=;` first line, quoted
 * fields with delimiters, doubled quotes and line breaks, and CRLF, LF or CR line ends.
 */
import { unguardFormula } from './formula-guard.ts';

export type CsvDelimiter = ',' | ';' | '\t';
export const csvDelimiters: readonly CsvDelimiter[] = [';', ',', '\t'];

export type CsvReadErrorCode = 'csv.unclosed_quote' | 'csv.text_after_quote' | 'csv.wrong_column_count';

export interface CsvReadError {
  /** 1-based line where the record starts. */
  line: number;
  code: CsvReadErrorCode;
  message: string;
  params?: Record<string, string | number>;
}

export interface CsvRow {
  /** 1-based line where the record starts (a quoted field may span several lines). */
  line: number;
  cells: string[];
}

export interface CsvReadResult {
  /** Header cells, trimmed; trailing empty header cells are dropped. Empty if there is no header. */
  header: string[];
  /** Line of the header record (0 when there is none). */
  headerLine: number;
  /** Data records whose cell count matches the header; see `errors` for the others. */
  rows: CsvRow[];
  delimiter: CsvDelimiter;
  errors: CsvReadError[];
}

export interface CsvReadOptions {
  /** Force a delimiter instead of detecting it from the header line. */
  delimiter?: CsvDelimiter;
  /** Remove the apostrophe that `writeCsv` puts before formula-like cells (default true). */
  unguardFormulas?: boolean;
}

interface RawRecord {
  line: number;
  cells: string[];
}

/**
 * Reads a CSV text with a header record. Rows that are entirely blank (a trailing newline,
 * Excel's `;;;;` rows) are skipped. A data row with a different number of cells than the
 * header is reported as `csv.wrong_column_count` and left out of `rows`, except that
 * surplus cells that are all empty are tolerated and dropped.
 */
export function readCsv(text: string, options: CsvReadOptions = {}): CsvReadResult {
  let input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let firstLine = 1;
  let forced = options.delimiter;

  const sepHint = /^sep=(.)\r?\n/i.exec(input);
  if (sepHint && (csvDelimiters as readonly string[]).includes(sepHint[1]!)) {
    forced ??= sepHint[1] as CsvDelimiter;
    input = input.slice(sepHint[0].length);
    firstLine = 2;
  }

  const delimiter = forced ?? detectDelimiter(input);
  const errors: CsvReadError[] = [];
  const records = parseRecords(input, delimiter, firstLine, errors).filter((r) =>
    r.cells.some((c) => c.trim() !== ''),
  );
  const unguard = options.unguardFormulas ?? true;
  const headerRecord = records.shift();
  if (!headerRecord) return { header: [], headerLine: 0, rows: [], delimiter, errors };

  const header = headerRecord.cells.map((c) => c.trim());
  while (header.length > 0 && header[header.length - 1] === '') header.pop();

  const rows: CsvRow[] = [];
  for (const record of records) {
    const cells = [...record.cells];
    while (cells.length > header.length && cells[cells.length - 1]!.trim() === '') cells.pop();
    if (cells.length !== header.length) {
      errors.push({
        line: record.line,
        code: 'csv.wrong_column_count',
        message: `Expected ${header.length} columns like the header, found ${cells.length}.`,
        params: { expected: header.length, actual: cells.length },
      });
      continue;
    }
    rows.push({ line: record.line, cells: unguard ? cells.map(unguardFormula) : cells });
  }
  errors.sort((a, b) => a.line - b.line);
  return { header, headerLine: headerRecord.line, rows, delimiter, errors };
}

/**
 * The delimiter that occurs most often outside quotes in the first non-blank line;
 * `,` when there is none (a one-column file).
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = new Map<CsvDelimiter, number>(csvDelimiters.map((d) => [d, 0]));
  let inQuotes = false;
  let seenContent = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) {
      if (seenContent) break;
    } else if (!inQuotes && counts.has(ch as CsvDelimiter)) {
      counts.set(ch as CsvDelimiter, counts.get(ch as CsvDelimiter)! + 1);
      seenContent = true;
    } else if (ch.trim() !== '') seenContent = true;
  }
  let best: CsvDelimiter = ',';
  let bestCount = 0;
  for (const [delimiter, count] of counts) {
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

function parseRecords(
  input: string,
  delimiter: string,
  firstLine: number,
  errors: CsvReadError[],
): RawRecord[] {
  const records: RawRecord[] = [];
  let line = firstLine;
  let recordLine = firstLine;
  let cells: string[] = [];
  let cell = '';
  let i = 0;
  const n = input.length;

  const endRecord = () => {
    cells.push(cell);
    records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
  };
  // Consumes a line break at i (CRLF, LF or CR); returns false if there is none.
  const takeLineBreak = (): boolean => {
    if (input[i] === '\r') {
      i += input[i + 1] === '\n' ? 2 : 1;
    } else if (input[i] === '\n') {
      i += 1;
    } else return false;
    line++;
    return true;
  };

  while (i < n) {
    const ch = input[i]!;
    if (ch === '"' && cell.trim() === '') {
      // Quoted field: leading spaces before the quote are ignored, as spreadsheets do.
      const quoteLine = line;
      cell = '';
      i++;
      let closed = false;
      while (i < n) {
        const c = input[i]!;
        if (c === '"') {
          if (input[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          closed = true;
          break;
        }
        if (c === '\r' || c === '\n') {
          takeLineBreak();
          cell += '\n';
          continue;
        }
        cell += c;
        i++;
      }
      if (!closed) {
        errors.push({
          line: recordLine,
          code: 'csv.unclosed_quote',
          message: `A quoted field that starts on line ${quoteLine} is never closed.`,
          params: { quoteLine },
        });
        // The rest of the file is inside the quote, so this record is unusable.
        return records;
      }
      // After the closing quote only spaces may follow before the delimiter or line end.
      let trailing = '';
      while (i < n && input[i] !== delimiter && input[i] !== '\n' && input[i] !== '\r') {
        trailing += input[i];
        i++;
      }
      if (trailing.trim() !== '') {
        errors.push({
          line: recordLine,
          code: 'csv.text_after_quote',
          message: `Unexpected text after a closing quote on line ${line}: "${trailing.trim()}".`,
          params: { text: trailing.trim(), textLine: line },
        });
        cell += trailing;
      }
      continue;
    }
    if (ch === delimiter) {
      cells.push(cell);
      cell = '';
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      takeLineBreak();
      endRecord();
      recordLine = line;
      continue;
    }
    cell += ch;
    i++;
  }
  if (cell !== '' || cells.length > 0) endRecord();
  return records;
}
