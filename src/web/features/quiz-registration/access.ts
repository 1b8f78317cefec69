import type { RoleGrant } from '../../lib/roles.ts';

interface HasRoles {
  roles: RoleGrant[];
}

/** Quiz staff (admins count as staff of every programme), as the server's `isStaffOf(p, 'quiz')`. */
export const isQuizStaff = (person: HasRoles | null | undefined): boolean =>
  !!person?.roles.some((r) => r.role === 'admin' || (r.role === 'staff' && r.programme === 'quiz'));

/** Coordinates at least one organisation. */
export const isCoordinator = (person: HasRoles | null | undefined): boolean =>
  !!person?.roles.some((r) => r.role === 'coordinator');

/** Has been added to a quiz team (the participant role for the quiz). */
export const isQuizParticipant = (person: HasRoles | null | undefined): boolean =>
  !!person?.roles.some((r) => r.role === 'participant' && (r.programme === 'quiz' || r.programme === null));

/** The header entry for this person: their registration page as coordinator, their quiz page as participant. */
export function quizNavTarget(
  person: HasRoles | null | undefined,
): { to: '/quiz/registration' | '/quiz/my'; label: 'coordinator' | 'participant' } | null {
  if (isCoordinator(person)) return { to: '/quiz/registration', label: 'coordinator' };
  if (isQuizParticipant(person)) return { to: '/quiz/my', label: 'participant' };
  return null;
}
