/**
 * The two key figures of an attempt that the rankings use: total credit and total
 * answering time.
 */
import type { Credit } from './evaluate.ts';

export interface ServedQuestionRecord {
  servedAt: number;
  /** null when the question was served but not answered in time. */
  answeredAt: number | null;
  /** null when unanswered (counts as 0). */
  credit: Credit | null;
  /** The effective limit of this question for this person (after accommodation), ms. */
  effectiveLimitMs: number;
}

export interface AttemptFigures {
  /** Sum of credits. */
  score: number;
  /** Sum of (answeredAt − servedAt) over answered questions plus the full effective limit of unanswered ones. */
  totalTimeMs: number;
  servedCount: number;
  answeredCount: number;
}

/** Sums the served questions of one attempt. Questions never served are not passed in and count for nothing. */
export function summarizeAttempt(served: readonly ServedQuestionRecord[]): AttemptFigures {
  let score = 0;
  let totalTimeMs = 0;
  let answeredCount = 0;
  for (const record of served) {
    if (record.answeredAt === null || record.credit === null) {
      totalTimeMs += record.effectiveLimitMs;
      continue;
    }
    answeredCount++;
    score += record.credit;
    totalTimeMs += Math.max(0, record.answeredAt - record.servedAt);
  }
  return { score, totalTimeMs, servedCount: served.length, answeredCount };
}
