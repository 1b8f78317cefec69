import { coordinatesOrganization, isAdmin, isAnyStaff, type Principal } from '../../lib/principal.ts';

export const canListOrganizations = (p: Principal): boolean => isAnyStaff(p);
export const canManageOrganizations = (p: Principal): boolean => isAdmin(p) || isAnyStaff(p);
export const canViewOrganization = (p: Principal, organizationId: string): boolean =>
  isAnyStaff(p) || coordinatesOrganization(p, organizationId);
