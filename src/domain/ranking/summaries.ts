/** The plain per-person inputs of the rankings, built by the event module from its records. */

/** closed = still open when the play window ended and closed by the system. */
export type AttemptStatus = 'in_progress' | 'finished' | 'closed';

export interface AttemptSummary {
  status: AttemptStatus;
  /** Sum of credits (see scoring/attempt-summary.ts). */
  score: number;
  /** Total answering time in ms, unanswered served questions at their full effective limit. */
  totalTimeMs: number;
  /** Epoch ms when finished or closed; null while in progress. */
  finishedAt: number | null;
}

export type ParticipantRole = 'agent' | 'team_leader' | 'manager';

export interface ParticipantSummary {
  participantId: string;
  role: ParticipantRole;
  /** null = never started. */
  core: AttemptSummary | null;
  /** null = never started (or not a manager). */
  managerModule: AttemptSummary | null;
}

/** Finished by the participant or closed at the end of the window, with a known finish moment. */
export function isCompleted(
  attempt: AttemptSummary | null,
): attempt is AttemptSummary & { finishedAt: number } {
  return (
    attempt !== null &&
    (attempt.status === 'finished' || attempt.status === 'closed') &&
    attempt.finishedAt !== null
  );
}
