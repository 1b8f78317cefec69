import type { Db } from '../../db/client.ts';
import type { AppContext } from '../../lib/context.ts';
import { sendAnswerNotification } from './notification-repository.ts';

/**
 * At most one NOTIFY per edition per this interval from one process. The boards recompute at
 * most once a second (live-hub.ts), so one announcement of a burst of answers is as good
 * as one per answer, and PostgreSQL serialises every committing NOTIFY on one queue lock.
 */
export const ANNOUNCE_INTERVAL_MS = 100;

interface Pending {
  timer: NodeJS.Timeout;
  /** More answers arrived after the last announcement. */
  again: boolean;
}

/** Per database (tests run several in one process), per edition. */
const pendingByDb = new WeakMap<Db, Map<string, Pending>>();

/**
 * Tells every app instance that an answer was recorded in this edition, so their live
 * leaderboards recompute. Called by play after an answer is stored; does not wait. The
 * first answer after a quiet spell is announced at once, those that follow within
 * ANNOUNCE_INTERVAL_MS together at its end. Never fails the answer: a lost notification
 * only delays the board until its next periodic refresh.
 */
export function announceAnswer(ctx: AppContext, editionId: string): void {
  let pending = pendingByDb.get(ctx.db);
  if (!pending) {
    pending = new Map();
    pendingByDb.set(ctx.db, pending);
  }
  const current = pending.get(editionId);
  if (current) {
    current.again = true;
    return;
  }
  send(ctx, editionId);
  const entry: Pending = {
    again: false,
    timer: setInterval(() => {
      if (!entry.again) {
        clearInterval(entry.timer);
        pending.delete(editionId);
        return;
      }
      entry.again = false;
      send(ctx, editionId);
    }, ANNOUNCE_INTERVAL_MS),
  };
  // A pending announcement must not keep a finished process (or test) alive.
  entry.timer.unref();
  pending.set(editionId, entry);
}

function send(ctx: AppContext, editionId: string): void {
  sendAnswerNotification(ctx.db, editionId).catch((err: unknown) => {
    ctx.log.warn({ err, editionId }, 'live updates: could not announce an answer');
  });
}
