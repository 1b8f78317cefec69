/**
 * Which teams get the "your team is short" reminder on a given day. Pure: the job passes
 * today's Europe/Amsterdam date and the teams with their confirmed counts.
 */
import type { EditionStatus } from '../../db/schema/index.ts';

export const REMINDER_DAYS_BEFORE_CLOSE = 7;

/** The calendar date of an instant in Europe/Amsterdam, as YYYY-MM-DD. */
export function amsterdamDate(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

/** Adds (or subtracts) whole days to a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export interface ReminderEdition {
  status: EditionStatus;
  registrationClosesOn: string | null;
  /** Closed early by staff. */
  closed: boolean;
}

export interface ReminderTeam {
  id: string;
  confirmedCount: number;
  reminderSentAt: Date | null;
}

/**
 * Reminders are due from 7 days before the closing date up to the day before it, while
 * registration is open. The job runs daily, so normally that is exactly the 7th day
 * before; the later days only catch up when the job could not run (or a team was
 * created after that day).
 */
export function remindersDue(edition: ReminderEdition, today: string): boolean {
  if (edition.status !== 'registration' || edition.closed || !edition.registrationClosesOn) return false;
  const first = addDays(edition.registrationClosesOn, -REMINDER_DAYS_BEFORE_CLOSE);
  return today >= first && today < edition.registrationClosesOn;
}

/** The short teams not reminded yet, when reminders are due today; each team is reminded once. */
export function teamsToRemind<T extends ReminderTeam>(
  edition: ReminderEdition,
  teams: readonly T[],
  today: string,
  minimum: number,
): T[] {
  if (!remindersDue(edition, today)) return [];
  return teams.filter((t) => t.reminderSentAt === null && t.confirmedCount < minimum);
}
