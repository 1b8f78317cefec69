/**
 * The learning-curve baseline: practice answers (the entry check and the e-mailed
 * practice questions) given before the event day. This is the only place the results
 * module reads practice records, through the practice module's service.
 */
import type { AppContext } from '../../lib/context.ts';
import { practiceAnswerRecords } from '../practice/stats-service.ts';

export interface BaselineResponse {
  userId: string;
  questionId: string;
  /** Completely right (credit 1); half right counts as wrong here. */
  correct: boolean;
  answeredAt: Date;
}

/**
 * Practice answers of the edition (entry check and practice mails alike) answered before
 * `before` (the opening of the play window). Repetitions of a question are all returned;
 * the learning curve keeps the first.
 */
export async function baselineResponses(
  ctx: AppContext,
  editionId: string,
  before: Date,
): Promise<BaselineResponse[]> {
  const records = await practiceAnswerRecords(ctx, editionId);
  return records
    .filter((r) => r.answeredAt.getTime() < before.getTime())
    .map((r) => ({
      userId: r.userId,
      questionId: r.questionId,
      correct: r.correct,
      answeredAt: r.answeredAt,
    }));
}
