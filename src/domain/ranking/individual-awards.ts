/**
 * Smartest employee (score route) and smartest manager. Both rank on credits, not
 * points: score desc, then total answering time asc, then finish moment asc.
 */
import { type RankCriterion, rankCompetition, type TieBreakCode } from './competition-rank.ts';
import { isCompleted, type ParticipantSummary } from './summaries.ts';

export interface IndividualRankingEntry {
  rank: number;
  participantId: string;
  /** Sum of credits. */
  score: number;
  totalTimeMs: number;
  finishedAt: number;
  tieBreak: TieBreakCode;
}

interface Figures {
  participantId: string;
  score: number;
  totalTimeMs: number;
  finishedAt: number;
}

const criteria: RankCriterion<Figures>[] = [
  { compare: (a, b) => b.score - a.score, code: 'decided_by_score' },
  { compare: (a, b) => a.totalTimeMs - b.totalTimeMs, code: 'tie_broken_by_time' },
  { compare: (a, b) => a.finishedAt - b.finishedAt, code: 'tie_broken_by_finish' },
];

function rankFigures(figures: readonly Figures[]): IndividualRankingEntry[] {
  return rankCompetition(figures, criteria, (f) => f.participantId).map(({ item, rank, tieBreak }) => ({
    rank,
    ...item,
    tieBreak,
  }));
}

/** Score route of the smartest-employee award: everyone whose core attempt is finished or closed. */
export function rankSmartestEmployeeByScore(
  participants: readonly ParticipantSummary[],
): IndividualRankingEntry[] {
  const figures: Figures[] = [];
  for (const { participantId, core } of participants) {
    if (!isCompleted(core)) continue;
    figures.push({
      participantId,
      score: core.score,
      totalTimeMs: core.totalTimeMs,
      finishedAt: core.finishedAt,
    });
  }
  return rankFigures(figures);
}

/**
 * Managers (role 'manager') who completed both the core quiz and the manager module.
 * Score and time are the sums of both; the finish moment is the later of the two.
 */
export function rankSmartestManager(participants: readonly ParticipantSummary[]): IndividualRankingEntry[] {
  const figures: Figures[] = [];
  for (const { participantId, role, core, managerModule } of participants) {
    if (role !== 'manager' || !isCompleted(core) || !isCompleted(managerModule)) continue;
    figures.push({
      participantId,
      score: core.score + managerModule.score,
      totalTimeMs: core.totalTimeMs + managerModule.totalTimeMs,
      finishedAt: Math.max(core.finishedAt, managerModule.finishedAt),
    });
  }
  return rankFigures(figures);
}
