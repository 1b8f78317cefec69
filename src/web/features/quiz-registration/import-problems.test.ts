import { describe, expect, it } from 'vitest';
import { groupProblemsByRow } from './import-problems.ts';
import type { ImportProblem } from './types.ts';

const problem = (row: number, field: ImportProblem['field'], code: string): ImportProblem => ({
  row,
  field,
  code,
  message: code,
});

describe('groupProblemsByRow', () => {
  it('lists each row once, file-level problems first, rows in order', () => {
    const grouped = groupProblemsByRow([
      problem(7, 'email', 'invalid'),
      problem(3, 'name', 'missing'),
      problem(7, 'role', 'unknown'),
      problem(0, 'file', 'too_many_rows'),
    ]);
    expect(grouped.map((g) => [g.row, g.problems.map((p) => p.code)])).toEqual([
      [0, ['too_many_rows']],
      [3, ['missing']],
      [7, ['invalid', 'unknown']],
    ]);
  });

  it('gives nothing for a clean file', () => {
    expect(groupProblemsByRow([])).toEqual([]);
  });
});
