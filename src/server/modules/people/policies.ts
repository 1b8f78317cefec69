import { isAdmin, isAnyStaff, type Principal } from '../../lib/principal.ts';

/** Staff of any programme can look people up (to add them to teams, cohorts, ...). */
export const canListPeople = (p: Principal): boolean => isAnyStaff(p);
/** Creating people and changing roles is for platform admins. */
export const canManagePeople = (p: Principal): boolean => isAdmin(p);
