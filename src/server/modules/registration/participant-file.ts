/**
 * Reads an uploaded participant list (CSV or XLSX) into header and rows. CSV is read with
 * the shared reader (`;`, `,` or tab; UTF-8, Windows-1252 as Dutch Excel saves it, or UTF-16).
 */
import { readSheet } from 'read-excel-file/node';
import { readCsv } from '../../../domain/csv/read-csv.ts';
import type { RowProblem, SheetTable } from './participant-rows.ts';

export const MAX_FILE_BYTES = 2 * 1024 * 1024;

export type ParticipantFileKind = 'csv' | 'xlsx';

export interface ReadFileResult {
  kind: ParticipantFileKind | null;
  table: SheetTable;
  problems: RowProblem[];
}

const emptyTable: SheetTable = { header: [], headerRow: 0, rows: [] };
const fileProblem = (code: string, message: string): RowProblem => ({ row: 0, field: 'file', code, message });

const startsWith = (bytes: Buffer, signature: number[]) => signature.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

/** Reads the file, choosing CSV or XLSX by its content (the name only decides the error message). */
export async function readParticipantFile(filename: string, bytes: Buffer): Promise<ReadFileResult> {
  if (bytes.length === 0)
    return { kind: null, table: emptyTable, problems: [fileProblem('empty', 'The file is empty.')] };
  if (startsWith(bytes, OLE)) {
    return {
      kind: null,
      table: emptyTable,
      problems: [
        fileProblem(
          'unsupported_type',
          'Old Excel files (.xls) cannot be read; save the file as .xlsx or CSV.',
        ),
      ],
    };
  }
  if (startsWith(bytes, ZIP)) return readXlsx(bytes);
  if (/\.(xlsx|xlsm|ods|numbers|pdf|docx?)$/i.test(filename)) {
    return {
      kind: null,
      table: emptyTable,
      problems: [fileProblem('unsupported_type', 'Upload a CSV or an Excel (.xlsx) file.')],
    };
  }
  return readCsvFile(bytes);
}

function decodeText(bytes: Buffer): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: Excel's "CSV (gescheiden door lijstscheidingsteken)" is Windows-1252.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function readCsvFile(bytes: Buffer): ReadFileResult {
  const text = decodeText(bytes);
  if (text === null) {
    return {
      kind: null,
      table: emptyTable,
      problems: [fileProblem('unreadable', 'This is not a text (CSV) file.')],
    };
  }
  const result = readCsv(text);
  const problems: RowProblem[] = result.errors.map((e) => ({
    row: e.line,
    field: 'row',
    code: e.code,
    message: e.message,
    ...(e.params ? { params: e.params } : {}),
  }));
  return {
    kind: 'csv',
    table: {
      header: result.header,
      headerRow: result.headerLine,
      rows: result.rows.map((r) => ({ row: r.line, cells: r.cells })),
    },
    problems,
  };
}

async function readXlsx(bytes: Buffer): Promise<ReadFileResult> {
  let data: unknown[][];
  try {
    data = await readSheet(bytes);
  } catch {
    return {
      kind: null,
      table: emptyTable,
      problems: [
        fileProblem('unreadable', 'The Excel file could not be read; save it again as .xlsx or CSV.'),
      ],
    };
  }
  // Rows keep their sheet position (blank rows come back as nulls), so index + 1 is the row number.
  const rows = data
    .map((cells, i) => ({ row: i + 1, cells: cells.map(cellText) }))
    .filter((r) => r.cells.some((c) => c !== ''));
  const header = rows.shift();
  if (!header) return { kind: 'xlsx', table: emptyTable, problems: [] };
  const headerCells = [...header.cells];
  while (headerCells.length > 0 && headerCells[headerCells.length - 1] === '') headerCells.pop();
  return { kind: 'xlsx', table: { header: headerCells, headerRow: header.row, rows }, problems: [] };
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}
