import type { AppContext } from '../../lib/context.ts';
import { sendAnswerNotification } from './notification-repository.ts';

/**
 * Tells every app instance that an answer was recorded in this edition, so their live
 * leaderboards recompute (debounced). Called by play after an answer is stored. Never
 * fails the answer: a lost notification only delays the board until its next refresh.
 */
export async function notifyAnswer(ctx: AppContext, editionId: string): Promise<void> {
  try {
    await sendAnswerNotification(ctx.db, editionId);
  } catch (err) {
    ctx.log.warn({ err, editionId }, 'live updates: could not announce an answer');
  }
}
