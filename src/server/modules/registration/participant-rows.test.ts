import { describe, expect, it } from 'vitest';
import { parseRole, readParticipantRows, type SheetTable } from './participant-rows.ts';

const table = (header: string[], ...rows: string[][]): SheetTable => ({
  header,
  headerRow: 1,
  rows: rows.map((cells, i) => ({ row: i + 2, cells })),
});
const codes = (problems: { row: number; field: string; code: string }[]) =>
  problems.map((p) => `${p.row}:${p.field}:${p.code}`);

describe('reading participant rows', () => {
  it('accepts Dutch and English headers and role names', () => {
    for (const header of [
      ['Naam', 'E-mail', 'Rol'],
      ['name', 'email', 'role'],
      ['Volledige naam', 'E-mailadres', 'Functie'],
    ]) {
      const { rows, problems } = readParticipantRows(table(header, ['Anna', 'Anna@X.nl', 'Teamleider']));
      expect(problems).toEqual([]);
      expect(rows).toEqual([{ row: 2, name: 'Anna', email: 'anna@x.nl', role: 'team_leader', problems: [] }]);
    }
    expect(['medewerker', 'Agent', 'team_leader', 'Team leider', 'MANAGER', ''].map(parseRole)).toEqual([
      'agent',
      'agent',
      'team_leader',
      'team_leader',
      'manager',
      'agent',
    ]);
    expect(parseRole('stagiair')).toBeNull();
  });

  it('lets the role column be left out (everyone an agent) and ignores extra columns', () => {
    const { rows, problems } = readParticipantRows(
      table(['Afdeling', 'naam', 'e-mail'], ['Zuid', 'Bo', 'bo@x.nl']),
    );
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({ name: 'Bo', email: 'bo@x.nl', role: 'agent' });
  });

  it('lists every problem by row and field', () => {
    const { rows } = readParticipantRows(
      table(
        ['naam', 'e-mail', 'rol'],
        ['Anna', 'anna@x.nl', 'medewerker'],
        ['', 'leeg@x.nl', 'medewerker'],
        ['Bram', 'bram(at)x.nl', 'baas'],
        ['Anna Dubbel', ' ANNA@x.nl ', 'manager'],
        ['Geen Mail', '', ''],
        ['x'.repeat(201), 'lang@x.nl', ''],
      ),
    );
    expect(codes(rows.flatMap((r) => r.problems))).toEqual([
      '3:name:missing',
      '4:email:invalid',
      '4:role:unknown',
      '5:email:duplicate_in_file',
      '6:email:missing',
      '7:name:too_long',
    ]);
    expect(rows[3]!.problems[0]!.params).toEqual({ firstRow: 2 });
  });

  it('reports missing columns and empty files on the file', () => {
    expect(codes(readParticipantRows(table(['naam', 'telefoon'], ['A', '06'])).problems)).toEqual([
      '1:file:missing_column',
    ]);
    expect(codes(readParticipantRows(table(['voornaam'])).problems)).toEqual([
      '1:file:missing_column',
      '1:file:missing_column',
    ]);
    expect(codes(readParticipantRows(table(['naam', 'email'])).problems)).toEqual(['0:file:no_rows']);
    expect(codes(readParticipantRows({ header: [], headerRow: 0, rows: [] }).problems)).toEqual([
      '0:file:empty',
    ]);
  });
});
