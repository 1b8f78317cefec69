import type { ImportProblem } from './types.ts';

export interface RowProblems {
  /** 0 for problems with the whole file. */
  row: number;
  problems: ImportProblem[];
}

/**
 * The problems of a participant file per row, file-level ones first and then by row number,
 * each row once: "Rij 7: naam ontbreekt; e-mailadres ongeldig" reads better than two lines.
 */
export function groupProblemsByRow(problems: readonly ImportProblem[]): RowProblems[] {
  const byRow = new Map<number, ImportProblem[]>();
  for (const problem of problems) {
    const list = byRow.get(problem.row);
    if (list) list.push(problem);
    else byRow.set(problem.row, [problem]);
  }
  return [...byRow.entries()].sort(([a], [b]) => a - b).map(([row, list]) => ({ row, problems: list }));
}
