import type { EditionStatus } from '../../db/schema/index.ts';
import { AppError } from '../../lib/errors.ts';

/**
 * Whether companies may still change their teams. Registration is open while the edition
 * has status `registration` and staff have not closed it; the closing date on the edition
 * is shown to people and drives the reminder, but closing itself is a staff action.
 */
export interface RegistrationState {
  open: boolean;
  /** `not_open`: edition still in draft; `closed`: closed by staff; `moved_on`: edition past registration. */
  reason: 'open' | 'not_open' | 'closed' | 'moved_on';
  closedAt: Date | null;
}

export function registrationState(
  edition: { status: EditionStatus },
  window: { closedAt: Date | null } | undefined,
): RegistrationState {
  const closedAt = window?.closedAt ?? null;
  if (edition.status === 'draft') return { open: false, reason: 'not_open', closedAt };
  if (edition.status !== 'registration') return { open: false, reason: 'moved_on', closedAt };
  if (closedAt) return { open: false, reason: 'closed', closedAt };
  return { open: true, reason: 'open', closedAt: null };
}

/** Participants may confirm (and coordinators resend invitations) until the event starts. */
export function invitationsOpen(status: EditionStatus): boolean {
  return status === 'registration' || status === 'practice';
}

export const registrationClosed = (state: RegistrationState) =>
  new AppError(
    409,
    'registration_closed',
    'Registration for this edition is closed; changes now go through the quiz team.',
    { state: state.reason },
  );
