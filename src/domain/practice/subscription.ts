/** Whether a participant's own choice (pause, stop) holds back practice mail on a given day. */

export interface SubscriptionChoice {
  status: 'active' | 'paused' | 'stopped';
  /** YYYY-MM-DD, inclusive; null with status paused = until resumed. */
  pausedUntil: string | null;
}

/** The reason mail is held back on `date` (YYYY-MM-DD, Amsterdam), or undefined when it goes out. */
export function heldBackBy(
  choice: SubscriptionChoice | undefined,
  date: string,
): 'stopped' | 'paused' | undefined {
  if (!choice || choice.status === 'active') return undefined;
  if (choice.status === 'stopped') return 'stopped';
  return choice.pausedUntil === null || choice.pausedUntil >= date ? 'paused' : undefined;
}
