/**
 * Turns the records (confirmed members and per-attempt totals) into the plain summaries
 * the ranking functions in src/domain/ranking take. Pure: no database.
 */
import type { TeamSummary } from '../../../domain/ranking/organization-award.ts';
import type { AttemptSummary, ParticipantSummary } from '../../../domain/ranking/summaries.ts';

export interface MemberInput {
  userId: string;
  teamId: string;
  role: 'agent' | 'team_leader' | 'manager';
}

export interface AttemptTotalsInput {
  userId: string;
  module: 'core' | 'manager';
  status: 'in_progress' | 'finished' | 'closed';
  extraTimeFactor: number;
  startedAt: Date;
  finishedAt: Date | null;
  score: number;
  /** Raw answering time (see records-repository attemptTotals). */
  timeMs: number;
  lastActivityMs: number | null;
}

export interface SummaryOptions {
  /** Participants staff left out of the awards (their attempts are ignored). */
  excludedUserIds?: ReadonlySet<string>;
  /**
   * Live boards: count attempts still in progress with their score so far, as if they
   * had finished at their last activity. Official results leave this off.
   */
  provisional?: boolean;
}

export interface EditionSummaries {
  participants: ParticipantSummary[];
  teams: TeamSummary[];
  /** participantId → teamId. */
  teamOf: Map<string, string>;
}

/**
 * The answering time that tie-breaks compare. Someone with an extra-time factor (e.g.
 * 1.5) has their time divided by it, so extra time never counts against them: using
 * their longer limit to the full weighs the same as someone else using theirs.
 */
export function comparableTimeMs(rawTimeMs: number, extraTimeFactor: number): number {
  const factor = Number.isFinite(extraTimeFactor) && extraTimeFactor > 1 ? extraTimeFactor : 1;
  return rawTimeMs / factor;
}

function toAttemptSummary(totals: AttemptTotalsInput, provisional: boolean): AttemptSummary {
  const base = {
    score: totals.score,
    totalTimeMs: comparableTimeMs(totals.timeMs, totals.extraTimeFactor),
  };
  if (totals.status === 'in_progress' && provisional) {
    return {
      ...base,
      status: 'finished',
      finishedAt: totals.lastActivityMs ?? totals.startedAt.getTime(),
    };
  }
  return { ...base, status: totals.status, finishedAt: totals.finishedAt?.getTime() ?? null };
}

/**
 * One summary per confirmed member, and the teams with their confirmed members. An
 * excluded participant stays a confirmed member of their team but counts as someone who
 * did not play (score 0, not a player).
 */
export function buildSummaries(
  members: readonly MemberInput[],
  totals: readonly AttemptTotalsInput[],
  options: SummaryOptions = {},
): EditionSummaries {
  const excluded = options.excludedUserIds ?? new Set<string>();
  const provisional = options.provisional ?? false;
  const byUser = new Map<string, { core?: AttemptTotalsInput; manager?: AttemptTotalsInput }>();
  for (const t of totals) {
    const entry = byUser.get(t.userId) ?? {};
    entry[t.module] = t;
    byUser.set(t.userId, entry);
  }
  const participants: ParticipantSummary[] = [];
  const teams = new Map<string, TeamSummary & { members: ParticipantSummary[] }>();
  const teamOf = new Map<string, string>();
  for (const member of members) {
    const own = excluded.has(member.userId) ? {} : (byUser.get(member.userId) ?? {});
    const summary: ParticipantSummary = {
      participantId: member.userId,
      role: member.role,
      core: own.core ? toAttemptSummary(own.core, provisional) : null,
      managerModule: own.manager ? toAttemptSummary(own.manager, provisional) : null,
    };
    teamOf.set(member.userId, member.teamId);
    const team = teams.get(member.teamId) ?? { teamId: member.teamId, members: [] };
    team.members.push(summary);
    teams.set(member.teamId, team);
    if (!excluded.has(member.userId)) participants.push(summary);
  }
  return { participants, teams: [...teams.values()], teamOf };
}
