/**
 * When the live donation counter is worth announcing to screen-reader users. The counter
 * refreshes every few seconds and may rise by €2 at a time; reading every change aloud
 * would drown out the page. So we announce milestones only: every tenth of the goal and
 * the goal itself, or (without a goal) every `STEP_WITHOUT_GOAL_CENTS`.
 */

export const STEP_WITHOUT_GOAL_CENTS = 50_000;

/** Which milestone a total has reached: 0, 1, 2, … (with a goal: tenths, 10 = goal reached). */
export function counterMilestone(totalCents: number, goalCents: number | null): number {
  if (totalCents <= 0) return 0;
  if (goalCents && goalCents > 0) return Math.min(10, Math.floor((totalCents * 10) / goalCents));
  return Math.floor(totalCents / STEP_WITHOUT_GOAL_CENTS);
}

export type CounterAnnouncement = 'goal_reached' | 'milestone' | null;

/**
 * What to announce when the counter went from `previousCents` to `currentCents`: nothing
 * while it stays within the same milestone, otherwise a new milestone or the goal reached.
 */
export function counterAnnouncement(
  previousCents: number,
  currentCents: number,
  goalCents: number | null,
): CounterAnnouncement {
  const before = counterMilestone(previousCents, goalCents);
  const now = counterMilestone(currentCents, goalCents);
  if (before === now) return null;
  if (goalCents && now === 10 && before < 10) return 'goal_reached';
  return 'milestone';
}
