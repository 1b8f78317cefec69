/**
 * The learning-curve baseline: practice answers (the entry check and the e-mailed
 * practice questions) given before the event day. This is the only place the results
 * module reads practice records, through the practice module's service.
 */
import type { AppContext } from '../../lib/context.ts';
import { practiceAnswerRecords } from '../practice/stats-service.ts';
import { createInterner } from './records-repository.ts';

export interface BaselineResponse {
  userId: string;
  questionId: string;
  /** Completely right (credit 1); half right counts as wrong here. */
  correct: boolean;
  /** Epoch ms (a number, not a Date: an edition has millions of these; docs/performance.md). */
  answeredAtMs: number;
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
  const intern = createInterner();
  const beforeMs = before.getTime();
  const responses: BaselineResponse[] = [];
  for (const r of records) {
    const answeredAtMs = r.answeredAt.getTime();
    if (answeredAtMs >= beforeMs) continue;
    responses.push({
      userId: intern(r.userId),
      questionId: intern(r.questionId),
      correct: r.correct,
      answeredAtMs,
    });
  }
  return responses;
}
