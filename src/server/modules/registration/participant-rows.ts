/**
 * Turns a participant sheet (CSV or XLSX, already read into cells) into participants,
 * listing every problem by row, field and code. Pure: the checks that need the database
 * (already in a team this edition) are added by the import service.
 */
import type { jobRoles } from '../../db/schema/index.ts';
import { emailSchema } from '../people/schemas.ts';

export type JobRole = (typeof jobRoles)[number];

/** A sheet row as read from the file; `row` is the row (line) number people see in their program. */
export interface SheetRow {
  row: number;
  cells: string[];
}

export interface SheetTable {
  header: string[];
  headerRow: number;
  rows: SheetRow[];
}

export type ProblemField = 'file' | 'row' | 'name' | 'email' | 'role';

export interface RowProblem {
  /** 0 for problems with the whole file. */
  row: number;
  field: ProblemField;
  code: string;
  message: string;
  params?: Record<string, string | number>;
}

export interface ParticipantRow {
  row: number;
  name: string;
  email: string;
  role: JobRole;
  problems: RowProblem[];
}

export const MAX_ROWS = 5000;
const MAX_NAME = 200;

/** Accepted header names (compared without case, spaces, dashes, dots and underscores). */
const headerAliases: Record<'name' | 'email' | 'role', string[]> = {
  name: ['naam', 'name', 'volledigenaam', 'fullname', 'deelnemer', 'participant'],
  email: ['email', 'emailadres', 'emailaddress', 'mail', 'mailadres'],
  role: ['rol', 'role', 'functie', 'functierol', 'jobrole'],
};

/** Accepted role values, Dutch and English. An empty cell means agent (medewerker). */
const roleAliases: Record<string, JobRole> = {
  medewerker: 'agent',
  agent: 'agent',
  klantcontactmedewerker: 'agent',
  teamleider: 'team_leader',
  teamleader: 'team_leader',
  manager: 'manager',
};

const squash = (s: string) => s.toLowerCase().replace(/[\s\-_.]/g, '');

/** The role for a cell value; null when the value is not a known role. */
export function parseRole(value: string): JobRole | null {
  const key = squash(value);
  if (key === '') return 'agent';
  return roleAliases[key] ?? null;
}

interface Columns {
  name: number;
  email: number;
  role: number | undefined;
}

function findColumns(table: SheetTable): { columns: Columns | null; problems: RowProblem[] } {
  const index = (field: keyof typeof headerAliases) =>
    table.header.findIndex((h) => headerAliases[field].includes(squash(h)));
  const name = index('name');
  const email = index('email');
  const role = index('role');
  const problems: RowProblem[] = [];
  for (const [field, at] of [
    ['name', name],
    ['email', email],
  ] as const) {
    if (at < 0) {
      problems.push({
        row: table.headerRow,
        field: 'file',
        code: 'missing_column',
        message: `The header has no ${field} column (accepted: ${headerAliases[field].join(', ')}).`,
        params: { column: field },
      });
    }
  }
  if (problems.length > 0) return { columns: null, problems };
  return { columns: { name, email, role: role < 0 ? undefined : role }, problems };
}

/**
 * Reads and checks every row: name present, e-mail present and valid, role known, and no
 * e-mail twice in the file (the first occurrence counts, later ones are problems).
 */
export function readParticipantRows(table: SheetTable): { rows: ParticipantRow[]; problems: RowProblem[] } {
  if (table.header.length === 0) {
    return {
      rows: [],
      problems: [
        { row: 0, field: 'file', code: 'empty', message: 'The file has no header row and no participants.' },
      ],
    };
  }
  const { columns, problems } = findColumns(table);
  if (!columns) return { rows: [], problems };
  if (table.rows.length === 0) {
    problems.push({
      row: 0,
      field: 'file',
      code: 'no_rows',
      message: 'The file has a header but no participants.',
    });
  }
  if (table.rows.length > MAX_ROWS) {
    problems.push({
      row: 0,
      field: 'file',
      code: 'too_many_rows',
      message: `A file can hold at most ${MAX_ROWS} participants.`,
      params: { max: MAX_ROWS, actual: table.rows.length },
    });
    return { rows: [], problems };
  }
  const firstRowOf = new Map<string, number>();
  const rows = table.rows.map((sheetRow) => {
    const cell = (i: number | undefined) => (i === undefined ? '' : (sheetRow.cells[i] ?? '').trim());
    const row = sheetRow.row;
    const rowProblems: RowProblem[] = [];
    const name = cell(columns.name).replace(/\s+/g, ' ');
    if (name === '') rowProblems.push({ row, field: 'name', code: 'missing', message: 'The name is empty.' });
    else if (name.length > MAX_NAME) {
      rowProblems.push({
        row,
        field: 'name',
        code: 'too_long',
        message: `The name is longer than ${MAX_NAME} characters.`,
      });
    }
    const rawEmail = cell(columns.email);
    let email = rawEmail.toLowerCase();
    if (rawEmail === '') {
      rowProblems.push({ row, field: 'email', code: 'missing', message: 'The e-mail address is empty.' });
    } else {
      const parsed = emailSchema.safeParse(rawEmail);
      if (!parsed.success) {
        rowProblems.push({
          row,
          field: 'email',
          code: 'invalid',
          message: `"${rawEmail}" is not a valid e-mail address.`,
          params: { value: rawEmail },
        });
      } else {
        email = parsed.data;
        const first = firstRowOf.get(email);
        if (first === undefined) firstRowOf.set(email, row);
        else {
          rowProblems.push({
            row,
            field: 'email',
            code: 'duplicate_in_file',
            message: `${email} is already in this file on row ${first}.`,
            params: { firstRow: first },
          });
        }
      }
    }
    const rawRole = cell(columns.role);
    const role = parseRole(rawRole);
    if (role === null) {
      rowProblems.push({
        row,
        field: 'role',
        code: 'unknown',
        message: `"${rawRole}" is not a role; use medewerker/agent, teamleider/team_leader or manager.`,
        params: { value: rawRole },
      });
    }
    return { row, name, email, role: role ?? 'agent', problems: rowProblems };
  });
  return { rows, problems };
}
