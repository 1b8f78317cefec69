import { isStaffOf, type Principal } from '../../lib/principal.ts';

/** Quiz staff run editions: dates, status, themes, objectives, coverage targets. */
export const canManageEditions = (p: Principal): boolean => isStaffOf(p, 'quiz');

/** Everyone who works on quiz content can read the edition structure. */
export const canReadEditionContent = (p: Principal): boolean =>
  isStaffOf(p, 'quiz') || p.roles.some((r) => r.role === 'expert' && r.programme === 'quiz');
