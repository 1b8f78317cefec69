import type { RoleGrant } from '../../lib/roles.ts';

// Who may do what in quiz content, as the API decides it (src/server/modules/editions|questions/policies.ts).
// Kept tiny and free of other imports: the app header uses it to show "Quizbeheer".

interface HasRoles {
  roles: RoleGrant[];
}

/** Admins and quiz staff run editions: dates, status, themes, objectives and targets. */
export const isQuizStaff = (person: HasRoles | null | undefined): boolean =>
  !!person?.roles.some((r) => r.role === 'admin' || (r.role === 'staff' && r.programme === 'quiz'));

export const isQuizExpert = (person: HasRoles | null | undefined): boolean =>
  !!person?.roles.some((r) => r.role === 'expert' && r.programme === 'quiz');

/** Quiz staff and content experts (and admins) work on the question bank: "Quizbeheer". */
export const canUseQuizManagement = (person: HasRoles | null | undefined): boolean =>
  isQuizStaff(person) || isQuizExpert(person);
